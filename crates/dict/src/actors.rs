//! Actor dictionaries: countries, officeholders, organisations and agents.

use std::collections::HashMap;

use chrono::NaiveDate;
use dyad_ontology::countries::{country, historical_state};
use dyad_ontology::plover::{Sector, SPECIAL_ENTITIES};

use crate::tsv::{list, rows};
use crate::DictError;

/// How a country phrase refers to its country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CountryKind {
    /// A name of the country ("Azerbaijan", "U.S.").
    Name,
    /// An adjective ("Azerbaijani").
    Adjective,
    /// One inhabitant ("Briton").
    Demonym,
    /// Inhabitants ("Britons").
    DemonymPlural,
    /// The capital standing for the government ("Beijing said").
    Capital,
    /// A seat of government ("the Kremlin").
    Seat,
}

impl CountryKind {
    fn parse(s: &str) -> Option<CountryKind> {
        Some(match s {
            "name" => CountryKind::Name,
            "adjective" => CountryKind::Adjective,
            "demonym" => CountryKind::Demonym,
            "demonym_plural" => CountryKind::DemonymPlural,
            "capital" => CountryKind::Capital,
            "seat" => CountryKind::Seat,
            _ => return None,
        })
    }
}

/// One line of `countries.tsv`.
#[derive(Debug, Clone)]
pub struct CountryEntry {
    /// PLOVER country code.
    pub code: String,
    /// How the phrase refers to the country.
    pub kind: CountryKind,
    /// The phrase.
    pub text: String,
    /// The sector a metonym implies ("sector MIL" in the note), if any.
    pub sector: Option<Sector>,
    /// Free-text note.
    pub note: String,
    /// Line in the file (the entry's stable id is code/kind/text).
    pub line: usize,
}

/// An office an officeholder holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Office {
    /// Head of state (president, monarch).
    HeadOfState,
    /// Head of government (prime minister, chancellor).
    HeadOfGovernment,
    /// Foreign minister.
    ForeignMinister,
    /// Defence minister.
    DefenceMinister,
    /// Interior minister: the minister of the interior, home affairs or
    /// public security, whichever ministry runs the police.
    InteriorMinister,
    /// A member of a government (or a former official) whose office the
    /// source does not name (`officeholders-phoenix.tsv`).
    Official,
}

impl Office {
    fn parse(s: &str) -> Option<Office> {
        Some(match s {
            "head_of_state" => Office::HeadOfState,
            "head_of_government" => Office::HeadOfGovernment,
            "foreign_minister" => Office::ForeignMinister,
            "defence_minister" => Office::DefenceMinister,
            "interior_minister" => Office::InteriorMinister,
            "official" => Office::Official,
            _ => return None,
        })
    }

    /// The office as PLOVER's `office` text.
    pub fn as_text(self) -> &'static str {
        match self {
            Office::HeadOfState => "head of state",
            Office::HeadOfGovernment => "head of government",
            Office::ForeignMinister => "minister of foreign affairs",
            Office::DefenceMinister => "minister of defence",
            Office::InteriorMinister => "minister of interior",
            Office::Official => "official",
        }
    }
}

/// One line of `officeholders.tsv`.
#[derive(Debug, Clone)]
pub struct Officeholder {
    /// Stable id.
    pub id: String,
    /// Country code.
    pub country: String,
    /// The office.
    pub office: Office,
    /// PLOVER sector.
    pub sector: Sector,
    /// Full name.
    pub name: String,
    /// Other written forms.
    pub aliases: Vec<String>,
    /// First day in office.
    pub start: NaiveDate,
    /// Last day in office, `None` while in office.
    pub end: Option<NaiveDate>,
    /// The file it was read from.
    pub file: String,
    /// Its line.
    pub line: usize,
}

impl Officeholder {
    /// True when the person held the office on `date`.
    pub fn in_office(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|e| date <= e)
    }
}

/// One line of `organisations.tsv`.
#[derive(Debug, Clone)]
pub struct Organisation {
    /// Stable id.
    pub id: String,
    /// PLOVER entity code (IGO, UNO, NGO... or a country code).
    pub code: String,
    /// PLOVER sector, if any.
    pub sector: Option<Sector>,
    /// CAMEO actor code.
    pub cameo: String,
    /// Canonical name.
    pub name: String,
    /// Other written forms.
    pub aliases: Vec<String>,
    /// Free-text note.
    pub note: String,
    /// Its line.
    pub line: usize,
}

/// One line of `agents.tsv`.
#[derive(Debug, Clone)]
pub struct Agent {
    /// Stable id.
    pub id: String,
    /// PLOVER sector the role implies.
    pub sector: Option<Sector>,
    /// CAMEO role code(s).
    pub cameo: String,
    /// Office text for PLOVER's `office`, if the role is an office.
    pub office: Option<String>,
    /// Written forms.
    pub forms: Vec<String>,
    /// Free-text note.
    pub note: String,
    /// The file it was read from (relative to the dictionary directory).
    pub file: String,
    /// Its line.
    pub line: usize,
}

