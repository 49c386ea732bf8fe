//! The built-in dictionaries as shipped: they load (which validates every
//! entry of every file), they are of a plausible size, and their event
//! patterns sit in the file of their PLOVER category. Also loading from a
//! directory: a bad line names its file and line, and `officeholders-*.tsv`
//! files add people.

use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

use chrono::NaiveDate;
use dyad_dict::{CountryKind, DictError, Dictionaries, Office, Source};
use dyad_ontology::Category;

/// Loaded once for the whole file: a debug-build load takes about a second.
fn builtin() -> &'static Dictionaries {
    static BUILTIN: OnceLock<Dictionaries> = OnceLock::new();
    BUILTIN.get_or_init(|| Dictionaries::builtin().unwrap_or_else(|e| panic!("built-in dictionaries do not load: {e}")))
}

#[test]
fn builtin_loads_with_plausible_counts() {
    let d = builtin();
    let counts: BTreeMap<&str, usize> = d.counts().into_iter().collect();
    // Floors a little below the sizes at the time of writing (1709 country
    // phrases, 1967 officeholder terms, 422 organisations, 161 agents, 1083
    // patterns; 1,100 agents with the Phoenix conversion): a file silently
    // truncated or dropped from the embedding fails here.
    let floors = [
        ("country phrases", 1600),
        ("officeholders", 1850),
        ("organisations", 400),
        ("agents", 1000),
        ("event patterns", 1000),
        ("verb forms", 40_000),
        ("lexicon words", 140_000),
    ];
    for (name, floor) in floors {
        let n = counts.get(name).copied().unwrap_or_else(|| panic!("counts() lacks {name:?}"));
        assert!(n > floor, "{name}: {n} entries, expected more than {floor}");
    }
    assert_eq!(counts["country phrases"], d.countries.len());
    assert_eq!(counts["event patterns"], d.patterns.len());
}

#[test]
fn every_event_pattern_is_in_the_file_of_its_category() {
    let d = builtin();
    let mut per_category: BTreeMap<Category, usize> = BTreeMap::new();
    let mut negatives = 0;
    for p in &d.patterns {
        // Generated files sit in events/generated/ under the same names.
        let generated = p.file.starts_with("events/generated/");
        assert_eq!(p.generated, generated, "{}", p.file);
        let file_stem = p
            .file
            .strip_prefix(if generated { "events/generated/" } else { "events/" })
            .and_then(|f| f.strip_suffix(".tsv"))
            .unwrap_or_else(|| panic!("{}:{}: pattern outside events/*.tsv", p.file, p.line));
        let id_prefix = if generated { "cameo.".to_string() } else { format!("{file_stem}.") };
        assert!(p.id.starts_with(&id_prefix), "{}:{}: id {} does not start with {id_prefix}", p.file, p.line, p.id);
        if file_stem == "negative" {
            assert!(p.options.negative, "{}:{}: {} in negative.tsv lacks the negative option", p.file, p.line, p.id);
            negatives += 1;
            continue;
        }
        assert!(!p.options.negative, "{}:{}: negative pattern {} outside negative.tsv", p.file, p.line, p.id);
        let cameo = p.cameo.unwrap_or_else(|| panic!("{}:{}: {} has no CAMEO code", p.file, p.line, p.id));
        // The code as written keeps its leading zeros: 2 to 4 digits.
        assert!((2..=4).contains(&cameo.code.len()) && cameo.code.bytes().all(|b| b.is_ascii_digit()), "{}: code {:?}", p.id, cameo.code);
        let mapped = cameo.plover.as_ref().map(|m| m.category);
        let file_category = Category::parse(file_stem).unwrap_or_else(|| panic!("{}: {file_stem} is not a PLOVER category", p.file));
        // Category::parse also reads legacy names; the file must use the current one.
        assert_eq!(file_category.as_str().to_lowercase(), file_stem, "{}", p.file);
        // A pattern names its category only where PLOVER's definitions and
        // the CAMEO-to-PLOVER table differ.
        let expected = p.options.category.or(mapped);
        if let Some(named) = p.options.category {
            assert_ne!(Some(named), mapped, "{}:{}: {} names the category its code already maps to", p.file, p.line, p.id);
        }
        assert_eq!(expected, Some(file_category), "{}:{}: {} has CAMEO {} ({:?}) but sits in {}", p.file, p.line, p.id, cameo.code, expected, p.file);
        assert_eq!(p.category, expected, "{}: category field disagrees with the code's mapping", p.id);
        *per_category.entry(file_category).or_default() += 1;
    }
    assert!(negatives > 20, "only {negatives} negative patterns");
    for c in Category::ALL {
        assert!(per_category.get(&c).copied().unwrap_or(0) >= 10, "{c}: {:?} patterns", per_category.get(&c));
    }
    let ids: HashSet<&str> = d.patterns.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids.len(), d.patterns.len(), "pattern ids are not unique");
    // Patterns the seed article depends on (its CONSULT, SUPPORT and AGREE).
    for id in ["consult.meet_with", "support.reiterate_support", "agree.come_to_agreement"] {
        assert!(ids.contains(id), "{id} missing");
    }
}

