//! PETRARCH/TABARI actor dictionaries (`Phoenix.*.actors.txt`,
//! `PETR.Validate.actors.txt`), read into typed data.
//!
//! The layout:
//! - an entry line `NAME [CODE]`, or `NAME` alone with its codes on the
//!   indented lines that follow; words are joined by `_` or spaces, and a
//!   trailing `_` (TABARI's "do not stem") is ignored;
//! - `+NAME` lines (or `+NAME` after a name on its line) add other names of
//!   the entry; name lines in a row without codes share the codes that
//!   follow them;
//! - indented `[CODE]` lines give codes, each optionally restricted by date:
//!   `[CODE <DATE]` (before), `[CODE >DATE]` (after), `[CODE D1-D2]`
//!   (between, inclusive), dates as `YYYYMMDD` or `YYMMDD` (two-digit years
//!   00–29 read as 2000–2029, 30–99 as 1930–1999), spaces allowed; the first
//!   code whose restriction holds on the event's day applies, an unrestricted
//!   one always holds;
//! - a code is an actor code (`USAGOV`), several joined by `/`
//!   (`FRO/BIL/SAM`: the name stands for all of them), or `---` / `+++` (the
//!   name is known but codes no actor);
//! - `#`, `;` and `<!-- ... -->` are comments.

use chrono::NaiveDate;

use super::verbs::content_lines;
use crate::DictError;

/// A code of an actor with the days it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    /// The code as written (`AFGGOV`, `ELR/GAL`, `---`).
    pub code: String,
    /// First day it holds, if restricted.
    pub from: Option<NaiveDate>,
    /// Last day it holds, if restricted.
    pub to: Option<NaiveDate>,
}

impl DatedCode {
    /// Whether the code holds on `day`.
    pub fn holds_on(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|f| day >= f) && self.to.is_none_or(|t| day <= t)
    }

    /// The actor codes it stands for (none for `---` and `+++`).
    pub fn codes(&self) -> Vec<&str> {
        if matches!(self.code.as_str(), "---" | "+++" | "###") {
            return Vec::new();
        }
        self.code.split('/').filter(|c| !c.is_empty()).collect()
    }
}

/// One actor: its names and its codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PetrarchActor {
    /// Names, each a list of words (upper case as written).
    pub names: Vec<Vec<String>>,
    /// Codes in file order.
    pub codes: Vec<DatedCode>,
    /// Line of the entry.
    pub line: usize,
}

impl PetrarchActor {
    /// The code that holds on `day`: the first restricted one that holds,
    /// else the first unrestricted one.
    pub fn code_on(&self, day: NaiveDate) -> Option<&DatedCode> {
        self.codes.iter().find(|c| (c.from.is_some() || c.to.is_some()) && c.holds_on(day)).or_else(|| self.codes.iter().find(|c| c.from.is_none() && c.to.is_none()))
    }
}

/// A read actor dictionary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorDictionary {
    /// Actors in file order.
    pub actors: Vec<PetrarchActor>,
    /// Lines that could not be read (`file:line: reason`); the rest is read.
    pub malformed: Vec<DictError>,
}

/// Reads a `YYYYMMDD` or `YYMMDD` date.
pub(crate) fn read_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    if !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match t.len() {
        8 => NaiveDate::parse_from_str(t, "%Y%m%d").ok(),
        6 => {
            let yy: i32 = t[..2].parse().ok()?;
            let year = if yy < 30 { 2000 + yy } else { 1900 + yy };
            NaiveDate::from_ymd_opt(year, t[2..4].parse().ok()?, t[4..6].parse().ok()?)
        }
        _ => None,
    }
}

