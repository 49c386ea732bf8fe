//! Composing one actor unit from the dictionary pieces of a sentence:
//! references ("he", "the two countries"), modifiers ("Chinese", "China's",
//! "Hezbollah guerrillas"), the head (roles, an organisation, an
//! officeholder, a country), its complements ("of the Republic of
//! Azerbaijan", the holder's name after a title) and names no dictionary
//! knows, each a stage of [`unit`]: one unit is [det] [country modifiers]
//! [roles] [of COUNTRY] [name] | country | org | person.

use dyad_dict::{CountryKind, Dictionaries, WordClass};
use dyad_ontology::plover::Sector;

use super::names::{descriptive_word, is_name_part, is_name_token, is_title_word, name_end, surname_piece};
use super::{agent_after, agent_of, former_of, office_consistent, org_of, person_of, Mention, Piece, NON_STATE_FORCES, Reference};
use crate::Sentence;

/// What the reference stage found at the start of a unit.
enum Step {
    /// A whole unit: its end and mentions.
    Found((usize, Vec<Mention>)),
    /// No reference: the unit goes on at this token (after determiners).
    From(usize),
}

/// References: pronouns ("he", "we"), "its country", "the two sides", a
/// definite description of a group or country named before ("the group",
/// "the war-torn country"). Determiners are skipped.
#[allow(clippy::type_complexity)]
fn reference(s: &Sentence<'_>, dict: &Dictionaries, piece_at: &[Option<(usize, Vec<Piece>)>], start: usize) -> Step {
    let n = s.tokens.len();
    let mut i = start;
    let lower = |k: usize| s.lower[k].as_ref();
    // References: pronouns and "the two countries"-style phrases.
    if i < n && dict.closed.is(WordClass::Pronoun, lower(i)) {
        let reference = match lower(i) {
            "he" | "she" | "him" => Reference::Person,
            // "I will never surrender," he said: the speaker, as "we" is
            // the speaker's side.
            "we" | "us" | "i" | "me" => Reference::Speaker,
            _ => Reference::Group,
        };
        return Step::Found((i + 1, vec![Mention { reference: Some(reference), ..Mention::default() }]));
    }
    if i + 1 < n && dict.closed.is(WordClass::Possessive, lower(i)) && matches!(lower(i + 1), "country" | "government" | "side") {
        return Step::Found((i + 2, vec![Mention { reference: Some(Reference::OwnCountry), ..Mention::default() }]));
    }
    let mut det = false;
    while i < n && dict.closed.is(WordClass::Determiner, lower(i)) && piece_at[i].is_none() {
        det = true;
        i += 1;
    }
    if i + 1 < n && (lower(i) == "two" || lower(i) == "both") {
        i += 1;
    }
    if i < n && det && matches!(lower(i), "parties" | "sides" | "countries" | "nations" | "states") {
        return Step::Found((i + 1, vec![Mention { reference: Some(Reference::BothParties), role_only: true, ..Mention::default() }]));
    }
    // "the group said", "the country will": a definite description of a
    // group or country named before; not "the group of protesters" (the
    // protesters) or "the country's president" (a modifier).
    if i == start + 1 {
        let definite = matches!(lower(start), "the" | "this" | "that");
        let followed_by = |w: &str| i + 1 < n && lower(i + 1) == w;
        let followed_by_at = |k: usize, w: &str| k + 1 < n && lower(k + 1) == w;
        let group_noun = |w: &str| matches!(w, "group" | "organisation" | "organization" | "movement");
        if definite && i < n && piece_at[i].is_none() && !followed_by("of") && !followed_by("'s") {
            let reference = match lower(i) {
                w if group_noun(w) => Some(Reference::Organisation),
                "country" | "nation" => Some(Reference::Country),
                _ => None,
            };
            if let Some(reference) = reference {
                return Step::Found((i + 1, vec![Mention { reference: Some(reference), role_only: true, ..Mention::default() }]));
            }
        }
        // "the group's remaining fighters", "the movement's leaders": the
        // people of a group named before are that group.
        if definite && followed_by("'s") && group_noun(lower(i)) {
            // (Up to two modifiers: "remaining", "senior", "foreign".)
            let mut k = i + 2;
            while k < n && k < i + 4 && piece_at[k].is_none() && s.lower[k].chars().all(|c| c.is_alphabetic() || c == '-') && !dict.closed.is(WordClass::Function, lower(k)) {
                k += 1;
            }
            if let Some((end, pieces)) = piece_at.get(k).and_then(|p| p.as_ref()) {
                if agent_of(pieces).is_some() {
                    return Step::Found((*end, vec![Mention { reference: Some(Reference::Organisation), role_only: true, ..Mention::default() }]));
                }
            }
        }
        // "the Central Asian nation will discuss", "the tiny Pacific island
        // nation", "the war-torn country": a country named before, described.
        if definite {
            let mut k = i;
            while k < n && k < i + 4 && piece_at[k].is_none() && descriptive_word(s, dict, k) {
                k += 1;
            }
            if k > i && k < n && matches!(lower(k), "country" | "nation") && piece_at[k].is_none() && !followed_by_at(k, "of") && !followed_by_at(k, "'s") {
                return Step::Found((k + 1, vec![Mention { reference: Some(Reference::Country), role_only: true, ..Mention::default() }]));
            }
        }
    }
    Step::From(i)
}