#[test]
fn officeholders_are_consistent() {
    let d = builtin();
    for o in &d.officeholders {
        let office = match o.office {
            Office::HeadOfState => "head_of_state",
            Office::HeadOfGovernment => "head_of_government",
            Office::ForeignMinister => "foreign_minister",
            Office::DefenceMinister => "defence_minister",
            Office::InteriorMinister => "interior_minister",
            Office::Official => "official",
        };
        let prefix = format!("{}.{office}.", o.country.to_lowercase());
        assert!(o.id.starts_with(&prefix), "{}:{}: id {} should start with {prefix}", o.file, o.line, o.id);
        if let Some(end) = o.end {
            assert!(o.start <= end, "{}:{}: {} ends before it starts", o.file, o.line, o.id);
        }
    }
    // A known term, checked at both ends of its dates.
    let hasanov = d.officeholders.iter().find(|o| o.id == "aze.defence_minister.hasanov").expect("Zakir Hasanov");
    assert_eq!((hasanov.country.as_str(), hasanov.office, hasanov.name.as_str()), ("AZE", Office::DefenceMinister, "Zakir Hasanov"));
    assert!(hasanov.in_office(NaiveDate::from_ymd_opt(2019, 10, 22).unwrap()));
    assert!(!hasanov.in_office(NaiveDate::from_ymd_opt(2013, 10, 21).unwrap()));
}

/// The table is chosen by the world, not by a development set: every state
/// has someone heading it, and the larger ones their ministers too.
#[test]
fn officeholders_cover_the_states() {
    let d = builtin();
    let heads: HashSet<&str> = d
        .officeholders
        .iter()
        .filter(|o| matches!(o.office, Office::HeadOfState | Office::HeadOfGovernment))
        .map(|o| o.country.as_str())
        .collect();
    let states: HashSet<&str> = d
        .countries
        .iter()
        .filter(|c| c.kind == CountryKind::Name && !c.note.contains("historical"))
        .map(|c| c.code.as_str())
        .filter(|c| !matches!(*c, "ATA" | "HKG"))
        .collect();
    let mut missing: Vec<&str> = states.difference(&heads).copied().collect();
    missing.sort();
    assert!(missing.len() <= 2, "states without a head of state or government: {missing:?}");
    // States the table once lacked, each with its heads and ministers.
    let date = NaiveDate::from_ymd_opt(2019, 6, 1).unwrap();
    for code in ["ESP", "POL", "UKR", "NLD", "COL", "VEN", "QAT", "ARE"] {
        let offices: HashSet<Office> = d.officeholders.iter().filter(|o| o.country == code && o.in_office(date)).map(|o| o.office).collect();
        assert!(offices.contains(&Office::ForeignMinister) && offices.len() >= 3, "{code} in 2019: {offices:?}");
    }
    // Interior ministers, under the local name of the office.
    let javid = d.officeholders.iter().find(|o| o.id == "gbr.interior_minister.javid").expect("Sajid Javid");
    assert!(javid.in_office(date) && javid.office.as_text() == "minister of interior");
}

const AGENTS_HEADER: &str = "id\tsector\tcameo\toffice\tforms\tnote\n";

fn load_dir(files: &[(&str, &str)]) -> Result<Dictionaries, DictError> {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    Dictionaries::load(&Source::Directory(dir.path().to_path_buf()))
}

