//! PETRARCH2's issue dictionary (Phoenix's `Phoenix.IssueCoding.txt`):
//! phrases that tag a sentence with issues such as `EARLY_CHILDHOOD_EDUCATION`.
//!
//! The layout, as the Phoenix file writes it:
//! - `<ISSUE CATEGORY="EDUCATION" TYPE="ALL">` ... `</ISSUE>` groups phrases;
//!   a phrase without a code takes its group's category;
//! - `phrase [CODE]`: words separated by spaces; `n:word` is a noun and its
//!   plural, `v:word` a verb and its inflections, `a+b` joins two parts as
//!   one word, hyphenated, or two words (`pre+n:school`: preschool,
//!   pre-school, pre school and their plurals);
//! - `~phrase`: text that is not the issue even though an issue phrase
//!   matches inside it (`~olive oil` against `n:oil`);
//! - `#` comments.

use super::agents::upper_plural;
use super::verbs::content_lines;
use crate::DictError;

/// One issue phrase: every written form it matches, as token sequences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuePhrase {
    /// The forms, each a list of upper-case tokens.
    pub forms: Vec<Vec<String>>,
    /// The issue code.
    pub code: String,
    /// Source line.
    pub line: usize,
}

/// A read issue dictionary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IssueDictionary {
    /// Issue phrases in file order.
    pub phrases: Vec<IssuePhrase>,
    /// Exclusions (`~` lines), each with its forms.
    pub exclusions: Vec<Vec<Vec<String>>>,
    /// Lines that could not be read; the rest is read.
    pub malformed: Vec<DictError>,
}

/// The forms of one `a+b` part list, each part possibly `n:` or `v:`.
fn word_forms(file: &str, line: usize, word: &str) -> Result<Vec<Vec<String>>, DictError> {
    let parts: Vec<&str> = word.split('+').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Err(DictError::at(file, line, format!("empty part in {word:?}")));
    }
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for (i, part) in parts.iter().enumerate() {
        let forms = part_forms(file, line, part)?;
        let mut next = Vec::new();
        for prefix in &out {
            for form in &forms {
                if i == 0 {
                    next.push(vec![form.clone()]);
                    continue;
                }
                let last = prefix.last().expect("a first part");
                // Joined, hyphenated, or two words.
                let mut joined = prefix.clone();
                *joined.last_mut().expect("non-empty") = format!("{last}{form}");
                let mut hyphen = prefix.clone();
                *hyphen.last_mut().expect("non-empty") = format!("{last}-{form}");
                let mut spaced = prefix.clone();
                spaced.push(form.clone());
                next.extend([joined, hyphen, spaced]);
            }
        }
        out = next;
        if out.len() > MAX_FORMS {
            return Err(DictError::at(file, line, format!("{word:?} has too many forms")));
        }
    }
    Ok(out)
}

/// The most written forms one phrase may stand for.
const MAX_FORMS: usize = 4096;

/// The forms of one part: itself, or a noun's or a verb's inflections.
fn part_forms(file: &str, line: usize, part: &str) -> Result<Vec<String>, DictError> {
    let (kind, word) = match part.split_once(':') {
        Some((k, w)) => (k, w),
        None => ("", part),
    };
    let w = word.to_uppercase();
    if w.is_empty() {
        return Err(DictError::at(file, line, format!("empty word in {part:?}")));
    }
    let mut forms = vec![w.clone()];
    match kind {
        "" => {}
        "n" => forms.push(upper_plural(&w)),
        "v" => forms.extend(verb_inflections(&w)),
        other => return Err(DictError::at(file, line, format!("unknown word class `{other}:` in {part:?} (n: or v:)"))),
    }
    forms.dedup();
    Ok(forms)
}

/// -s, -ed and -ing forms, with and without a doubled final consonant
/// (`kidnapped`, `kidnaped`): an unused form matches nothing.
fn verb_inflections(w: &str) -> Vec<String> {
    let mut out = vec![upper_plural(w)];
    let stem = &w[..w.len() - w.chars().last().map_or(0, char::len_utf8)];
    if let Some(e_less) = w.strip_suffix('E') {
        out.push(format!("{w}D"));
        out.push(format!("{e_less}ING"));
    } else if w.ends_with('Y') && !stem.ends_with(['A', 'E', 'I', 'O', 'U']) {
        out.push(format!("{stem}IED"));
        out.push(format!("{w}ING"));
    } else {
        out.push(format!("{w}ED"));
        out.push(format!("{w}ING"));
        if let Some(last) = w.chars().last().filter(|c| c.is_ascii_alphabetic() && !"AEIOUWXY".contains(*c)) {
            out.push(format!("{w}{last}ED"));
            out.push(format!("{w}{last}ING"));
        }
    }
    out
}

