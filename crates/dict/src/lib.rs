//! dyad's dictionaries: what it knows about actors and event wording.
//!
//! The files are data (formats in `dictionaries/README.md`), embedded in the
//! binary as defaults and overridable by a directory. [`Dictionaries::load`]
//! reads and validates them (a malformed entry is a [`DictError`] naming
//! `file:line`) and compiles them into the matchers the recogniser runs: a
//! phrase index for actors and an anchor index for event patterns, both
//! looked up once per token.

mod actors;
mod closed;
mod lexicon;
mod patterns;
mod phrases;
pub mod petrarch;
mod tsv;
mod vocab;

pub use closed::{ClosedClasses, WordClass};
pub use actors::{Agent, CountryEntry, CountryKind, Office, Officeholder, Organisation};
pub use lexicon::{Lexicon, VerbTag, WordClasses};
pub use patterns::{Anchored, Element, ElementKind, EventPattern, PatternOptions, WordSketch};
pub use phrases::{ActorRef, PhraseMatch};
pub use vocab::{Vocab, WordId, UNKNOWN};

use std::collections::HashMap;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// A problem in a dictionary file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {message}", if *line > 0 { format!(":{line}") } else { String::new() })]
pub struct DictError {
    /// The file, relative to the dictionary directory (or the path given).
    pub file: String,
    /// 1-based line number (0 when the problem is the file as a whole).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl DictError {
    pub(crate) fn at(file: &str, line: usize, message: impl Into<String>) -> Self {
        DictError { file: file.to_string(), line, message: message.into() }
    }
}

/// Where dictionary files come from.
#[derive(Debug, Clone, Default)]
pub enum Source {
    /// The files built into the binary.
    #[default]
    Builtin,
    /// A directory with the layout of `dictionaries/`; a file missing there
    /// falls back to the built-in one, and any `officeholders-*.tsv` files
    /// are read in addition to `officeholders.tsv`.
    Directory(PathBuf),
}

/// All dictionaries, loaded, validated and compiled.
#[derive(Debug)]
pub struct Dictionaries {
    /// Interned lower-case words of every phrase and pattern.
    pub vocab: Vocab,
    /// Word classes and verb forms.
    pub lexicon: Lexicon,
    /// Closed-class words (determiners, auxiliaries, prepositions ...).
    pub closed: ClosedClasses,
    /// Country phrases.
    pub countries: Vec<CountryEntry>,
    /// Officeholders with their terms.
    pub officeholders: Vec<Officeholder>,
    /// Organisations and armed groups.
    pub organisations: Vec<Organisation>,
    /// Role words.
    pub agents: Vec<Agent>,
    /// Event patterns (positive and negative).
    pub patterns: Vec<EventPattern>,
    phrase_index: phrases::PhraseIndex,
    anchor_index: HashMap<WordId, Vec<patterns::Anchored>>,
}

/// The files of one dictionary set, by relative path.
struct Files {
    files: Vec<(String, String)>,
}

impl Files {
    fn read(source: &Source) -> Result<Files, DictError> {
        let mut files: Vec<(String, String)> = EMBEDDED.iter().map(|(p, c)| (p.to_string(), c.to_string())).collect();
        if let Source::Directory(dir) = source {
            if !dir.is_dir() {
                return Err(DictError::at(&dir.display().to_string(), 0, "not a directory"));
            }
            let mut found = Vec::new();
            collect_tsv(dir, dir, &mut found).map_err(|e| DictError::at(&dir.display().to_string(), 0, e.to_string()))?;
            // An empty or mistyped directory would otherwise give the
            // built-in dictionaries, silently.
            if found.is_empty() {
                let petrarch = petrarch::files_of_a_set(dir);
                if !petrarch.is_empty() {
                    return Err(DictError::at(
                        &dir.display().to_string(),
                        0,
                        format!(
                            "a PETRARCH dictionary set ({}): `dyad code --format petrarch` (or cameo) and `dyad eval` code with it (docs/petrarch.md); this needs a directory of dyad's *.tsv dictionaries",
                            petrarch.join(", ")
                        ),
                    ));
                }
                let expected: Vec<&str> = EMBEDDED.iter().map(|(p, _)| *p).collect();
                return Err(DictError::at(
                    &dir.display().to_string(),
                    0,
                    format!("no dictionary files (*.tsv) here; expected any of: {}", expected.join(", ")),
                ));
            }
            for (rel, path) in found {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| DictError::at(&path.display().to_string(), 0, format!("cannot read: {e}")))?;
                match files.iter_mut().find(|(p, _)| *p == rel) {
                    Some(slot) => slot.1 = text,
                    None => files.push((rel, text)),
                }
            }
        }
        files.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Files { files })
    }

    fn get(&self, rel: &str) -> Result<&str, DictError> {
        self.files
            .iter()
            .find(|(p, _)| p == rel)
            .map(|(_, c)| c.as_str())
            .ok_or_else(|| DictError::at(rel, 0, "missing dictionary file"))
    }

    fn matching<'a>(&'a self, pred: impl Fn(&str) -> bool + 'a) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.files.iter().filter(move |(p, _)| pred(p)).map(|(p, c)| (p.as_str(), c.as_str()))
    }
}

