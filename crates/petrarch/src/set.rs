//! A PETRARCH dictionary set: which files, read with dyad's readers, and
//! what they hold.

use std::path::{Path, PathBuf};

use dyad_dict::petrarch::{read_actors, read_agents, read_discards, read_issues, read_verbs, Discard, IssueDictionary, PetrarchActor, PetrarchAgent, VerbDictionary};
use dyad_dict::DictError;

/// The file names of a set, as a validation file's `<Environment>` or a
/// `PETR_config.ini` gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SetFiles {
    /// The verb dictionary.
    pub verbs: Option<String>,
    /// Actor dictionaries, read in order.
    pub actors: Vec<String>,
    /// The agent dictionary.
    pub agents: Option<String>,
    /// The discard dictionary.
    pub discards: Option<String>,
    /// The issue dictionary.
    pub issues: Option<String>,
    /// How the files were chosen, when that needs saying (several of one
    /// kind found by name).
    pub notes: Vec<String>,
}

impl SetFiles {
    /// The files a `PETR_config.ini` names in its `[Dictionaries]` section
    /// (`verbfile_name`, `actorfile_list`, `agentfile_name`,
    /// `discardfile_name`); other sections and keys are left alone.
    pub fn from_config(text: &str) -> SetFiles {
        let mut files = SetFiles::default();
        for (key, value) in config_entries(text, "Dictionaries") {
            files.set(&key, &value);
        }
        files
    }

    /// Sets the file(s) of one kind from a key as PETRARCH spells it in its
    /// config (`verbfile_name`) or its validation files (`Verbfile`); other
    /// keys are ignored.
    pub fn set(&mut self, key: &str, value: &str) {
        let names = || value.split(',').map(str::trim).filter(|n| !n.is_empty()).map(str::to_string);
        match key.to_ascii_lowercase().as_str() {
            "verbfile" | "verbfile_name" => self.verbs = names().next(),
            "actorfile" | "actorfile_list" => self.actors.extend(names()),
            "agentfile" | "agentfile_name" => self.agents = names().next(),
            "discardfile" | "discardfile_name" => self.discards = names().next(),
            "issuefile" | "issuefile_name" => self.issues = names().next(),
            _ => {}
        }
    }

    /// The files of a directory holding a PETRARCH set, found by name: its
    /// `PETR_config.ini` if it has one, otherwise the `*verbs*`/`CAMEO*`,
    /// `*actors*`, `*agents*` and `*discards*` text files.
    pub fn detect(dir: &Path) -> SetFiles {
        if let Ok(text) = std::fs::read_to_string(dir.join("PETR_config.ini")) {
            let files = SetFiles::from_config(&text);
            if files.verbs.is_some() {
                return files;
            }
        }
        let mut files = SetFiles::default();
        for name in dyad_dict::petrarch::files_of_a_set(dir) {
            let lower = name.to_ascii_lowercase();
            let (kind, slot) = if lower.contains("verbs") || lower.starts_with("cameo") {
                ("verb", &mut files.verbs)
            } else if lower.contains("actors") {
                files.actors.push(name);
                continue;
            } else if lower.contains("agents") {
                ("agent", &mut files.agents)
            } else if lower.contains("discards") {
                ("discard", &mut files.discards)
            } else if lower.contains("issue") {
                ("issue", &mut files.issues)
            } else {
                continue;
            };
            // Several files of one kind and no config to choose: the first
            // is used, and the choice is said.
            match slot {
                Some(used) => files.notes.push(format!("several {kind} files: {used} is used, {name} is not (name the files in a PETR_config.ini)")),
                None => *slot = Some(name),
            }
        }
        if files.actors.len() > 1 {
            files.notes.push(format!("{} actor files are read together: {}", files.actors.len(), files.actors.join(", ")));
        }
        files
    }
}

/// The `key = value` entries of one `[section]` of a `PETR_config.ini`,
/// in order; `#` and `;` lines are comments.
pub fn config_entries(text: &str, section: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut inside = false;
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            inside = name.trim().eq_ignore_ascii_case(section);
        } else if !inside {
            continue;
        } else if raw.starts_with([' ', '\t']) && !out.is_empty() {
            // An indented line continues the value above (configparser's
            // rule): a long `actorfile_list` over several lines.
            let last = out.last_mut().expect("checked");
            last.1.push(' ');
            last.1.push_str(line);
        } else if let Some((key, value)) = line.split_once('=').or_else(|| line.split_once(':')) {
            out.push((key.trim().to_string(), value.trim().to_string()));
        }
    }
    out
}

