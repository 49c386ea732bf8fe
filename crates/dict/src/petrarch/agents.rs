//! PETRARCH/TABARI agent dictionaries (`Phoenix.agents.txt`,
//! `PETR.Validate.agents.txt`) and discard lists (`*.discards.txt`).
//!
//! Agents are role words that add a sector to the actor they go with:
//! - `WORDS {PLURALS} [CODE]`: words joined by `_` or spaces; `{}` says the
//!   phrase has no plural, `{A_B, C}` lists its plurals, otherwise the
//!   regular plural of the last word (`-S`, `-ES` after S, X, Z, CH, SH,
//!   `-IES` after a consonant and Y) is implied;
//! - the code `[~GOV]` is a suffix (the actor's country, then `GOV`:
//!   `USAGOV`), `[NGO~]` a prefix (`NGO`, then the actor's country); spaces
//!   inside the brackets are allowed;
//! - `!NAME! = W1, W2, ...` defines a substitution set: a phrase holding
//!   `!NAME!` stands for one phrase per member (`!MINST!_OF_DEFENCE`);
//! - `#`, `;` and `<!-- ... -->` are comments.
//!
//! Discards: a phrase per line; a sentence holding it is not coded, and a
//! story holding a phrase marked `+` is not coded at all.

use std::collections::HashMap;

use super::actors::name_words as words;
use super::verbs::content_lines;
use crate::DictError;

/// How an agent's code combines with its actor's country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgentCode {
    /// `[~GOV]`: after the country (`USAGOV`).
    Suffix(String),
    /// `[NGO~]`: before the country (`NGOUSA`).
    Prefix(String),
}

/// One agent phrase with its forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PetrarchAgent {
    /// The phrase and its plurals, each a list of words (upper case).
    pub forms: Vec<Vec<String>>,
    /// Its code.
    pub code: AgentCode,
    /// Source line.
    pub line: usize,
}

/// A read agent dictionary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgentDictionary {
    /// Agents in file order (substitution sets already expanded).
    pub agents: Vec<PetrarchAgent>,
    /// Lines that could not be read; the rest is read.
    pub malformed: Vec<DictError>,
}

/// The regular plural of an upper-case word (`-S`; `-IES` after a
/// consonant and `Y`; `-ES` after S, X, Z, CH, SH), as PETRARCH forms the
/// plurals its dictionaries imply.
pub fn upper_plural(word: &str) -> String {
    let consonant_y = word.len() > 1 && word.ends_with('Y') && !word[..word.len() - 1].ends_with(['A', 'E', 'I', 'O', 'U']);
    if consonant_y {
        format!("{}IES", &word[..word.len() - 1])
    } else if word.ends_with(['S', 'X', 'Z']) || word.ends_with("CH") || word.ends_with("SH") {
        format!("{word}ES")
    } else {
        format!("{word}S")
    }
}

fn read_agent_code(file: &str, line: usize, inner: &str) -> Result<AgentCode, DictError> {
    let compact: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
    let ok = |c: &str| !c.is_empty() && c.chars().all(|ch| ch.is_ascii_alphanumeric());
    match (compact.strip_prefix('~'), compact.strip_suffix('~')) {
        (Some(c), None) if ok(c) => Ok(AgentCode::Suffix(c.to_ascii_uppercase())),
        (None, Some(c)) if ok(c) => Ok(AgentCode::Prefix(c.to_ascii_uppercase())),
        _ => Err(DictError::at(file, line, format!("bad agent code [{inner}] (write [~GOV] or [NGO~])"))),
    }
}

/// Reads an agent dictionary; `file` names it in errors.
pub fn read_agents(file: &str, text: &str) -> AgentDictionary {
    let mut dict = AgentDictionary::default();
    let mut sets: HashMap<String, Vec<String>> = HashMap::new();
    for l in content_lines(text) {
        let (line, t) = (l.number, l.text.as_str());
        let result = (|| -> Result<(), DictError> {
            if t.starts_with('!') && t.contains('=') {
                let (name, members) = t.split_once('=').unwrap_or_default();
                let name = name.trim().trim_matches('!').to_ascii_uppercase();
                let members: Vec<String> = members.split(',').map(|m| m.trim().to_ascii_uppercase()).filter(|m| !m.is_empty()).collect();
                if name.is_empty() || members.is_empty() {
                    return Err(DictError::at(file, line, format!("bad substitution set {t:?}")));
                }
                // A member holding a set would be expanded again: forbidden,
                // so that expanding always ends.
                if members.iter().any(|m| m.contains('!')) {
                    return Err(DictError::at(file, line, format!("a substitution set's members may not name a set: {t:?}")));
                }
                sets.insert(name, members);
                return Ok(());
            }
            let open = t.rfind('[').ok_or_else(|| DictError::at(file, line, format!("agent without a code: {t:?}")))?;
            let close = t[open..].find(']').ok_or_else(|| DictError::at(file, line, format!("unclosed code in {t:?}")))? + open;
            let code = read_agent_code(file, line, &t[open + 1..close])?;
            let mut head = t[..open].trim();
            // Plurals given in braces, or none for `{}`.
            let mut given: Option<Vec<String>> = None;
            if let Some(b) = head.find('{') {
                let e = head[b..].find('}').ok_or_else(|| DictError::at(file, line, format!("unclosed braces in {t:?}")))? + b;
                given = Some(head[b + 1..e].split(',').map(str::trim).filter(|p| !p.is_empty()).map(str::to_string).collect());
                head = head[..b].trim();
            }
            if words(head).is_empty() {
                return Err(DictError::at(file, line, format!("agent without words: {t:?}")));
            }
            // Substitution sets multiply the phrase.
            let mut phrases = vec![head.to_ascii_uppercase()];
            while let Some(p) = phrases.iter().position(|p| p.matches('!').count() >= 2) {
                let phrase = phrases.remove(p);
                let a = phrase.find('!').unwrap_or(0);
                let b = phrase[a + 1..].find('!').map_or(phrase.len(), |x| x + a + 1);
                let name = &phrase[a + 1..b];
                let members = sets.get(name).ok_or_else(|| DictError::at(file, line, format!("unknown substitution set !{name}!")))?;
                for m in members {
                    phrases.push(format!("{}{}{}", &phrase[..a], m, &phrase[b + 1..]));
                }
            }
            let mut forms: Vec<Vec<String>> = Vec::new();
            for phrase in &phrases {
                let w = words(phrase);
                match &given {
                    Some(list) => forms.extend(list.iter().map(|p| words(p))),
                    None => {
                        let mut pl = w.clone();
                        if let Some(last) = pl.last_mut() {
                            *last = upper_plural(last);
                        }
                        forms.push(pl);
                    }
                }
                forms.insert(0, w);
            }
            forms.dedup();
            dict.agents.push(PetrarchAgent { forms, code, line });
            Ok(())
        })();
        if let Err(e) = result {
            dict.malformed.push(e);
        }
    }
    dict
}