/// Every form of a phrase: the product of its words' forms.
fn phrase_forms(file: &str, line: usize, phrase: &str) -> Result<Vec<Vec<String>>, DictError> {
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for word in phrase.split_whitespace() {
        let forms = word_forms(file, line, word)?;
        if out.len() * forms.len() > MAX_FORMS {
            return Err(DictError::at(file, line, format!("{phrase:?} has too many forms")));
        }
        out = out.iter().flat_map(|p| forms.iter().map(move |f| p.iter().chain(f).cloned().collect())).collect();
    }
    if out.iter().all(Vec::is_empty) {
        return Err(DictError::at(file, line, "empty phrase"));
    }
    Ok(out)
}

/// Reads an issue dictionary; `file` names it in errors.
pub fn read_issues(file: &str, text: &str) -> IssueDictionary {
    let mut dict = IssueDictionary::default();
    let mut category: Option<String> = None;
    for l in content_lines(text) {
        let t = l.text.trim();
        let result = (|| -> Result<(), DictError> {
            if let Some(rest) = t.strip_prefix("<ISSUE") {
                let name = rest.split("CATEGORY=\"").nth(1).and_then(|r| r.split('"').next());
                category = Some(name.ok_or_else(|| DictError::at(file, l.number, "<ISSUE> without CATEGORY=\"...\""))?.to_string());
            } else if t.starts_with("</ISSUE") {
                category = None;
            } else if let Some(phrase) = t.strip_prefix('~') {
                dict.exclusions.push(phrase_forms(file, l.number, phrase)?);
            } else {
                let (phrase, code) = match (t.rfind('['), t.ends_with(']')) {
                    (Some(open), true) => (&t[..open], t[open + 1..t.len() - 1].trim().to_string()),
                    (Some(_), false) => return Err(DictError::at(file, l.number, format!("unclosed code in {t:?}"))),
                    (None, _) => (t, category.clone().ok_or_else(|| DictError::at(file, l.number, format!("issue phrase without a code outside an <ISSUE>: {t:?}")))?),
                };
                if code.is_empty() {
                    return Err(DictError::at(file, l.number, "empty issue code"));
                }
                dict.phrases.push(IssuePhrase { forms: phrase_forms(file, l.number, phrase)?, code, line: l.number });
            }
            Ok(())
        })();
        if let Err(e) = result {
            dict.malformed.push(e);
        }
    }
    dict
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(d: &IssueDictionary, i: usize) -> Vec<String> {
        d.phrases[i].forms.iter().map(|f| f.join(" ")).collect()
    }

    #[test]
    fn reads_codes_groups_word_classes_joins_and_exclusions() {
        let d = read_issues(
            "i.txt",
            "# comment\n<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\npre+n:school [EARLY_EDUCATION]\nn:teacher\n~a head start\nv:kidnap\n</ISSUE>\n",
        );
        assert!(d.malformed.is_empty(), "{:?}", d.malformed);
        assert_eq!(d.phrases[0].code, "EARLY_EDUCATION");
        let f = forms(&d, 0);
        for want in ["PRESCHOOL", "PRE-SCHOOLS", "PRE SCHOOL", "PRESCHOOLS"] {
            assert!(f.contains(&want.to_string()), "{want} in {f:?}");
        }
        assert_eq!(d.phrases[1].code, "EDUCATION");
        assert_eq!(forms(&d, 1), ["TEACHER", "TEACHERS"]);
        assert!(forms(&d, 2).contains(&"KIDNAPPED".to_string()));
        assert_eq!(d.exclusions, [vec![vec!["A".to_string(), "HEAD".to_string(), "START".to_string()]]]);
    }

    #[test]
    fn a_phrase_of_too_many_forms_is_refused_before_it_is_built() {
        let d = read_issues("i.txt", &format!("{} [X]\n", ["n:a"; 20].join("+")));
        assert!(d.malformed[0].to_string().contains("too many forms"), "{:?}", d.malformed);
    }

    #[test]
    fn a_bad_line_is_named_and_reading_goes_on() {
        let d = read_issues("i.txt", "stray phrase\nx:word [A]\nfine [B]\n");
        let bad: Vec<String> = d.malformed.iter().map(ToString::to_string).collect();
        assert_eq!(bad.len(), 2, "{bad:?}");
        assert!(bad[0].starts_with("i.txt:1:") && bad[1].starts_with("i.txt:2:"), "{bad:?}");
        assert_eq!(d.phrases.len(), 1);
    }
}