/// One actor unit being composed from `start`; each stage reads on from `i`.
struct Unit<'s, 'a, 'd> {
    s: &'a Sentence<'s>,
    dict: &'d Dictionaries,
    piece_at: &'a [Option<(usize, Vec<Piece<'d>>)>],
    start: usize,
    i: usize,
    countries: Vec<(&'d str, Option<Sector>, String, CountryKind)>,
    mention: Mention,
    roles: bool,
    org: Option<usize>,
    person: Option<usize>,
    /// Tokens of the phrase that named the person (1 for a bare surname)
    /// and where it starts.
    person_tokens: usize,
    person_at: usize,
    /// A role follows the person ("the Bush administration").
    role_after: bool,
    former_holder: Option<usize>,
    /// The name of a role's holder written after it ("Erdogan spokesman
    /// Ibrahim Kalin").
    holder_name: Option<String>,
}

/// The actor unit starting at token `start`: its end and mentions (one per
/// country of a compound "Hungarian and Romanian"), or `None`.
#[allow(clippy::type_complexity)]
pub(super) fn unit<'d>(s: &Sentence<'_>, dict: &'d Dictionaries, piece_at: &[Option<(usize, Vec<Piece<'d>>)>], start: usize) -> Option<(usize, Vec<Mention>)> {
    let i = match reference(s, dict, piece_at, start) {
        Step::Found(found) => return Some(found),
        Step::From(i) => i,
    };
    let mut u = Unit {
        s,
        dict,
        piece_at,
        start,
        i,
        countries: Vec::new(),
        mention: Mention::default(),
        roles: false,
        org: None,
        person: None,
        person_tokens: 0,
        person_at: 0,
        role_after: false,
        former_holder: None,
        holder_name: None,
    };
    u.modifiers()?;
    u.head()?;
    u.complements()?;
    u.names()?;
    u.into_mentions()
}