fn collect_tsv(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_tsv(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "tsv") {
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            out.push((rel, path));
        }
    }
    Ok(())
}

impl Dictionaries {
    /// The built-in dictionaries.
    pub fn builtin() -> Result<Dictionaries, DictError> {
        Dictionaries::load(&Source::Builtin)
    }

    /// Loads, validates and compiles the dictionaries from `source`.
    pub fn load(source: &Source) -> Result<Dictionaries, DictError> {
        let files = Files::read(source)?;
        let mut vocab = Vocab::default();
        let lexicon = Lexicon::parse(
            "lexicon/verb-forms.tsv",
            files.get("lexicon/verb-forms.tsv")?,
            "lexicon/word-classes.tsv",
            files.get("lexicon/word-classes.tsv")?,
            &mut vocab,
        )?;
        let closed = ClosedClasses::parse("lexicon/closed-class.tsv", files.get("lexicon/closed-class.tsv")?)?;
        let countries = actors::parse_countries("countries.tsv", files.get("countries.tsv")?)?;
        let mut officeholders = Vec::new();
        for (path, text) in files.matching(|p| p == "officeholders.tsv" || (p.starts_with("officeholders-") && !p.contains('/'))) {
            officeholders.extend(actors::parse_officeholders(path, text)?);
        }
        actors::check_unique_ids(officeholders.iter().map(|o| (o.id.as_str(), o.file.as_str(), o.line)))?;
        let organisations = actors::parse_organisations("organisations.tsv", files.get("organisations.tsv")?)?;
        let mut agents = actors::parse_agents("agents.tsv", files.get("agents.tsv")?)?;
        // Role words converted from other projects' dictionaries
        // (`agents-*.tsv`) add to the project's own, which keep every form
        // they write.
        for (path, text) in files.matching(|p| p.starts_with("agents-") && !p.contains('/')) {
            let own: std::collections::HashSet<String> = agents.iter().flat_map(|a| a.forms.iter().map(|f| f.to_lowercase())).collect();
            for mut agent in actors::parse_agents(path, text)? {
                agent.forms.retain(|f| !own.contains(&f.to_lowercase()));
                if !agent.forms.is_empty() {
                    agents.push(agent);
                }
            }
        }
        actors::check_unique_ids(agents.iter().map(|a| (a.id.as_str(), a.file.as_str(), a.line)))?;
        let mut patterns = Vec::new();
        for (path, text) in files.matching(|p| p.starts_with("events/")) {
            patterns.extend(patterns::parse_patterns(path, text, &lexicon, &mut vocab)?);
        }
        actors::check_unique_ids(patterns.iter().map(|p| (p.id.as_str(), p.file.as_str(), p.line)))?;
        patterns::resolve_also(&mut patterns)?;
        let phrase_index = phrases::PhraseIndex::build(&countries, &officeholders, &organisations, &agents, &lexicon, &closed, &mut vocab);
        let anchor_index = patterns::anchor_index(&patterns, &lexicon, &vocab);
        Ok(Dictionaries { vocab, lexicon, closed, countries, officeholders, organisations, agents, patterns, phrase_index, anchor_index })
    }

    /// Actor phrases in a sentence: every longest match, left to right.
    /// `words` are the sentence's tokens as vocabulary ids (see
    /// [`Vocab::lookup_lower`]); `texts` their original text, used for case
    /// cues; `uniform_case` says the sentence is all in one case, so that
    /// case cannot be used.
    pub fn match_actors(&self, words: &[WordId], texts: &[&str], uniform_case: bool) -> Vec<PhraseMatch> {
        self.phrase_index.find_all(words, texts, uniform_case)
    }

    /// The event patterns anchored on the word `word` (a vocabulary id), each
    /// with the index of its anchor element and a quick test of the other
    /// words it needs.
    pub fn patterns_anchored_on(&self, word: WordId) -> &[Anchored] {
        self.anchor_index.get(&word).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Number of dictionary entries of each kind, for reports.
    pub fn counts(&self) -> Vec<(&'static str, usize)> {
        vec![
            ("country phrases", self.countries.len()),
            ("officeholders", self.officeholders.len()),
            ("organisations", self.organisations.len()),
            ("agents", self.agents.len()),
            ("event patterns", self.patterns.len()),
            ("verb forms", self.lexicon.verb_form_count()),
            ("lexicon words", self.lexicon.word_count()),
        ]
    }
}
