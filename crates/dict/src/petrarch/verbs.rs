//! The PETRARCH verb dictionary (`CAMEO.2.0.txt` layout), read into typed
//! data: synonym sets, verb families with their verbs, and the patterns of
//! each family.
//!
//! The layout, as PETRARCH documents it:
//! - `&NAME` opens a synonym set; its members follow on lines starting
//!   with `+` (words joined by spaces or `_`, always consecutive). Regular
//!   plurals are implied unless the member or the set's name ends in `_`.
//! - `--- NAME [CODE] ---` opens a verb family; `CODE` (or `---`, no event)
//!   is what a verb of the family codes on its own.
//! - Verb lines: `VERB {IRREGULAR FORMS} [CODE]`; a multi-word verb joins its
//!   words with `_` and marks the inflected word with `+` (`+ROUND_UP`,
//!   `RE_+ARREST`).
//! - Pattern lines: `- WORDS * WORDS [CODE]`, where `*` stands for the verb;
//!   a space between words lets other words intervene, `_` does not;
//!   `(PREP ...)` is a prepositional phrase, `{...}` a noun phrase, `&NAME` a
//!   synonym set, `$` the source, `+` the target, `%` a compound actor, `^`
//!   any noun phrase. A code may be a pair `[A:B]`.
//! - `#` (and the legacy `;`) start comments; `<!-- ... -->` is a comment.
//! - `~` lines are PETRARCH's clause transformations, which this reader
//!   keeps as unsupported lines.

use crate::DictError;

/// A synonym set: `&NAME` and its member phrases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synset {
    /// The name without `&` or a trailing `_` (`TREATY`).
    pub name: String,
    /// Member phrases, each a list of consecutive words (upper case as written).
    pub members: Vec<SynsetMember>,
    /// Line of the `&NAME` line.
    pub line: usize,
}

/// One member phrase of a synonym set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynsetMember {
    /// The words, consecutive.
    pub words: Vec<String>,
    /// Regular plurals are implied (neither the member nor its set ends in `_`).
    pub plural: bool,
}

/// A verb of a family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    /// The words of the verb phrase (`["ROUND", "UP"]`).
    pub words: Vec<String>,
    /// Index in `words` of the inflected word (the verb proper).
    pub head: usize,
    /// Irregular forms given in `{...}`, each a list of words like `words`.
    pub forms: Vec<Vec<String>>,
    /// The verb's own code for its bare use, overriding the family's.
    pub code: Option<Code>,
    /// Source line.
    pub line: usize,
}

/// A CAMEO code as written: `[190]`, `[---]` (no event) or a pair `[042:043]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The first code of the pair (or the only one); `None` for `---` or empty.
    pub primary: Option<String>,
    /// The second code of a pair, if any.
    pub secondary: Option<String>,
}

impl Code {
    /// The code a converter should use: the first, else the second.
    pub fn effective(&self) -> Option<&str> {
        self.primary.as_deref().or(self.secondary.as_deref())
    }
}

/// One term of a pattern: a literal word or a synonym set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// A word, upper case as written.
    Word(String),
    /// A synonym set, by name (without `&`).
    Synset(String),
}

/// One item of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// Terms joined by `_`: consecutive words.
    Seq(Vec<Term>),
    /// `(...)`: a prepositional phrase.
    Prep(Vec<Item>),
    /// `{...}`: a noun phrase.
    Noun(Vec<Item>),
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `%`: a compound actor (source and target together).
    Compound,
    /// `^`: any noun phrase, skipped.
    Skip,
    /// `_` between two items (or an item and the verb, `IN_*`): they are
    /// consecutive, with no word between them.
    Joined,
}

/// A pattern of a family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbPattern {
    /// Items before the verb.
    pub before: Vec<Item>,
    /// Items after the verb.
    pub after: Vec<Item>,
    /// The code.
    pub code: Code,
    /// The comment after `#` (PETRARCH writes the verb it came from there).
    pub comment: String,
    /// Source line.
    pub line: usize,
}

/// A verb family: `--- NAME [CODE] ---`, its verbs and patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbFamily {
    /// The family's name (`PHYSICAL_CONFLICT`).
    pub name: String,
    /// What its verbs code on their own.
    pub code: Code,
    /// The verbs.
    pub verbs: Vec<Verb>,
    /// The patterns.
    pub patterns: Vec<VerbPattern>,
    /// Line of the header.
    pub line: usize,
}

