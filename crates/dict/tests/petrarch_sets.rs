//! The PETRARCH dictionary sets of ../shared read whole: every entry of the
//! public Phoenix set and the unit suite's PETR.Validate set, with the
//! lines that cannot be read counted and named.

use dyad_dict::petrarch::{read_actors, read_agents, read_discards, read_verbs};

fn read(rel: &str) -> Option<String> {
    dyad_testkit::shared(rel).map(|p| std::fs::read_to_string(p).unwrap())
}

#[test]
fn phoenix_and_validation_sets_load() {
    // (file, entries, unreadable lines), counted when these readers were written.
    let actors = [
        // Seven dates with a digit too many or too few ("9008223").
        ("Phoenix.Countries.actors.txt", 18_352, 7),
        // "2004017".
        ("Phoenix.International.actors.txt", 7_838, 1),
        ("Phoenix.MilNonState.actors.txt", 1_021, 0),
        ("PETR.Validate.actors.txt", 128, 0),
    ];
    for (name, entries, bad) in actors {
        let Some(text) = read(&format!("petrarch2/dictionaries/{name}")) else { return };
        let d = read_actors(name, &text);
        eprintln!("{name}: {} actors, {} names, {} dated codes, unreadable {:?}", d.actors.len(), d.actors.iter().map(|a| a.names.len()).sum::<usize>(), d.actors.iter().flat_map(|a| &a.codes).filter(|c| c.from.is_some() || c.to.is_some()).count(), d.malformed.iter().map(|e| e.to_string()).collect::<Vec<_>>());
        assert_eq!((d.actors.len(), d.malformed.len()), (entries, bad), "{name}");
    }
    for (name, entries, bad) in [("Phoenix.agents.txt", 2_243, 2), ("PETR.Validate.agents.txt", 88, 0)] {
        let Some(text) = read(&format!("petrarch2/dictionaries/{name}")) else { return };
        let d = read_agents(name, &text);
        eprintln!("{name}: {} agents, {} forms, unreadable {:?}", d.agents.len(), d.agents.iter().map(|a| a.forms.len()).sum::<usize>(), d.malformed.iter().map(|e| e.to_string()).collect::<Vec<_>>());
        assert_eq!((d.agents.len(), d.malformed.len()), (entries, bad), "{name}");
    }
    for (name, entries, bad) in [("Phoenix.discards.txt", 506, 0), ("PETR.Validate.discards.txt", 9, 0)] {
        let Some(text) = read(&format!("petrarch2/dictionaries/{name}")) else { return };
        let (d, malformed) = read_discards(name, &text);
        eprintln!("{name}: {} discards ({} of stories), unreadable {:?}", d.len(), d.iter().filter(|x| x.story).count(), malformed.iter().map(|e| e.to_string()).collect::<Vec<_>>());
        assert_eq!((d.len(), malformed.len()), (entries, bad), "{name}");
    }
    // The verb reader still refuses the code [+++] and verbs written with
    // spaces (`LASH OUT`), which the validation set uses; [025?] reads as 025.
    for (name, families, bad) in [("CAMEO.2.0.txt", 393, 9), ("PETR.Validate.verbs.txt", 260, 5)] {
        let Some(text) = read(&format!("petrarch2/dictionaries/{name}")) else { return };
        let d = read_verbs(name, &text);
        eprintln!("{name}: {} families, {} synonym sets, unreadable {:?}", d.families.len(), d.synsets.len(), d.malformed.iter().map(|e| e.to_string()).collect::<Vec<_>>());
        assert_eq!((d.families.len(), d.malformed.len()), (families, bad), "{name}");
    }
}

#[test]
fn a_petrarch_set_given_as_dyad_dictionaries_is_named_as_such() {
    use dyad_dict::{Dictionaries, Source};
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("Country.actors.txt"), "ARNOR [ARN]\n").unwrap();
    std::fs::write(dir.path().join("PETR_config.ini"), "[Dictionaries]\n").unwrap();
    let err = Dictionaries::load(&Source::Directory(dir.path().to_path_buf())).map(|_| ()).expect_err("not dyad's dictionaries").to_string();
    assert!(err.contains("a PETRARCH dictionary set (Country.actors.txt, PETR_config.ini)") && err.contains("dyad code --format petrarch"), "{err}");
    // A directory of neither kind keeps the plain message.
    let empty = tempfile::tempdir().unwrap();
    let err = Dictionaries::load(&Source::Directory(empty.path().to_path_buf())).err().unwrap().to_string();
    assert!(err.contains("no dictionary files (*.tsv) here"), "{err}");
}