impl Unit<'_, '_, '_> {
    /// Modifiers: adjectives ("Chinese"), possessive names ("China's"), an organisation naming whose people these are, a title before "of <country>".
    fn modifiers(&mut self) -> Option<()> {
        let (s, dict, piece_at) = (self.s, self.dict, self.piece_at);
        let n = s.tokens.len();
        let lower = |k: usize| s.lower[k].as_ref();
        // Modifiers: adjectives ("Chinese"), possessive names ("China's"),
        // coordinated adjectives ("Hungarian and Romanian").
        while let Some((end, pieces)) = piece_at.get(self.i).and_then(|p| p.as_ref()) {
            let country = pieces.iter().find_map(|p| match p {
                Piece::Country { code, kind, sector, id } => Some((*code, *sector, id.clone(), *kind)),
                _ => None,
            });
            let Some(c) = country else {
                // An organisation naming whose people these are: "Hezbollah
                // guerrillas", "U.N. helicopters", "European Community foreign ministers".
                if let Some(o) = org_of(pieces) {
                    if let Some(agent_at) = agent_after(s, dict, piece_at, *end, true) {
                        self.org = Some(o);
                        self.i = agent_at;
                    }
                }
                break;
            };
            let possessive = *end < n && s.lower[*end] == "'s";
            // A country name used as a modifier: "Ivory Coast rebels", "Benin police".
            if c.3 == CountryKind::Name && !possessive {
                if let Some(agent_at) = agent_after(s, dict, piece_at, *end, true) {
                    self.countries.push(c);
                    self.i = agent_at;
                    break;
                }
            }
            if c.3 == CountryKind::Adjective {
                self.countries.push(c);
                self.i = *end;
                // Descriptive words between the nationality and the role: "Irish
                // nationalist guerrillas", "Angry French paper workers".
                if let Some(agent_at) = agent_after(s, dict, piece_at, self.i, false) {
                    self.i = agent_at;
                }
                if self.i + 1 < n && lower(self.i) == "and" && piece_at[self.i + 1].as_ref().is_some_and(|(_, ps)| ps.iter().any(|p| matches!(p, Piece::Country { kind: CountryKind::Adjective, .. }))) {
                    self.i += 1;
                }
                continue;
            }
            if possessive {
                self.countries.push(c);
                self.i = *end + 1;
                // "Nicaragua's Sandinista government"
                if let Some(agent_at) = agent_after(s, dict, piece_at, self.i, false) {
                    self.i = agent_at;
                }
                continue;
            }
            break;
        }
        // An office we have no dictionary entry for, written as a title before
        // "of <country>": "Member of State Council of the People's Republic of China".
        if self.countries.is_empty() && piece_at.get(self.i).is_some_and(|p| p.is_none()) && self.i < n && self.i > 0 && is_title_word(s, self.i) {
            let mut j = self.i;
            while j < n && piece_at[j].is_none() && (is_title_word(s, j) || (lower(j) == "of" && j + 1 < n && is_title_word(s, j + 1))) && j < self.i + 6 {
                j += 1;
            }
            if j + 1 < n && j > self.i && lower(j) == "of" {
                let mut k = j + 1;
                while k < n && dict.closed.is(WordClass::Determiner, lower(k)) && piece_at[k].is_none() {
                    k += 1;
                }
                let country_follows = piece_at.get(k).and_then(|p| p.as_ref()).is_some_and(|(_, ps)| {
                    ps.iter().any(|p| matches!(p, Piece::Country { kind: CountryKind::Name, .. } | Piece::Org { .. }))
                });
                if country_follows {
                    self.roles = true;
                    self.i = j;
                }
            }
        }
        Some(())
    }
    /// The head: roles, an organisation, a person or a country name; `None` when a role word is only a modifier ("military cooperation").
    fn head(&mut self) -> Option<()> {
        let (s, dict, piece_at) = (self.s, self.dict, self.piece_at);
        let n = s.tokens.len();
        let lower = |k: usize| s.lower[k].as_ref();
        // The head: self.roles, an organisation, a self.person or a country name.
        while let Some((end, pieces)) = piece_at.get(self.i).and_then(|p| p.as_ref()) {
            let agent = agent_of(pieces);
            let holder = person_of(pieces);
            let former = former_of(pieces);
            if holder.is_none() {
                if let Some(f) = former {
                    self.former_holder = Some(f);
                    self.person_tokens = *end - self.i;
                    self.person_at = self.i;
                    self.i = *end;
                    break;
                }
            }
            let organisation = org_of(pieces);
            if let Some(h) = holder {
                self.person = Some(h);
                self.person_tokens = *end - self.i;
                self.person_at = self.i;
                self.i = *end;
                break;
            }
            if let Some(a) = agent {
                let ag = &dict.agents[a];
                if ag.sector.is_some() && (self.mention.sector.is_none() || self.mention.sector == Some(Sector::GOV)) {
                    self.mention.sector = ag.sector;
                    self.mention.cameo_roles = ag.cameo.clone();
                }
                if ag.office.is_some() {
                    self.mention.office = ag.office.clone();
                }
                self.mention.sources.push(ag.id.clone());
                self.roles = true;
                self.i = *end;
                continue;
            }
            if let Some(o) = organisation {
                self.org = Some(o);
                self.i = *end;
                break;
            }
            if !self.roles && self.countries.is_empty() {
                if let Some(c) = pieces.iter().find_map(|p| match p {
                    Piece::Country { code, kind, sector, id } => Some((*code, *sector, id.clone(), *kind)),
                    _ => None,
                }) {
                    self.countries.push(c);
                    self.i = *end;
                }
            }
            break;
        }
        // A role word used as a modifier is no actor: "military cooperation",
        // "terrorist attack", "police station".
        // A generic group noun after the role is its head: "opposition groups",
        // "rebel leaders", "government sources".
        while self.roles && self.i < n && piece_at[self.i].is_none() && dict.closed.is(WordClass::GroupNoun, lower(self.i)) {
            self.i += 1;
        }
        if self.roles && self.countries.is_empty() && self.org.is_none() && self.person.is_none() && self.i < n && piece_at[self.i].is_none() {
            let c = dict.lexicon.classes(s.words[self.i]);
            let lowercase = s.texts[self.i].chars().next().is_some_and(char::is_lowercase);
            // In text without capitals a title's holder is written in lower
            // case too: "vice-president moody awori declined".
            let title_before_name = s.uniform_case && self.mention.office.is_some();
            if lowercase && c.noun() && !c.verb() && !title_before_name && !dict.closed.is(WordClass::Function, lower(self.i)) {
                return None;
            }
        }
        Some(())
    }
    /// After the head: a role after a person, the holder's name after a role, "of <country>" and more titles, a person's name after a role.
    fn complements(&mut self) -> Option<()> {
        let (s, dict, piece_at) = (self.s, self.dict, self.piece_at);
        let n = s.tokens.len();
        let lower = |k: usize| s.lower[k].as_ref();
        // A role after a named person: "the Bush administration".
        if self.person.is_some() || self.former_holder.is_some() {
            while let Some((end, pieces)) = piece_at.get(self.i).and_then(|p| p.as_ref()) {
                let Some(a) = agent_of(pieces) else { break };
                let ag = &dict.agents[a];
                if ag.sector.is_some() {
                    self.mention.sector = ag.sector;
                    self.mention.cameo_roles = ag.cameo.clone();
                }
                self.mention.sources.push(ag.id.clone());
                self.role_after = true;
                self.i = *end;
            }
        }
        // The role's holder named after it: "Erdogan spokesman Ibrahim Kalin".
        if self.role_after {
            let j = name_end(s, dict, piece_at, self.i, 4);
            if j > self.i {
                self.holder_name = Some(s.texts[self.i..j].join(" "));
                self.i = j;
            }
        }
        // "of the Republic of Azerbaijan", "of the PRC" after a role; "in" and
        // "from" too when the role has no country yet ("opposition groups in
        // Zimbabwe", "activists from Gaza").
        while self.roles && self.i + 1 < n && (lower(self.i) == "of" || (self.countries.is_empty() && self.org.is_none() && matches!(lower(self.i), "in" | "from"))) {
            let mut j = self.i + 1;
            while j < n && dict.closed.is(WordClass::Determiner, lower(j)) && piece_at[j].is_none() {
                j += 1;
            }
            let Some((end, pieces)) = piece_at.get(j).and_then(|p| p.as_ref()) else { break };
            // "the ruling party in Ankara", "police in Kabul": a capital after
            // "in" or "from" places the role in its country (it is no
            // government speaking there).
            // ("Western diplomats in Moscow", "foreign troops in Syria": others
            // there, not the country's own.)
            let outsiders = self.start > 0 && (dict.closed.is(WordClass::RegionAdjective, lower(self.start - 1)) || dict.closed.is(WordClass::OutsiderAdjective, lower(self.start - 1)));
            // ("recalled its ambassador from Algeria": a possessor's own
            // role, posted there.)
            let owned = dict.closed.is(WordClass::Possessive, lower(self.start));
            if (outsiders || owned) && matches!(lower(self.i), "in" | "from") {
                break;
            }
            let located = lower(self.i) != "of";
            if let Some(c) = pieces.iter().find_map(|p| match p {
                Piece::Country { code, kind, sector, id } if *kind == CountryKind::Name => Some((*code, *sector, id.clone(), *kind)),
                Piece::Country { code, kind: CountryKind::Capital, id, .. } if located => Some((*code, None, id.clone(), CountryKind::Name)),
                _ => None,
            }) {
                if self.countries.is_empty() {
                    self.countries.push(c);
                }
                self.i = *end;
            } else if let Some(o) = org_of(pieces) {
                self.org.get_or_insert(o);
                self.i = *end;
            } else if pieces.iter().any(|p| matches!(p, Piece::Agent { .. })) {
                // "Member of State Council": another role; keep reading.
                self.i = j;
                while let Some((e, ps)) = piece_at.get(self.i).and_then(|p| p.as_ref()) {
                    if ps.iter().any(|p| matches!(p, Piece::Agent { .. })) { self.i = *e } else { break }
                }
            } else {
                break;
            }
        }
        // More titles after "of COUNTRY": "Minister of Defense of the PRC Colonel General ...".
        while self.roles && self.person.is_none() {
            let Some((end, pieces)) = piece_at.get(self.i).and_then(|p| p.as_ref()) else { break };
            let Some(a) = agent_of(pieces) else { break };
            let ag = &dict.agents[a];
            if ag.sector.is_some() && (self.mention.sector.is_none() || self.mention.sector == Some(Sector::GOV)) {
                self.mention.sector = ag.sector;
                self.mention.cameo_roles = ag.cameo.clone();
            }
            self.mention.sources.push(ag.id.clone());
            self.i = *end;
        }
        // A self.person's name after a role: "Colonel General Zakir Hasanov", "Minister W. Fenghe".
        if self.person.is_none() {
            if let Some((end, pieces)) = piece_at.get(self.i).and_then(|p| p.as_ref()) {
                if let Some(h) = person_of(pieces) {
                    self.person = Some(h);
                    self.person_tokens = *end - self.i;
                    self.person_at = self.i;
                    self.i = *end;
                } else if let Some(h) = former_of(pieces) {
                    self.former_holder = Some(h);
                    self.person_tokens = *end - self.i;
                    self.person_at = self.i;
                    self.i = *end;
                }
            }
        }
        Some(())
    }
    /// Names no dictionary gives whole: a holder after a title, a bare name, an initial and a surname; a bare surname of an officeholder without a title of the office is only a name.
    fn names(&mut self) -> Option<()> {
        let (s, dict, piece_at) = (self.s, self.dict, self.piece_at);
        let n = s.tokens.len();
        if self.person.is_none() && self.former_holder.is_none() && (self.roles || !self.countries.is_empty()) {
            let mut j = self.i;
            while j < n && is_name_part(s, dict, piece_at, j) && (piece_at[j].is_none() || (j > self.i && surname_piece(piece_at, j))) {
                j += 1;
            }
            // Royals are named by title and given name, and given names are
            // often dictionary words ("Prince Mohammed", "King Abdullah"): a
            // capitalised word known only as a noun after a royal title is
            // the name.
            let royal = self.mention.sources.iter().any(|id| matches!(id.as_str(), "agent.monarch" | "agent.crown_prince" | "agent.royal_family"));
            if j == self.i && royal && self.i < n && piece_at[self.i].is_none() && is_title_word(s, self.i) {
                let c = dict.lexicon.classes(s.words[self.i]);
                if c.noun() && !c.verb() && !c.adjective() && !dict.closed.is(WordClass::PatternAdverbial, &s.lower[self.i]) {
                    j += 1;
                }
            }
            // Without capitals, the words after a title that no dictionary
            // knows are its holder's name: "secretary general chadli klibi".
            if j == self.i && s.uniform_case && self.mention.office.is_some() {
                let word = |k: usize| k < n && piece_at[k].is_none() && s.lower[k].chars().all(char::is_alphabetic) && !dict.closed.is(WordClass::Function, &s.lower[k]);
                let unknown = |k: usize| word(k) && dict.lexicon.verb_readings(s.words[k]).is_empty() && !dict.lexicon.classes(s.words[k]).known();
                let plain_word = |k: usize| word(k) && !dict.lexicon.classes(s.words[k]).verb();
                while j < self.i + 3 && (unknown(j) || (plain_word(j) && unknown(j + 1))) {
                    j += 1;
                }
            }
            if j > self.i && !(j == self.i + 1 && s.texts[self.i].ends_with('.')) {
                self.mention.person = Some(s.texts[self.i..j].join(" "));
                self.i = j;
            }
        } else if self.person.is_none() && self.former_holder.is_none() && self.org.is_none() && self.i == self.start && self.i < n && is_name_part(s, dict, piece_at, self.i) && !s.texts[self.i].ends_with('.') && piece_at[self.i].is_none() && !opening_word(s, self.i) {
            // A bare name ("Shen reaffirmed"): somebody the document introduced
            // before, or nobody the coder can place.
            let j = name_end(s, dict, piece_at, self.i, 3);
            self.mention.person = Some(s.texts[self.i..j].join(" "));
            self.mention.role_only = true;
            self.mention.bare_name = true;
            self.i = j;
        } else if self.person.is_none() && self.i < n && is_name_token(s, dict, self.i) && s.texts[self.i].ends_with('.') {
            // "W. Fenghe": an initial and a surname, resolved against the document.
            let mut j = self.i + 1;
            while j < n && is_name_token(s, dict, j) && !s.texts[j].ends_with('.') && piece_at[j].is_none() {
                j += 1;
            }
            if j > self.i + 1 {
                self.mention.person = Some(s.texts[self.i..j].join(" "));
                self.mention.role_only = true;
                self.i = j;
            }
        }
        // A bare surname ("Ahmed", "Abbott", "Abbas") names an officeholder only
        // with a title of that office ("Prime Minister Abbott"); else it is a
        // name for the document to resolve: the self.person it named before, or
        // nobody (any Ahmed is not Ethiopia's prime minister).
        if let Some(h) = self.person.or(self.former_holder) {
            let o = &dict.officeholders[h];
            let surname_only = self.person_tokens == 1 && o.name.split_whitespace().count() > 1;
            if surname_only && !self.role_after && !office_consistent(self.mention.office.as_deref(), o.office) {
                let written = s.texts[self.person_at].to_string();
                self.person = None;
                self.former_holder = None;
                self.mention.person = Some(written);
                self.mention.bare_name = self.mention.office.is_none() && self.mention.sector.is_none();
                self.mention.role_only = self.mention.sector.is_some();
            }
        }
        Some(())
    }
    /// The unit's mentions: the officeholder's, organisation's and
    /// countries' facts folded in, one mention per country.
    fn into_mentions(mut self) -> Option<(usize, Vec<Mention>)> {
        let (s, dict) = (self.s, self.dict);
        // "the shadow home secretary", "Labour's shadow chancellor": the
        // opposition's spokesperson for an office, not its holder.
        let shadow = self.start > 0 && s.lower[self.start - 1] == "shadow" && self.mention.office.is_some();
        if shadow {
            if self.person_tokens == 1 {
                self.person = None;
            }
            self.mention.office = None;
            self.mention.sector = Some(Sector::OPP);
            self.mention.cameo_roles = "OPP".into();
        }
        if let Some(h) = self.person {
            let o = &dict.officeholders[h];
            self.mention.code = Some(o.country.clone());
            if !shadow && (self.mention.sector.is_none() || self.mention.sector == Some(Sector::GOV)) {
                self.mention.sector = Some(o.sector);
                self.mention.cameo_roles = if o.sector == Sector::MIL { "GOVMIL".into() } else { o.sector.to_string() };
            }
            self.mention.identifier = Some(o.name.clone());
            if !shadow {
                self.mention.office = Some(o.office.as_text().to_string());
            }
            self.mention.person = Some(o.name.clone());
            self.mention.sources.push(o.id.clone());
        }
        if let Some(h) = self.former_holder {
            let o = &dict.officeholders[h];
            self.mention.code = Some(o.country.clone());
            if self.mention.sector.is_none() {
                // Named without a title outside the term: a former official.
                self.mention.sector = Some(Sector::ELI);
                self.mention.cameo_roles = "ELI".into();
            }
            self.mention.identifier = Some(o.name.clone());
            self.mention.person = Some(o.name.clone());
            self.mention.sources.push(o.id.clone());
        }
        // The named self.person holds the role; the officeholder only qualified it.
        if let Some(name) = self.holder_name {
            self.mention.person = Some(name);
            self.mention.identifier = None;
            self.mention.office = None;
        }
        if let Some(o) = self.org {
            let org = &dict.organisations[o];
            self.mention.code = Some(org.code.clone());
            if org.sector.is_some() {
                self.mention.sector = org.sector;
            }
            self.mention.cameo_code = Some(org.cameo.clone()).filter(|c| !c.is_empty());
            self.mention.identifier = Some(org.name.clone());
            self.mention.sources.push(org.id.clone());
        }
        if self.i == self.start || (self.i > self.start && !self.roles && self.countries.is_empty() && self.person.is_none() && self.former_holder.is_none() && self.org.is_none() && self.mention.person.is_none()) {
            return None;
        }
        if self.countries.is_empty() {
            if self.mention.code.is_none() {
                if !self.roles && self.mention.person.is_none() {
                    return None;
                }
                self.mention.role_only = self.mention.person.is_none() || self.mention.role_only;
                // "Kurdish forces", "Kurdish-led forces", "separatist troops",
                // "Kurdish militias": forces of a people, sect or cause are
                // no state's, and an armed group with a cause.
                let before = (self.start > 0).then(|| s.lower[self.start - 1].as_ref());
                let non_state = before.is_some_and(|w| dict.closed.is(WordClass::NonStateAdjective, w.strip_suffix("-led").unwrap_or(w)));
                if non_state && matches!(self.mention.sector, Some(Sector::MIL | Sector::COP | Sector::UAF)) {
                    // (State forces' words still weigh as armed forces.)
                    if self.mention.sector != Some(Sector::UAF) {
                        self.mention.sources.push(NON_STATE_FORCES.into());
                    }
                    self.mention.sector = Some(Sector::REB);
                    self.mention.cameo_roles = "REB".into();
                }
                // "the Chinese side" is handled by adjectives; "the side" alone is vague.
            }
            return Some((self.i, vec![self.mention]));
        }
        let side = self.i < s.lower.len() && s.lower[self.i] == "side";
        if side {
            self.i += 1;
        }
        let mut out = Vec::new();
        for (code, sector, id, kind) in self.countries {
            let mut m = self.mention.clone();
            if m.code.is_none() {
                m.code = Some(code.to_string());
            }
            if m.sector.is_none() {
                if let Some(sec) = sector {
                    m.sector = Some(sec);
                    m.cameo_roles = sec.to_string();
                } else if matches!(kind, CountryKind::Capital | CountryKind::Seat) {
                    m.sector = Some(Sector::GOV);
                    m.cameo_roles = "GOV".into();
                }
            }
            m.metonym_place = kind == CountryKind::DemonymPlural && !self.roles;
            m.capital = kind == CountryKind::Capital;
            // "ethnic Albanians", "ethnic Turks": a group of people wherever they
            // live, not the state; the coder places them by the sentence.
            if (self.start..self.i).any(|k| s.lower[k] == "ethnic") || (self.start > 0 && s.lower[self.start - 1] == "ethnic") {
                m.ethnic = true;
            }
            if side {
                m.sector.get_or_insert(Sector::GOV);
            }
            m.sources.push(id);
            m.role_only = false;
            out.push(m);
        }
        Some((self.i, out))
    }
}