/// Reads the inside of `[...]`: a code and an optional date restriction.
fn read_code(file: &str, line: usize, inner: &str) -> Result<DatedCode, DictError> {
    let inner = inner.trim();
    let (code, restriction) = match inner.split_once(char::is_whitespace) {
        Some((c, r)) => (c, r.trim()),
        None => (inner, ""),
    };
    let valid = !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '+' | '#' | '~'));
    if !valid {
        return Err(DictError::at(file, line, format!("bad actor code {code:?}")));
    }
    let bad_date = |d: &str| DictError::at(file, line, format!("bad date {d:?} in [{inner}] (YYYYMMDD or YYMMDD)"));
    let compact: String = restriction.chars().filter(|c| !c.is_whitespace()).collect();
    let (from, to) = if compact.is_empty() {
        (None, None)
    } else if let Some(d) = compact.strip_prefix('<') {
        // Before the day: up to the day before.
        let day = read_date(d).ok_or_else(|| bad_date(d))?;
        (None, day.pred_opt())
    } else if let Some(d) = compact.strip_prefix('>') {
        let day = read_date(d).ok_or_else(|| bad_date(d))?;
        (day.succ_opt(), None)
    } else if let Some((a, b)) = compact.split_once('-') {
        (Some(read_date(a).ok_or_else(|| bad_date(a))?), Some(read_date(b).ok_or_else(|| bad_date(b))?))
    } else {
        return Err(DictError::at(file, line, format!("bad date restriction {restriction:?} in [{inner}]")));
    };
    Ok(DatedCode { code: code.to_ascii_uppercase(), from, to })
}

/// The words of a name or phrase, upper case: `_` and spaces separate, a
/// trailing `_` is dropped (actors, agents and discards alike).
pub(crate) fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c == '_' || c.is_whitespace()).filter(|w| !w.is_empty()).map(|w| w.to_ascii_uppercase()).collect()
}

/// The names of `NAME +OTHER +OTHER` (other names may follow on the line).
fn names_of(text: &str) -> Vec<Vec<String>> {
    text.split(" +").flat_map(|part| part.split("\t+")).map(name_words).filter(|w| !w.is_empty()).collect()
}

/// Splits `NAME [CODE] [CODE]...` into the name and its bracketed codes.
fn split_codes<'t>(file: &str, line: usize, t: &'t str) -> Result<(&'t str, Vec<DatedCode>), DictError> {
    let Some(first) = t.find('[') else { return Ok((t, Vec::new())) };
    let mut codes = Vec::new();
    let mut rest = &t[first..];
    while let Some(open) = rest.find('[') {
        let close = rest[open..].find(']').ok_or_else(|| DictError::at(file, line, format!("unclosed code in {t:?}")))? + open;
        codes.push(read_code(file, line, &rest[open + 1..close])?);
        rest = &rest[close + 1..];
    }
    // Text after the codes (the Phoenix company entries give a sector and a
    // turnover there) is a note, not part of the entry.
    Ok((&t[..first], codes))
}