/// A whole verb dictionary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerbDictionary {
    /// Synonym sets, in file order.
    pub synsets: Vec<Synset>,
    /// Verb families, in file order.
    pub families: Vec<VerbFamily>,
    /// Lines whose code is marked uncertain with a trailing `?` (`[023?]`),
    /// read as the code without the mark.
    pub uncertain_codes: Vec<usize>,
    /// Lines this reader keeps but dyad cannot use (transformations): (line, text).
    pub unsupported: Vec<(usize, String)>,
    /// Lines that could not be read, each with its `file:line: reason`; the
    /// rest of the file is read (the published CAMEO.2.0.txt has two).
    pub malformed: Vec<DictError>,
}

impl VerbDictionary {
    /// The synonym set named `name` (without `&`).
    pub fn synset(&self, name: &str) -> Option<&Synset> {
        self.synsets.iter().find(|s| s.name == name)
    }
}

/// A line of a dictionary that holds something once its comments are
/// removed.
pub(crate) struct ContentLine<'a> {
    /// 1-based line number.
    pub number: usize,
    /// The text left, trimmed.
    pub text: String,
    /// The `#` comment, if any.
    pub comment: &'a str,
}

/// The lines of a dictionary file that hold something once comments are
/// removed: `<!-- ... -->` (possibly over lines; TABARI's malformed `<! --`
/// too), `#` and the legacy `;`.
pub(crate) fn content_lines(text: &str) -> Vec<ContentLine<'_>> {
    let mut in_comment = false;
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let (kept, comment) = strip_comments(raw, &mut in_comment);
        let kept = kept.trim();
        if !kept.is_empty() {
            out.push(ContentLine { number: i + 1, text: kept.to_string(), comment });
        }
    }
    out
}

/// The start and length of the next comment opener in `text`.
fn comment_opener(text: &str) -> Option<(usize, usize)> {
    [("<!--", 4), ("<! --", 5)].iter().filter_map(|(o, n)| text.find(o).map(|i| (i, *n))).min()
}

/// Strips comments from one line (`in_comment` carries an open `<!--`
/// over lines). Returns the remaining text and the `#` comment.
fn strip_comments<'a>(line: &'a str, in_comment: &mut bool) -> (String, &'a str) {
    let mut rest = line;
    let mut kept = String::new();
    loop {
        if *in_comment {
            match rest.find("-->") {
                Some(i) => {
                    rest = &rest[i + 3..];
                    *in_comment = false;
                }
                None => return (kept, ""),
            }
        }
        match comment_opener(rest) {
            Some((i, n)) => {
                kept.push_str(&rest[..i]);
                rest = &rest[i + n..];
                *in_comment = true;
            }
            None => {
                kept.push_str(rest);
                break;
            }
        }
    }
    let mut comment = "";
    if let Some(i) = kept.find('#') {
        comment = line.find('#').map(|j| line[j + 1..].trim()).unwrap_or("");
        kept.truncate(i);
    }
    if let Some(i) = kept.find(';') {
        kept.truncate(i);
    }
    (kept, comment)
}

/// Reads `[CODE]` at the end of `text`, returning the text before it.
fn split_code<'t>(file: &str, line: usize, text: &'t str) -> Result<(&'t str, Option<Code>), DictError> {
    let t = text.trim_end();
    let Some(open) = t.rfind('[') else { return Ok((t, None)) };
    if !t.ends_with(']') {
        return Err(DictError::at(file, line, format!("unclosed code in {t:?}")));
    }
    let inner = t[open + 1..t.len() - 1].trim();
    let one = |s: &str| -> Result<Option<String>, DictError> {
        let s = s.trim();
        // A trailing `?` marks a code its writer was unsure of (`[023?]`);
        // the code is read without it (see `VerbDictionary::uncertain_codes`).
        let s = s.strip_suffix('?').unwrap_or(s);
        if s.is_empty() || s == "---" {
            Ok(None)
        } else if s.bytes().all(|b| b.is_ascii_alphanumeric()) {
            Ok(Some(s.to_string()))
        } else {
            Err(DictError::at(file, line, format!("bad code {s:?}")))
        }
    };
    let code = match inner.split_once(':') {
        Some((a, b)) => Code { primary: one(a)?, secondary: one(b)? },
        None => Code { primary: one(inner)?, secondary: None },
    };
    Ok((&t[..open], Some(code)))
}