/// A preposition or conjunction that opens the sentence, capitalised only
/// for that ("For the past two nights", "Since 2011"): no name.
fn opening_word(s: &Sentence<'_>, i: usize) -> bool {
    let first = i == 0 || matches!(s.texts[i - 1], "\"" | "\u{201c}" | "'" | "(" | "\u{2018}");
    first
        && matches!(
            s.lower[i].as_ref(),
            "for" | "since" | "after" | "before" | "with" | "from" | "at" | "in" | "on" | "by" | "if" | "but" | "and" | "as" | "so" | "then" | "though" | "although" | "while" | "when" | "during" | "until" | "despite" | "amid" | "under" | "over" | "without" | "meanwhile" | "instead"
        )
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use chrono::NaiveDate;
    use dyad_segment::Span;

    use super::*;

    fn dict() -> &'static Dictionaries {
        static D: OnceLock<Dictionaries> = OnceLock::new();
        D.get_or_init(|| Dictionaries::builtin().expect("built-in dictionaries"))
    }

    /// The mentions of the first actor phrase of `text` (as of June 2019).
    fn first(text: &str) -> Vec<Mention> {
        let rec = crate::recognize(text, Span { start: 0, end: text.len() }, dict(), NaiveDate::from_ymd_opt(2019, 6, 5).unwrap());
        rec.actors.first().map(|p| p.mentions.clone()).unwrap_or_default()
    }

    fn codes(ms: &[Mention]) -> Vec<(Option<String>, Option<String>)> {
        ms.iter().map(|m| (m.code.clone(), m.sector.map(|s| s.to_string()))).collect()
    }

    #[test]
    fn references_are_resolved_later() {
        assert_eq!(first("He said the talks failed.")[0].reference, Some(Reference::Person));
        assert_eq!(first("The two countries agreed to talk.")[0].reference, Some(Reference::BothParties));
        assert_eq!(first("The war-torn country will vote.")[0].reference, Some(Reference::Country));
    }

    #[test]
    fn modifiers_and_head_give_country_and_sector() {
        assert_eq!(codes(&first("Ivory Coast rebels attacked the town.")), [(Some("CIV".into()), Some("REB".into()))]);
        // Two nationalities: one mention each.
        assert_eq!(codes(&first("Hungarian and Romanian troops crossed the border.")), [(Some("HUN".into()), Some("MIL".into())), (Some("ROU".into()), Some("MIL".into()))]);
    }

    #[test]
    fn complements_give_the_country_of_a_title() {
        let m = first("The Minister of Defense of the Republic of Azerbaijan met reporters.");
        assert_eq!(codes(&m), [(Some("AZE".into()), Some("MIL".into()))]);
    }

    #[test]
    fn a_bare_surname_is_only_a_name_without_a_title_of_the_office() {
        let bare = first("Abbott said the talks failed.");
        assert!(bare.first().is_none_or(|m| m.code.is_none()), "{bare:?}");
        let titled = first("Prime Minister Tony Abbott said the talks failed.");
        assert_eq!(titled[0].code.as_deref(), Some("AUS"));
    }
}