/// What loading a set read and what it could not, for the load report.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    /// One line per file: what it held.
    pub files: Vec<String>,
    /// Lines that could not be read, each `file:line: reason`.
    pub malformed: Vec<DictError>,
    /// Constructs read but not applied by the coder, with counts.
    pub not_applied: Vec<(String, usize)>,
    /// How the files were chosen.
    pub notes: Vec<String>,
}

impl std::fmt::Display for LoadReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.files.join("; "))?;
        write!(f, "; {} lines unreadable", self.malformed.len())?;
        for (what, n) in &self.not_applied {
            write!(f, "; not applied: {n} {what}")?;
        }
        for note in &self.notes {
            write!(f, "; {note}")?;
        }
        Ok(())
    }
}

/// A loaded PETRARCH set: the dictionaries as dyad's readers give them.
#[derive(Debug, Clone, Default)]
pub struct PetrarchSet {
    /// The directory the files came from.
    pub dir: PathBuf,
    /// The verb dictionary's file name.
    pub verbs_file: String,
    /// Verb families, synonym sets and patterns.
    pub verbs: VerbDictionary,
    /// Actors of every actor file, in order.
    pub actors: Vec<PetrarchActor>,
    /// Agents.
    pub agents: Vec<PetrarchAgent>,
    /// Sentence and story discards.
    pub discards: Vec<Discard>,
    /// Issue phrases and exclusions.
    pub issues: IssueDictionary,
    /// What was read and what not.
    pub report: LoadReport,
}

impl PetrarchSet {
    /// Reads the files `files` names from `dir`. A named file that cannot be
    /// read is an error; unreadable lines inside a file are reported in
    /// [`PetrarchSet::report`] and the rest is read.
    pub fn load(dir: &Path, files: &SetFiles) -> Result<PetrarchSet, DictError> {
        let read = |name: &str| -> Result<String, DictError> {
            std::fs::read_to_string(dir.join(name)).map_err(|e| DictError {
                file: dir.join(name).display().to_string(),
                line: 0,
                message: format!("cannot read: {e}"),
            })
        };
        let verbs_name = files.verbs.as_deref().ok_or_else(|| DictError {
            file: dir.display().to_string(),
            line: 0,
            message: "no verb dictionary named (PETR_config.ini's verbfile_name or a *verbs*.txt file)".into(),
        })?;
        let mut texts = vec![(verbs_name.to_string(), Kind::Verbs, read(verbs_name)?)];
        for a in &files.actors {
            texts.push((a.clone(), Kind::Actors, read(a)?));
        }
        if let Some(a) = &files.agents {
            texts.push((a.clone(), Kind::Agents, read(a)?));
        }
        if let Some(d) = &files.discards {
            texts.push((d.clone(), Kind::Discards, read(d)?));
        }
        if let Some(i) = &files.issues {
            texts.push((i.clone(), Kind::Issues, read(i)?));
        }
        let borrowed: Vec<(&str, Kind, &str)> = texts.iter().map(|(n, k, t)| (n.as_str(), *k, t.as_str())).collect();
        let mut set = PetrarchSet::from_texts(&borrowed);
        set.dir = dir.to_path_buf();
        set.report.notes.extend(files.notes.iter().cloned());
        Ok(set)
    }