fn valid_code(code: &str) -> bool {
    code == "KOS"
        || country(code).is_some()
        || historical_state(code).is_some()
        || SPECIAL_ENTITIES.iter().any(|s| s.code == code)
}

fn check_code(file: &str, line: usize, code: &str) -> Result<(), DictError> {
    if valid_code(code) {
        Ok(())
    } else {
        Err(DictError::at(file, line, format!("unknown entity code {code:?}: not ISO 3166 alpha-3, KOS or a PLOVER special code")))
    }
}

/// Parses a sector field: empty or one PLOVER sector code.
fn check_sector(file: &str, line: usize, field: &str) -> Result<Option<Sector>, DictError> {
    let field = field.trim();
    if field.is_empty() {
        return Ok(None);
    }
    Sector::parse(field).map(Some).ok_or_else(|| DictError::at(file, line, format!("unknown PLOVER sector {field:?} (one code of the PLOVER sector list)")))
}

fn check_id(file: &str, line: usize, id: &str) -> Result<(), DictError> {
    let ok = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(DictError::at(file, line, format!("id {id:?} must be lower-case ASCII letters, digits, '.', '_' or '-'")))
    }
}

pub(crate) fn check_unique_ids<'a>(ids: impl Iterator<Item = (&'a str, &'a str, usize)>) -> Result<(), DictError> {
    let mut seen: HashMap<&str, (&str, usize)> = HashMap::new();
    for (id, file, line) in ids {
        if let Some((f0, l0)) = seen.insert(id, (file, line)) {
            return Err(DictError::at(file, line, format!("duplicate id {id:?} (first at {f0}:{l0})")));
        }
    }
    Ok(())
}

pub(crate) fn parse_countries(file: &str, text: &str) -> Result<Vec<CountryEntry>, DictError> {
    let mut out = Vec::new();
    for row in rows(file, text, &["code", "kind", "text", "note"])? {
        let (code, kind, phrase, note) = (row.get(0), row.get(1), row.get(2), row.get(3));
        // A dissolved state keeps its withdrawn ISO 3166-3 code (VDR, YMD).
        let historical = note.contains("historical") && code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase());
        if !historical {
            check_code(file, row.line, code)?;
        }
        let kind = CountryKind::parse(kind).ok_or_else(|| {
            DictError::at(file, row.line, format!("unknown kind {kind:?} (name, adjective, demonym, demonym_plural, capital, seat)"))
        })?;
        if phrase.is_empty() {
            return Err(DictError::at(file, row.line, "empty text"));
        }
        // "sector MIL" inside the note says what the metonym stands for.
        let sector = note
            .split(';')
            .filter_map(|n| n.trim().strip_prefix("sector "))
            .find_map(|s| Sector::parse(s.trim()));
        out.push(CountryEntry { code: code.to_string(), kind, text: phrase.to_string(), sector, note: note.to_string(), line: row.line });
    }
    Ok(out)
}

fn date(file: &str, line: usize, field: &str, what: &str) -> Result<NaiveDate, DictError> {
    NaiveDate::parse_from_str(field, "%Y-%m-%d")
        .map_err(|_| DictError::at(file, line, format!("{what} {field:?} is not a YYYY-MM-DD date")))
}

pub(crate) fn parse_officeholders(file: &str, text: &str) -> Result<Vec<Officeholder>, DictError> {
    let mut out = Vec::new();
    let cols = ["id", "country", "office", "sector", "name", "aliases", "start", "end"];
    for row in rows(file, text, &cols)? {
        let id = row.get(0);
        check_id(file, row.line, id)?;
        let code = row.get(1);
        check_code(file, row.line, code)?;
        let office = Office::parse(row.get(2)).ok_or_else(|| {
            DictError::at(file, row.line, format!("unknown office {:?} (head_of_state, head_of_government, foreign_minister, defence_minister, interior_minister, official)", row.get(2)))
        })?;
        let sector = check_sector(file, row.line, row.get(3))?
            .ok_or_else(|| DictError::at(file, row.line, "empty sector"))?;
        let name = row.get(4);
        if name.is_empty() {
            return Err(DictError::at(file, row.line, "empty name"));
        }
        let start = date(file, row.line, row.get(6), "start")?;
        let end = match row.get(7) {
            "" => None,
            e => Some(date(file, row.line, e, "end")?),
        };
        if end.is_some_and(|e| e < start) {
            return Err(DictError::at(file, row.line, "end is before start"));
        }
        out.push(Officeholder {
            id: id.to_string(),
            country: code.to_string(),
            office,
            sector,
            name: name.to_string(),
            aliases: list(row.get(5)).map(str::to_string).collect(),
            start,
            end,
            file: file.to_string(),
            line: row.line,
        });
    }
    Ok(out)
}

