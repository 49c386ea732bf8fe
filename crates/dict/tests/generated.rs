//! The generated vocabulary (`dictionaries/events/generated/`) is exactly what
//! the converter makes of its source today, so that a change to the reader
//! or the rules cannot leave stale files behind.

use std::path::Path;

use dyad_dict::petrarch::{convert, read_verbs, render_files, BareVerbs, PatternScope};
use dyad_dict::Dictionaries;

#[test]
fn generated_patterns_equal_a_fresh_conversion() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let source = root.join("../shared/petrarch2/dictionaries/CAMEO.2.0.txt");
    let Ok(bytes) = std::fs::read(&source) else {
        eprintln!("skipped: {} not found (the shared reference material is not beside the checkout)", source.display());
        return;
    };
    let text: String = bytes.iter().map(|&b| b as char).collect();
    let dict = read_verbs("CAMEO.2.0.txt", &text);
    let lexicon = Dictionaries::builtin().expect("built-in dictionaries load");
    let conv = convert(&dict, &lexicon, BareVerbs::None, PatternScope::SourceVerb);
    let files = render_files(&dict, &conv);
    let dir = root.join("dictionaries/events/generated");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("dictionaries/events/generated exists")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut expected: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    expected.sort();
    assert_eq!(on_disk, expected, "run scripts/gen-cameo-verbs.sh");
    for (name, text) in files {
        let committed = std::fs::read_to_string(dir.join(&name)).unwrap();
        assert!(committed == text, "{name} differs from a fresh conversion: run scripts/gen-cameo-verbs.sh");
    }
    assert!(conv.rows.len() > 2000, "{} rows", conv.rows.len());
}