/// Splits a pattern body into tokens, separating brackets and `*` from words.
fn pattern_tokens(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in body.split_whitespace() {
        let mut word = String::new();
        for c in raw.chars() {
            // `*` too: the source writes "*SCEPTICAL" once.
            if matches!(c, '(' | ')' | '{' | '}' | '*') {
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
                out.push(c.to_string());
            } else {
                word.push(c);
            }
            // "**" (PETRARCH's older spelling of the verb marker) is one `*`.
            if out.len() >= 2 && out[out.len() - 1] == "*" && out[out.len() - 2] == "*" {
                out.pop();
            }
        }
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

fn parse_items(file: &str, line: usize, toks: &[String], pos: &mut usize, close: Option<&str>) -> Result<Vec<Item>, DictError> {
    let mut items = Vec::new();
    while *pos < toks.len() {
        let t = toks[*pos].as_str();
        *pos += 1;
        match t {
            ")" | "}" => {
                if close == Some(t) {
                    return Ok(items);
                }
                return Err(DictError::at(file, line, format!("unexpected {t:?}")));
            }
            "(" => items.push(Item::Prep(parse_items(file, line, toks, pos, Some(")"))?)),
            "{" => items.push(Item::Noun(parse_items(file, line, toks, pos, Some("}"))?)),
            "$" => items.push(Item::Source),
            "+" => items.push(Item::Target),
            "%" => items.push(Item::Compound),
            "^" => items.push(Item::Skip),
            _ => {
                if t.starts_with('_') {
                    items.push(Item::Joined);
                }
                let mut terms = Vec::new();
                for part in t.split('_').filter(|p| !p.is_empty()) {
                    match part.strip_prefix('&') {
                        Some(name) if !name.is_empty() => terms.push(Term::Synset(name.trim_end_matches('_').to_string())),
                        Some(_) => return Err(DictError::at(file, line, "`&` without a synonym set name")),
                        None => terms.push(Term::Word(part.to_string())),
                    }
                }
                if !terms.is_empty() {
                    items.push(Item::Seq(terms));
                }
                if t.len() > 1 && t.ends_with('_') {
                    items.push(Item::Joined);
                }
            }
        }
    }
    match close {
        Some(c) => Err(DictError::at(file, line, format!("missing {c:?}"))),
        None => Ok(items),
    }
}

fn parse_pattern(file: &str, line: usize, text: &str, comment: &str) -> Result<VerbPattern, DictError> {
    let (body, code) = split_code(file, line, text)?;
    let code = code.ok_or_else(|| DictError::at(file, line, "pattern without a [code]"))?;
    let toks = pattern_tokens(body);
    let star = toks
        .iter()
        .position(|t| t == "*")
        .ok_or_else(|| DictError::at(file, line, "pattern without `*` for the verb"))?;
    let mut pos = 0;
    let before = parse_items(file, line, &toks[..star], &mut pos, None)?;
    let mut pos = 0;
    let after = parse_items(file, line, &toks[star + 1..], &mut pos, None)?;
    Ok(VerbPattern { before, after, code, comment: comment.to_string(), line })
}

fn parse_verb_words(file: &str, line: usize, phrase: &str) -> Result<(Vec<String>, usize), DictError> {
    let parts: Vec<&str> = phrase.split('_').filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        return Err(DictError::at(file, line, "empty verb"));
    }
    let marked: Vec<usize> = parts.iter().enumerate().filter(|(_, p)| p.starts_with('+')).map(|(i, _)| i).collect();
    let head = match marked.as_slice() {
        [] if parts.len() == 1 => 0,
        [] => return Err(DictError::at(file, line, format!("multi-word verb {phrase:?} needs `+` on its verb"))),
        [i] => *i,
        _ => return Err(DictError::at(file, line, format!("verb {phrase:?} marks more than one word with `+`"))),
    };
    let words: Vec<String> = parts.iter().map(|p| p.trim_start_matches('+').to_string()).collect();
    if words.iter().any(|w| w.is_empty() || !w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')) {
        return Err(DictError::at(file, line, format!("verb {phrase:?} has a word that is not letters")));
    }
    Ok((words, head))
}

fn parse_verb(file: &str, line: usize, text: &str) -> Result<Verb, DictError> {
    let (rest, code) = split_code(file, line, text)?;
    let (phrase, forms) = match rest.find('{') {
        Some(open) => {
            let close = rest.rfind('}').filter(|&c| c > open).ok_or_else(|| DictError::at(file, line, "unclosed `{` in a verb line"))?;
            let forms = rest[open + 1..close]
                .split_whitespace()
                .map(|f| parse_verb_words(file, line, f).map(|(w, _)| w))
                .collect::<Result<Vec<_>, _>>()?;
            (rest[..open].trim(), forms)
        }
        None => (rest.trim(), Vec::new()),
    };
    if phrase.contains(char::is_whitespace) {
        return Err(DictError::at(file, line, format!("verb {phrase:?}: join the words of a multi-word verb with `_`")));
    }
    let (words, head) = parse_verb_words(file, line, phrase)?;
    Ok(Verb { words, head, forms, code, line })
}

/// Reads a PETRARCH verb dictionary. `file` names it in errors
/// (`file:line: reason`). A line that cannot be read is kept in
/// [`VerbDictionary::malformed`] and the reading goes on.
pub fn read_verbs(file: &str, text: &str) -> VerbDictionary {
    let mut dict = VerbDictionary::default();
    // The synonym set that `+` lines extend (index, plurals implied), if any;
    // otherwise a `+` line is a multi-word verb of the current family.
    let mut open_synset: Option<(usize, bool)> = None;
    for l in content_lines(text) {
        if l.text.contains("?]") {
            dict.uncertain_codes.push(l.number);
        }
        if let Err(e) = read_line(file, l.number, &l.text, l.comment, &mut dict, &mut open_synset) {
            dict.malformed.push(e);
        }
    }
    dict
}

fn read_line(file: &str, line: usize, t: &str, comment: &str, dict: &mut VerbDictionary, open_synset: &mut Option<(usize, bool)>) -> Result<(), DictError> {
    {
        if let Some(rest) = t.strip_prefix("---") {
            let inner = rest.trim().strip_suffix("---").map(str::trim).unwrap_or(rest.trim());
            let (name, code) = split_code(file, line, inner)?;
            let name = name.trim();
            if name.is_empty() {
                return Err(DictError::at(file, line, "verb family without a name"));
            }
            dict.families.push(VerbFamily {
                name: name.to_string(),
                code: code.unwrap_or(Code { primary: None, secondary: None }),
                verbs: Vec::new(),
                patterns: Vec::new(),
                line,
            });
            *open_synset = None;
        } else if let Some(name) = t.strip_prefix('&') {
            let plural = !name.ends_with('_');
            let name = name.trim_end_matches('_');
            if name.is_empty() || name.contains(char::is_whitespace) {
                return Err(DictError::at(file, line, format!("bad synonym set name {t:?}")));
            }
            dict.synsets.push(Synset { name: name.to_string(), members: Vec::new(), line });
            *open_synset = Some((dict.synsets.len() - 1, plural));
        } else if let (Some((s, set_plural)), Some(member)) = (*open_synset, t.strip_prefix('+')) {
            let plural = set_plural && !member.trim_end().ends_with('_');
            let words: Vec<String> =
                member.split(|c: char| c == '_' || c.is_whitespace()).filter(|w| !w.is_empty()).map(str::to_string).collect();
            if words.is_empty() {
                return Err(DictError::at(file, line, "empty synonym set member"));
            }
            dict.synsets[s].members.push(SynsetMember { words, plural });
        } else if let Some(p) = t.strip_prefix('-') {
            let family = dict.families.last_mut().ok_or_else(|| DictError::at(file, line, "pattern before any `--- FAMILY ---` line"))?;
            family.patterns.push(parse_pattern(file, line, p, comment)?);
            *open_synset = None;
        } else if t.starts_with('~') {
            dict.unsupported.push((line, t.to_string()));
        } else if t.starts_with(|c: char| c.is_ascii_uppercase() || c == '+') {
            *open_synset = None;
            let family = dict.families.last_mut().ok_or_else(|| DictError::at(file, line, "verb before any `--- FAMILY ---` line"))?;
            family.verbs.push(parse_verb(file, line, t)?);
        } else {
            return Err(DictError::at(file, line, format!("cannot read {t:?}")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICT: &str = "\
# header comment
&CURRENCY
+DOLLAR
+SWISS_FRANC_
<!-- a comment
over lines -->
&AUX_
+WILL

---  GRANT   [070]  ---
GIVE {GAVE GIVEN GIVING}  # jw 11/14/91
CONTRIBUTE [071] ; legacy comment
+HAND_OVER {+HANDED_OVER +HANDS_OVER}
RE_+ARREST
- * &CURRENCY (TO +)        [0712:071]    # GIVE <sls>
- $ STRONGLY * {ARMS SHIPMENT} ^ [---] # GIVE
- * VENTURE (WITH VISIT)  VISIT)[042]  # MAKE
- *SCEPTICAL [012] # GIVE
~ a (a b ATTACK) SAY = a b 015
";

    #[test]
    fn reads_synsets_families_verbs_and_patterns() {
        let d = read_verbs("v.txt", DICT);
        assert_eq!(d.synsets.len(), 2);
        let cur = d.synset("CURRENCY").unwrap();
        assert_eq!(cur.members[0], SynsetMember { words: vec!["DOLLAR".into()], plural: true });
        assert_eq!(cur.members[1], SynsetMember { words: vec!["SWISS".into(), "FRANC".into()], plural: false });
        assert!(!d.synset("AUX").unwrap().members[0].plural, "a set named with `_` has no plurals");
        let f = &d.families[0];
        assert_eq!((f.name.as_str(), f.code.effective(), f.line), ("GRANT", Some("070"), 10));
        assert_eq!(f.verbs.len(), 4);
        assert_eq!(f.verbs[0].forms, vec![vec!["GAVE".to_string()], vec!["GIVEN".into()], vec!["GIVING".into()]]);
        assert_eq!(f.verbs[1].code.as_ref().and_then(Code::effective), Some("071"));
        assert_eq!((f.verbs[2].words.clone(), f.verbs[2].head), (vec!["HAND".to_string(), "OVER".into()], 0));
        assert_eq!((f.verbs[3].words.clone(), f.verbs[3].head), (vec!["RE".to_string(), "ARREST".into()], 1));
        let p = &f.patterns[0];
        assert_eq!(p.after, vec![Item::Seq(vec![Term::Synset("CURRENCY".into())]), Item::Prep(vec![Item::Seq(vec![Term::Word("TO".into())]), Item::Target])]);
        assert_eq!((p.code.primary.as_deref(), p.code.secondary.as_deref(), p.comment.as_str()), (Some("0712"), Some("071"), "GIVE <sls>"));
        let q = &f.patterns[1];
        assert_eq!(q.before, vec![Item::Source, Item::Seq(vec![Term::Word("STRONGLY".into())])]);
        assert_eq!(q.after.len(), 2);
        assert!(matches!(q.after[0], Item::Noun(_)) && q.after[1] == Item::Skip);
        assert_eq!(q.code.effective(), None, "[---] is no event");
        assert_eq!(f.patterns[2].after, vec![Item::Seq(vec![Term::Word("SCEPTICAL".into())])], "`*` glued to a word");
        assert_eq!(d.unsupported.len(), 1);
    }

    #[test]
    fn braces_in_the_wrong_order_are_an_error_not_a_panic() {
        let d = read_verbs("v.txt", "--- GIVE [070] ---\nGIVE} {GAVE [070]\n");
        assert_eq!(d.malformed.len(), 1, "{:?}", d.malformed);
        assert!(d.malformed[0].to_string().starts_with("v.txt:2:"), "{}", d.malformed[0]);
    }

    #[test]
    fn underscores_join_items_to_each_other_and_to_the_verb() {
        let d = read_verbs("v.txt", "--- BEGIN [---] ---\nBEGIN\n- SAID WOULD_*_TALKS [102]\n- RECENTLY * [025]\n");
        let p = &d.families[0].patterns;
        let word = |w: &str| Item::Seq(vec![Term::Word(w.into())]);
        assert_eq!(p[0].before, [word("SAID"), word("WOULD"), Item::Joined]);
        assert_eq!(p[0].after, [Item::Joined, word("TALKS")]);
        assert_eq!(p[1].before, [word("RECENTLY")]);
    }

    #[test]
    fn a_malformed_line_is_reported_and_reading_goes_on() {
        let d = read_verbs("v.txt", DICT);
        assert_eq!(d.malformed.len(), 1);
        assert_eq!((d.malformed[0].file.as_str(), d.malformed[0].line), ("v.txt", 17));
        assert!(d.malformed[0].message.contains("unexpected"), "{}", d.malformed[0]);
        assert_eq!(d.families[0].patterns.len(), 3, "the lines after it are read");
        let bad = read_verbs("w.txt", "- * TALKS [040]\n---  X  [040] ---\nMEET [04x!]\n");
        assert_eq!(bad.malformed.iter().map(|e| e.line).collect::<Vec<_>>(), vec![1, 3]);
        assert!(bad.malformed[0].message.contains("before any"));
    }
}