pub(crate) fn parse_organisations(file: &str, text: &str) -> Result<Vec<Organisation>, DictError> {
    let mut out = Vec::new();
    for row in rows(file, text, &["id", "code", "sector", "cameo", "name", "aliases", "note"])? {
        let id = row.get(0);
        check_id(file, row.line, id)?;
        check_code(file, row.line, row.get(1))?;
        let sector = check_sector(file, row.line, row.get(2))?;
        if row.get(4).is_empty() {
            return Err(DictError::at(file, row.line, "empty name"));
        }
        out.push(Organisation {
            id: id.to_string(),
            code: row.get(1).to_string(),
            sector,
            cameo: row.get(3).to_string(),
            name: row.get(4).to_string(),
            aliases: list(row.get(5)).map(str::to_string).collect(),
            note: row.get(6).to_string(),
            line: row.line,
        });
    }
    check_unique_ids(out.iter().map(|o| (o.id.as_str(), file, o.line)))?;
    Ok(out)
}

pub(crate) fn parse_agents(file: &str, text: &str) -> Result<Vec<Agent>, DictError> {
    let mut out = Vec::new();
    for row in rows(file, text, &["id", "sector", "cameo", "office", "forms", "note"])? {
        let id = row.get(0);
        check_id(file, row.line, id)?;
        let sector = check_sector(file, row.line, row.get(1))?;
        let forms: Vec<String> = list(row.get(4)).map(str::to_string).collect();
        if forms.is_empty() {
            return Err(DictError::at(file, row.line, "no forms"));
        }
        out.push(Agent {
            id: id.to_string(),
            sector,
            cameo: row.get(2).to_string(),
            office: Some(row.get(3).to_string()).filter(|o| !o.is_empty()),
            forms,
            note: row.get(5).to_string(),
            file: file.to_string(),
            line: row.line,
        });
    }
    check_unique_ids(out.iter().map(|a| (a.id.as_str(), file, a.line)))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn officeholder_errors_name_the_line() {
        let head = "id\tcountry\toffice\tsector\tname\taliases\tstart\tend\n";
        let bad_code = format!("{head}x.y\tXXX\thead_of_state\tGOV\tA B\t\t2000-01-01\t\n");
        assert_eq!(
            parse_officeholders("o.tsv", &bad_code).unwrap_err().to_string(),
            "o.tsv:2: unknown entity code \"XXX\": not ISO 3166 alpha-3, KOS or a PLOVER special code"
        );
        let bad_date = format!("{head}x.y\tAZE\thead_of_state\tGOV\tA B\t\t2000-13-01\t\n");
        assert!(parse_officeholders("o.tsv", &bad_date).unwrap_err().to_string().starts_with("o.tsv:2: start"));
        let reversed = format!("{head}x.y\tAZE\thead_of_state\tGOV\tA B\t\t2000-01-01\t1999-01-01\n");
        assert_eq!(parse_officeholders("o.tsv", &reversed).unwrap_err().to_string(), "o.tsv:2: end is before start");
        let ok = format!("{head}aze.head_of_state.aliyev\tAZE\thead_of_state\tGOV\tIlham Aliyev\tAliyev; I. Aliyev\t2003-10-31\t\n");
        let o = &parse_officeholders("o.tsv", &ok).unwrap()[0];
        assert_eq!(o.aliases, ["Aliyev", "I. Aliyev"]);
        assert!(o.in_office(NaiveDate::from_ymd_opt(2019, 10, 22).unwrap()));
        assert!(!o.in_office(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()));
    }

    #[test]
    fn country_kinds_and_sector_notes() {
        let text = "code\tkind\ttext\tnote\nUSA\tseat\tPentagon\tsector MIL\nAZE\tcapitol\tBaku\t\n";
        let e = parse_countries("c.tsv", text).unwrap_err();
        assert_eq!(e.line, 3);
        let ok = parse_countries("c.tsv", "code\tkind\ttext\tnote\nUSA\tseat\tPentagon\tsector MIL\n").unwrap();
        assert_eq!(ok[0].sector, Some(Sector::MIL));
    }

    #[test]
    fn duplicate_ids_are_rejected() {
        let text = "id\tsector\tcameo\toffice\tforms\tnote\nagent.police\tCOP\tCOP\t\tpolice\t\nagent.police\tCOP\tCOP\t\tpoliceman\t\n";
        assert_eq!(parse_agents("a.tsv", text).unwrap_err().to_string(), "a.tsv:3: duplicate id \"agent.police\" (first at a.tsv:2)");
    }
}
