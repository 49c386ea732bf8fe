//! `dyad code` with a PETRARCH dictionary set: found in --dictionaries DIR
//! or named by --petrarch-config, written as PETRARCH2 lines or CAMEO TSV.

mod common;

use common::{dyad, stderr, stdout};

/// A small set written for the test, and a document to code with it.
fn set_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write("test.verbs.txt", "--- CRITICIZE [111] ---\nCRITICIZE\n--- TEST [---] ---\nTEST\n- * VERB + [174K]\n");
    write("test.actors.txt", "FRANCE [FRA]\n+FRENCH\nGERMANY [DEU]\n");
    write("test.agents.txt", "GOVERNMENT [~GOV]\n");
    write("test.discards.txt", "BASEBALL\n");
    write("test.issues.txt", "<ISSUE CATEGORY=\"TRADE\" TYPE=\"ALL\">\nn:tariff\n~tariff cut\n</ISSUE>\n");
    write("docs.jsonl", "{\"id\":\"d1\",\"date\":\"2020-05-01\",\"text\":\"The French government criticized Germany on Monday over tariffs and a tariff cut. France tested a verb on Germany.\"}\n");
    dir
}

#[test]
fn a_directory_holding_a_petrarch_set_codes_with_it() {
    let dir = set_dir();
    let d = dir.path().display().to_string();
    let docs = dir.path().join("docs.jsonl").display().to_string();
    let out = dyad(&["code", "--dictionaries", &d, "--format", "petrarch", &docs]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
    // The issue file tags the first sentence once: "tariff cut" is excluded.
    assert_eq!(lines, ["20200501\tFRAGOV\tDEU\t111\tTRADE,1\td1-1\tNULL", "20200501\tFRA\tDEU\t174K\t\td1-2\tNULL"]);
    assert!(stderr(&out).contains("test.actors.txt: 2 actors"), "{}", stderr(&out));

    // The same on two threads.
    let two = dyad(&["code", "--dictionaries", &d, "--format", "petrarch", "--jobs", "2", &docs, &docs]);
    let doubled: Vec<String> = stdout(&two).lines().map(str::to_string).collect();
    assert_eq!(doubled.len(), 4, "{doubled:?}");
    assert_eq!(doubled[..2], lines[..]);

    // CAMEO TSV: CAMEO's root, quad class and Goldstein value where the code
    // is CAMEO's, empty for the set's own test code.
    let out = dyad(&["code", "--dictionaries", &d, "--format", "cameo", &docs]);
    let text = stdout(&out);
    let rows: Vec<Vec<&str>> = text.lines().skip(1).map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows[0][3..9], ["FRAGOV", "DEU", "111", "11", "3", "-2.0"]);
    assert_eq!(rows[1][3..9], ["FRA", "DEU", "174K", "", "", ""]);

    // --explain shows each sentence with what coded its events; the events
    // then go only to --output.
    let out = dyad(&["code", "--dictionaries", &d, "--format", "petrarch", "--explain", &docs]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("== d1 (2 events)"), "{text}");
    assert!(text.contains("FRAGOV DEU 111: verb \"criticized\" (test.verbs.txt:2); source \"French government\", target \"Germany\""), "{text}");
    assert!(text.contains("FRA DEU 174K: verb \"tested\" (test.verbs.txt:4, rule test.verbs.txt:5)"), "{text}");
    assert!(text.contains("issues: TRADE,1"), "{text}");

    // PLOVER needs dyad's own dictionaries: a clear error, not a guess.
    let out = dyad(&["code", "--dictionaries", &d, &docs]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("use --format petrarch or --format cameo"), "{}", stderr(&out));
}

#[test]
fn a_petrarch_config_names_the_files_and_require_dyad() {
    let dir = set_dir();
    let config = dir.path().join("PETR_config.ini");
    std::fs::write(
        &config,
        "[Dictionaries]\nverbfile_name = test.verbs.txt\nactorfile_list = test.actors.txt\nagentfile_name = test.agents.txt\n[Options]\nrequire_dyad = False\n",
    )
    .unwrap();
    let docs = dir.path().join("docs.jsonl");
    std::fs::write(&docs, "{\"id\":\"d2\",\"date\":\"2020-05-01\",\"text\":\"France criticized the decision.\"}\n").unwrap();
    let out = dyad(&["code", "--petrarch-config", &config.display().to_string(), "--format", "petrarch", &docs.display().to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim_end(), "20200501\tFRA\t---\t111\t\td2-1\tNULL");

    // A config naming a file that is not there says where it looked.
    std::fs::write(&config, "[Dictionaries]\nverbfile_name = missing.verbs.txt\n").unwrap();
    let out = dyad(&["code", "--petrarch-config", &config.display().to_string(), "--format", "petrarch", &docs.display().to_string()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("missing.verbs.txt is in none of"), "{}", stderr(&out));
}

/// The public Phoenix set codes PETRARCH2's GigaWord sample: the load
/// report counts what each file held and names the lines it could not read
/// (typos in the published files), and every record but the one without
/// text is coded.
#[test]
fn the_gigaword_sample_codes_with_the_phoenix_set() {
    let (Some(config), Some(sample)) = (common::shared("petrarch2/PETR_config.ini"), common::shared("petrarch2/text/GigaWord.sample.PETR.xml")) else { return };
    let out = dyad(&["code", "--petrarch-config", &config, "--format", "petrarch", &sample]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    for part in ["CAMEO.2.0.txt: 393 verb families", "Phoenix.Countries.actors.txt: 18352 actors", "Phoenix.agents.txt: 2243 agents", "Phoenix.IssueCoding.txt: 2987 issue phrases"] {
        assert!(err.contains(part), "{part}: {err}");
    }
    assert!(err.contains("dictionary line not read: Phoenix.Countries.actors.txt:2039: bad date"), "{err}");
    assert!(err.contains("documents read: 75, skipped: 1"), "{err}");
    let lines = stdout(&out).lines().count();
    assert!(lines > 50, "{lines} event lines");

    // From the sample's own CoreNLP trees instead: every record has one.
    let out = dyad(&["code", "--petrarch-config", &config, "--format", "petrarch", "--use-given-parse", &sample]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("documents read: 75, skipped: 1"), "{}", stderr(&out));
    assert!(stdout(&out).lines().count() > 50);
    // dyad's own coder always parses the text: the option is refused there.
    let out = dyad(&["code", "--use-given-parse", &sample]);
    assert!(!out.status.success() && stderr(&out).contains("--use-given-parse codes with a PETRARCH set"), "{}", stderr(&out));
}