#[test]
fn a_bad_line_in_a_directory_names_file_and_line() {
    // Comment and blank lines count: the bad entry is on line 6.
    let agents = format!("# local roles\n{AGENTS_HEADER}agent.ranger\tGOV\tGOV\t\tranger; rangers\t\n\n# next one is wrong\nagent.wizard\tWIZ\tGOV\t\twizard; wizards\t\n");
    let e = load_dir(&[("agents.tsv", &agents)]).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("agents.tsv", 6), "{e}");
    assert!(e.message.contains("WIZ"), "{e}");

    let events = "id\tcameo\tpattern\toptions\nconsult.ok\t040\tMEET with +\t\nconsult.wrong\t190\tHIT +\t\n";
    let e = load_dir(&[("events/consult.tsv", events)]).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("events/consult.tsv", 3), "{e}");
}

#[test]
fn officeholders_files_in_a_directory_are_read_in_addition() {
    let local = "id\tcountry\toffice\tsector\tname\taliases\tstart\tend\n\
                 aze.defence_minister.mammadli\tAZE\tdefence_minister\tMIL\tElnur Mammadli\tMammadli\t2020-06-01\t2022-12-31\n";
    let d = load_dir(&[("officeholders-local.tsv", local)]).unwrap();
    let builtin = builtin();
    assert_eq!(d.officeholders.len(), builtin.officeholders.len() + 1);
    let o = d.officeholders.iter().find(|o| o.id == "aze.defence_minister.mammadli").expect("local entry");
    assert_eq!((o.file.as_str(), o.line, o.name.as_str()), ("officeholders-local.tsv", 2, "Elnur Mammadli"));
    assert!(o.in_office(NaiveDate::from_ymd_opt(2021, 3, 5).unwrap()));
    assert!(!o.in_office(NaiveDate::from_ymd_opt(2023, 1, 1).unwrap()));

    // An id already used by the built-in file is an error, not a silent override.
    let clash = "id\tcountry\toffice\tsector\tname\taliases\tstart\tend\n\
                 aze.defence_minister.hasanov\tAZE\tdefence_minister\tMIL\tSomeone Else\t\t2020-01-01\t\n";
    let e = load_dir(&[("officeholders-x.tsv", clash)]).unwrap_err();
    assert!(e.to_string().contains("hasanov"), "{e}");

    // A member of a government whose office the source does not name.
    let official = "id\tcountry\toffice\tsector\tname\taliases\tstart\tend\n\
                    esp.official.ana_palacio\tESP\tofficial\tGOV\tAna Palacio\t\t2002-07-10\t2004-04-18\n";
    let d = load_dir(&[("officeholders-phoenix.tsv", official)]).unwrap();
    let o = d.officeholders.iter().find(|o| o.id == "esp.official.ana_palacio").expect("official");
    assert_eq!((o.office, o.office.as_text()), (Office::Official, "official"));
}

#[test]
fn converted_agents_add_to_the_projects_which_keep_their_forms() {
    let own = format!("{AGENTS_HEADER}agent.ranger\tGOV\tGOV\t\tranger; rangers\t\n");
    let converted = format!("{AGENTS_HEADER}agent.phoenix.ranger\tMIL\tMIL\t\tranger; park ranger\tsource:1\nagent.phoenix.only\tMIL\tMIL\t\trangers\tsource:2\n");
    let d = load_dir(&[("agents.tsv", &own), ("agents-phoenix.tsv", &converted)]).unwrap();
    let ranger = d.agents.iter().find(|a| a.id == "agent.phoenix.ranger").expect("the converted entry");
    // "ranger" stays the project's GOV role; the converted entry keeps only what it adds.
    assert_eq!(ranger.forms, ["park ranger"]);
    assert_eq!(ranger.file, "agents-phoenix.tsv");
    // An entry all of whose forms the project writes is dropped.
    assert!(!d.agents.iter().any(|a| a.id == "agent.phoenix.only"));
    // The built-in conversion is read and gives sectors through the ontology's role table.
    let b = builtin();
    let shariah = b.agents.iter().find(|a| a.forms.iter().any(|f| f == "shariah court")).expect("a converted Phoenix role");
    assert_eq!(shariah.sector.map(|s| s.as_str().to_string()).as_deref(), Some("JUD"));
}