/// Reads an actor dictionary; `file` names it in errors.
pub fn read_actors(file: &str, text: &str) -> ActorDictionary {
    let mut dict = ActorDictionary::default();
    for l in content_lines(text) {
        let (line, t) = (l.number, l.text.as_str());
        let result = (|| -> Result<(), DictError> {
            if t.starts_with('[') {
                let (_, codes) = split_codes(file, line, t)?;
                let actor = dict.actors.last_mut().ok_or_else(|| DictError::at(file, line, "a code before any actor"))?;
                actor.codes.extend(codes);
            } else if let Some(alias) = t.strip_prefix('+') {
                let (name, codes) = split_codes(file, line, alias)?;
                let names = names_of(name);
                if names.is_empty() {
                    return Err(DictError::at(file, line, "an empty `+` name"));
                }
                let actor = dict.actors.last_mut().ok_or_else(|| DictError::at(file, line, "a `+` name before any actor"))?;
                actor.names.extend(names);
                actor.codes.extend(codes);
            } else {
                let (name, codes) = split_codes(file, line, t)?;
                let names = names_of(name);
                if names.is_empty() {
                    return Err(DictError::at(file, line, format!("an actor without a name: {t:?}")));
                }
                match dict.actors.last_mut() {
                    // Name lines in a row share the codes that follow them
                    // (`IVO_JOSIPOVIC_`, `PRESIDENT_JOSIPOVIC_`, then `[HRVGOV ...]`).
                    Some(pending) if pending.codes.is_empty() => {
                        pending.names.extend(names);
                        pending.codes.extend(codes);
                    }
                    _ => dict.actors.push(PetrarchActor { names, codes, line }),
                }
            }
            Ok(())
        })();
        if let Err(e) = result {
            dict.malformed.push(e);
        }
    }
    // An entry whose codes never came cannot code anything: say so.
    for a in &dict.actors {
        if a.codes.is_empty() {
            dict.malformed.push(DictError::at(file, a.line, format!("actor {:?} has no code", a.names[0].join("_"))));
        }
    }
    dict
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTORS: &str = "<!-- header
# inside the header comment
-->
HAMAS [PSEREBHMS]
ARNOR_ [ARN]
+ARNORIAN  # a comment
GOLLUM +SLINKER
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
THE_SHIRE [FRO/BIL/SAM]
NOWHERE [---]
<! -- malformed comment opener -->
BROKEN [HOB 1995]
IVO_JOSIPOVIC_
PRESIDENT_JOSIPOVIC_
	[HRVGOV >20120219]
COMPANY_ [MNCMED]	Newspapers	$137,000,000
LONELY
";

    #[test]
    fn entries_aliases_dated_and_multiple_codes() {
        let d = read_actors("a.txt", ACTORS);
        assert_eq!(d.actors.len(), 8);
        assert_eq!(d.actors[5].names, [vec!["IVO", "JOSIPOVIC"], vec!["PRESIDENT", "JOSIPOVIC"]]);
        assert_eq!(d.actors[5].codes[0].from, NaiveDate::from_ymd_opt(2012, 2, 20));
        assert_eq!(d.actors[6].codes[0].code, "MNCMED", "text after the codes is a note");
        assert_eq!(d.actors[0].names, [vec!["HAMAS"]]);
        assert_eq!(d.actors[1].names, [vec!["ARNOR"], vec!["ARNORIAN"]]);
        let gollum = &d.actors[2];
        assert_eq!(gollum.names, [vec!["GOLLUM"], vec!["SLINKER"]]);
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(gollum.code_on(day("1995-05-31")).map(|c| c.code.as_str()), Some("HOB"));
        assert_eq!(gollum.code_on(day("1995-06-01")).map(|c| c.code.as_str()), Some("HOBGOV"));
        assert_eq!(gollum.code_on(day("1999-08-15")).map(|c| c.code.as_str()), Some("HOBGOV"));
        assert_eq!(gollum.code_on(day("1999-08-16")).map(|c| c.code.as_str()), None, "a gap between the ranges");
        assert_eq!(gollum.code_on(day("1999-08-17")).map(|c| c.code.as_str()), Some("HOBREB"));
        assert_eq!(d.actors[3].codes[0].codes(), ["FRO", "BIL", "SAM"]);
        assert!(d.actors[4].codes[0].codes().is_empty(), "--- codes no actor");
        let errors: Vec<String> = d.malformed.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("a.txt:14:") && errors[0].contains("bad date restriction"), "{errors:?}");
        assert!(errors[1].starts_with("a.txt:19:") && errors[1].contains("LONELY"), "{errors:?}");
    }

    #[test]
    fn two_digit_years() {
        assert_eq!(read_date("950601"), NaiveDate::from_ymd_opt(1995, 6, 1));
        assert_eq!(read_date("100201"), NaiveDate::from_ymd_opt(2010, 2, 1));
        assert_eq!(read_date("20121109"), NaiveDate::from_ymd_opt(2012, 11, 9));
        assert_eq!(read_date("2012110"), None);
        assert_eq!(read_date("991332"), None);
    }
}
