//! Converts a PETRARCH verb dictionary (CAMEO.2.0.txt) into dyad's event
//! pattern files, one per PLOVER category plus `negative.tsv`, and prints
//! what was left out. Run through `scripts/gen-cameo-verbs.sh`.
//!
//! Usage: convert-cameo-verbs CAMEO.2.0.txt OUT_DIR

use std::process::ExitCode;

use dyad_dict::petrarch::{convert, read_verbs, render_files, BareVerbs, PatternScope};
use dyad_dict::{Dictionaries, Source};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (bare, args) = match args.first().map(String::as_str) {
        Some("--bare=all") => (BareVerbs::All, &args[1..]),
        Some("--bare=own-code") => (BareVerbs::OwnCode, &args[1..]),
        Some("--bare=none") => (BareVerbs::None, &args[1..]),
        _ => (BareVerbs::None, &args[..]),
    };
    let [input, out_dir] = args else {
        eprintln!("usage: convert-cameo-verbs [--bare=none|own-code|all] CAMEO.2.0.txt OUT_DIR");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(input) {
        // The file is Latin-1 in places; its words are ASCII.
        Ok(bytes) => bytes.iter().map(|&b| b as char).collect::<String>(),
        Err(e) => {
            eprintln!("{input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let dict = read_verbs(input, &text);
    for e in &dict.malformed {
        eprintln!("warning: {e} (line left out)");
    }
    // Only the lexicon is needed; the hand-written dictionaries load with it.
    let lexicon = match Dictionaries::load(&Source::Builtin) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("built-in dictionaries: {e}");
            return ExitCode::FAILURE;
        }
    };
    let conv = convert(&dict, &lexicon, bare, PatternScope::SourceVerb);
    if let Err(e) = std::fs::create_dir_all(out_dir) {
        eprintln!("{out_dir}: {e}");
        return ExitCode::FAILURE;
    }
    for (name, text) in render_files(&dict, &conv) {
        let path = format!("{out_dir}/{name}");
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
        println!("{path}");
    }
    println!("left out, by reason:");
    for (reason, n) in &conv.left_out {
        println!("{n:7}  {reason}");
    }
    ExitCode::SUCCESS
}