/// A discard phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discard {
    /// Its words (upper case).
    pub words: Vec<String>,
    /// `+`: the whole story is not coded, not only the sentence.
    pub story: bool,
    /// Source line.
    pub line: usize,
}

/// Reads a discard list.
pub fn read_discards(file: &str, text: &str) -> (Vec<Discard>, Vec<DictError>) {
    let (mut out, mut bad) = (Vec::new(), Vec::new());
    for l in content_lines(text) {
        let (line, t) = (l.number, l.text.as_str());
        let (story, phrase) = match t.strip_prefix('+') {
            Some(p) => (true, p),
            None => (false, t),
        };
        let w = words(phrase);
        if w.is_empty() {
            bad.push(DictError::at(file, line, format!("empty discard phrase {t:?}")));
        } else {
            out.push(Discard { words: w, story, line });
        }
    }
    (out, bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    const AGENTS: &str = "\
!PERSON! = MAN, MEN, WOMAN
!MINST! = MINISTER, SECRETARY
CLERIC [~REL]
PRIME_MINISTER {} [~GOV]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_SILLY_WALKS [~GOV]
MSF {} [NGO~]
SECURITY_OFFICIALS [ ~COP]
MILITIA [~REB]
BOX [MIL]
WITHOUT_CODE
";

    #[test]
    fn a_substitution_set_naming_a_set_is_an_error_not_a_loop() {
        let d = read_agents("a.txt", "!P! = MAN!P!, MEN\nCONGRESS!P! [~LEG]\n");
        let bad: Vec<String> = d.malformed.iter().map(ToString::to_string).collect();
        assert!(bad[0].starts_with("a.txt:1:"), "{bad:?}");
        assert!(bad.len() == 2 && bad[1].starts_with("a.txt:2: unknown substitution set"), "{bad:?}");
    }

    #[test]
    fn forms_codes_and_substitutions() {
        let d = read_agents("g.txt", AGENTS);
        let forms = |i: usize| d.agents[i].forms.iter().map(|f| f.join("_")).collect::<Vec<_>>();
        assert_eq!(forms(0), ["CLERIC", "CLERICS"]);
        assert_eq!(d.agents[0].code, AgentCode::Suffix("REL".into()));
        assert_eq!(forms(1), ["PRIME_MINISTER"]);
        assert_eq!(forms(2), ["ATTORNEY_GENERAL", "ATTORNEYS_GENERAL"]);
        for f in ["CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMANS"] {
            assert!(forms(3).contains(&f.to_string()), "{f} in {:?}", forms(3));
        }
        assert!(forms(4).contains(&"SECRETARY_OF_SILLY_WALKS".to_string()));
        assert_eq!(d.agents[5].code, AgentCode::Prefix("NGO".into()));
        assert_eq!(d.agents[6].code, AgentCode::Suffix("COP".into()));
        assert_eq!(forms(7), ["MILITIA", "MILITIAS"]);
        let errors: Vec<String> = d.malformed.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("g.txt:11:") && errors[0].contains("bad agent code"), "{errors:?}");
        assert!(errors[1].starts_with("g.txt:12:") && errors[1].contains("without a code"), "{errors:?}");
    }

    #[test]
    fn regular_plurals() {
        assert_eq!(upper_plural("ARMY"), "ARMIES");
        assert_eq!(upper_plural("ENVOY"), "ENVOYS");
        assert_eq!(upper_plural("BOSS"), "BOSSES");
        assert_eq!(upper_plural("CHURCH"), "CHURCHES");
        assert_eq!(upper_plural("REBEL"), "REBELS");
    }

    #[test]
    fn discards_of_sentences_and_stories() {
        let (d, bad) = read_discards("d.txt", "# comment\nMONTHS LATER\n+TYPHOON ; legacy comment\n+\nBASEBALL\n");
        assert_eq!(d.iter().map(|x| (x.words.join(" "), x.story)).collect::<Vec<_>>(), [("MONTHS LATER".to_string(), false), ("TYPHOON".to_string(), true), ("BASEBALL".to_string(), false)]);
        assert_eq!(bad.len(), 1);
        assert!(bad[0].to_string().starts_with("d.txt:4:"));
    }
}