    /// Reads a set from file texts in memory: (name, kind, text).
    pub fn from_texts(texts: &[(&str, Kind, &str)]) -> PetrarchSet {
        let mut set = PetrarchSet::default();
        for &(name, kind, text) in texts {
            match kind {
                Kind::Verbs => {
                    let d = read_verbs(name, text);
                    let patterns: usize = d.families.iter().map(|f| f.patterns.len()).sum();
                    set.report.files.push(format!(
                        "{name}: {} verb families, {} verbs, {patterns} patterns, {} synonym sets",
                        d.families.len(),
                        d.families.iter().map(|f| f.verbs.len()).sum::<usize>(),
                        d.synsets.len()
                    ));
                    if !d.uncertain_codes.is_empty() {
                        set.report.not_applied.push((format!("codes marked uncertain (`?`) in {name}, read without the mark"), d.uncertain_codes.len()));
                    }
                    set.report.malformed.extend(d.malformed.iter().cloned());
                    set.verbs = d;
                    set.verbs_file = name.to_string();
                }
                Kind::Actors => {
                    let d = read_actors(name, text);
                    let dated = d.actors.iter().flat_map(|a| &a.codes).filter(|c| c.from.is_some() || c.to.is_some()).count();
                    set.report.files.push(format!("{name}: {} actors ({dated} dated codes)", d.actors.len()));
                    set.report.malformed.extend(d.malformed);
                    set.actors.extend(d.actors);
                }
                Kind::Agents => {
                    let d = read_agents(name, text);
                    set.report.files.push(format!("{name}: {} agents", d.agents.len()));
                    set.report.malformed.extend(d.malformed);
                    set.agents.extend(d.agents);
                }
                Kind::Issues => {
                    let mut d = read_issues(name, text);
                    set.report.files.push(format!("{name}: {} issue phrases, {} exclusions", d.phrases.len(), d.exclusions.len()));
                    set.report.malformed.append(&mut d.malformed);
                    set.issues = d;
                }
                Kind::Discards => {
                    let (d, bad) = read_discards(name, text);
                    set.report.files.push(format!("{name}: {} discards", d.len()));
                    set.report.malformed.extend(bad);
                    set.discards.extend(d);
                }
            }
        }
        let defined: std::collections::HashSet<String> = set.verbs.synsets.iter().map(|s| s.name.to_ascii_uppercase()).collect();
        let undefined = set
            .verbs
            .families
            .iter()
            .flat_map(|f| &f.patterns)
            .filter(|p| names_undefined_synset(p.before.iter().chain(&p.after), &defined))
            .count();
        let hollow: usize = set
            .verbs
            .synsets
            .iter()
            .flat_map(|x| &x.members)
            .filter(|m| matches!(m.words.as_slice(), [one] if one.starts_with('&') && !defined.contains(&one.trim_start_matches('&').trim_end_matches('_').to_ascii_uppercase())))
            .count();
        if hollow > 0 {
            set.report.not_applied.push(("synonym set members naming a set the file does not define".into(), hollow));
        }
        if undefined > 0 {
            set.report.not_applied.push(("patterns naming a synonym set the file does not define (they never match)".into(), undefined));
        }
        set
    }
}

/// Whether pattern items name a synonym set missing from `defined`.
fn names_undefined_synset<'a>(items: impl Iterator<Item = &'a dyad_dict::petrarch::Item>, defined: &std::collections::HashSet<String>) -> bool {
    use dyad_dict::petrarch::{Item, Term};
    let mut items = items;
    items.any(|i| match i {
        Item::Seq(terms) => terms.iter().any(|t| matches!(t, Term::Synset(n) if !defined.contains(&n.to_ascii_uppercase()))),
        Item::Prep(inner) | Item::Noun(inner) => names_undefined_synset(inner.iter(), defined),
        _ => false,
    })
}

/// The kind of a dictionary file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Verbs and patterns.
    Verbs,
    /// Actors.
    Actors,
    /// Agents.
    Agents,
    /// Discards.
    Discards,
    /// Issues.
    Issues,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_names_the_files_of_its_dictionaries_section() {
        let files = SetFiles::from_config(
            "[Dictionaries]\nverbfile_name = V.txt\nactorfile_list = A.txt, B.txt\nagentfile_name = G.txt\ndiscardfile_name = D.txt\nissuefile_name = I.txt\n[Options]\nverbfile_name = other.txt\n",
        );
        assert_eq!(files.verbs.as_deref(), Some("V.txt"));
        assert_eq!(files.actors, ["A.txt", "B.txt"]);
        assert_eq!(files.agents.as_deref(), Some("G.txt"));
        assert_eq!(files.discards.as_deref(), Some("D.txt"));
        assert_eq!(files.issues.as_deref(), Some("I.txt"));
    }

    #[test]
    fn an_indented_line_continues_the_value_above() {
        let files = SetFiles::from_config("[Dictionaries]\nverbfile_name = V.txt\nactorfile_list = A.txt,\n    B.txt\n");
        assert_eq!(files.actors, ["A.txt", "B.txt"]);
    }

    #[test]
    fn a_missing_file_is_an_error_naming_it() {
        let dir = std::env::temp_dir();
        let files = SetFiles { verbs: Some("no-such-verbs-file.txt".into()), ..SetFiles::default() };
        let err = PetrarchSet::load(&dir, &files).unwrap_err();
        assert!(err.to_string().contains("no-such-verbs-file.txt"), "{err}");
    }
}
