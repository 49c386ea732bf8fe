//! Actor noun phrases: dictionary matches composed into who-is-who.
//!
//! "Minister of Defense of the Republic of Azerbaijan, Colonel General Zakir
//! Hasanov" is one actor (AZE, MIL, person Zakir Hasanov); "the US and
//! France" two (a compound actor); "Chinese defence minister" CHN MIL;
//! "the Minister" a role still to be resolved against the document.

use chrono::NaiveDate;
use dyad_dict::{ActorRef, CountryKind, Dictionaries, PhraseMatch};
use dyad_segment::Span;
use dyad_ontology::plover::Sector;

use dyad_dict::WordClass;
use crate::Sentence;

mod names;
use names::{descriptive_word, is_name_part, is_name_token, is_title_word, name_end, surname_piece};

/// One entity named by an actor phrase.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Mention {
    /// PLOVER code, when the phrase says which country or organisation.
    pub code: Option<String>,
    /// PLOVER sector, when a role, office or organisation gives one.
    pub sector: Option<Sector>,
    /// CAMEO role codes to append to the country code ("GOVMIL").
    pub cameo_roles: String,
    /// The full CAMEO code of an organisation.
    pub cameo_code: Option<String>,
    /// Canonical name (officeholder, organisation).
    pub identifier: Option<String>,
    /// Office, if the phrase names one.
    pub office: Option<String>,
    /// A person's name as written ("Zakir Hasanov", "W. Fenghe").
    pub person: Option<String>,
    /// Dictionary ids of the entries used, for evidence.
    pub sources: Vec<String>,
    /// A pronoun or a reference like "his country", "the two countries":
    /// to be resolved against the document.
    pub reference: Option<Reference>,
    /// The phrase is a bare role ("the Minister", "the parties").
    pub role_only: bool,
    /// The phrase refers to a country's people or a place rather than its
    /// government ("Nigerians", "in Beijing") — not an actor by itself.
    pub metonym_place: bool,
    /// The phrase names the country by its capital ("Moscow said"), which
    /// also names treaties and processes ("the Minsk agreements").
    pub capital: bool,
    /// A capitalised name with no title or country ("Shen said"): only the
    /// document can say who it is.
    pub bare_name: bool,
    /// An ethnic group named by a nationality word ("ethnic Albanians"):
    /// its country is where it lives, not the one the word names.
    pub ethnic: bool,
}

/// A reference to be resolved against earlier mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// "he", "she", "him".
    Person,
    /// "it", "they", "them".
    Group,
    /// "we", "us", "I", "me": whoever speaks (the quote's speaker) or their
    /// side, never the last group named.
    Speaker,
    /// "his country", "its country", "their country".
    OwnCountry,
    /// "the two countries", "both sides", "the parties", "the sides".
    BothParties,
    /// "the Chinese side", "the Azerbaijani side": the country's government.
    Side,
    /// "the group", "the organisation", "the movement": the non-state group
    /// the document last named.
    Organisation,
    /// "the country", "the nation": the country the document last named.
    Country,
}

/// A noun phrase naming one or more actors.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorPhrase {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Byte span in the document text.
    pub span: Span,
    /// The entities (several for "the US and France").
    pub mentions: Vec<Mention>,
}

/// What a token contributes to an actor phrase.
#[derive(Debug, Clone)]
enum Piece<'d> {
    Country { code: &'d str, kind: CountryKind, sector: Option<Sector>, id: String },
    Person { idx: usize },
    /// An officeholder named outside their term: still their country's
    /// person, but the office is not theirs on this date.
    FormerHolder { idx: usize },
    Org { idx: usize },
    Agent { idx: usize },
}

/// The index of the first piece of each kind among a phrase's pieces.
fn org_of(pieces: &[Piece]) -> Option<usize> {
    pieces.iter().find_map(|p| if let Piece::Org { idx } = p { Some(*idx) } else { None })
}

fn agent_of(pieces: &[Piece]) -> Option<usize> {
    pieces.iter().find_map(|p| if let Piece::Agent { idx } = p { Some(*idx) } else { None })
}

fn person_of(pieces: &[Piece]) -> Option<usize> {
    pieces.iter().find_map(|p| if let Piece::Person { idx } = p { Some(*idx) } else { None })
}

fn former_of(pieces: &[Piece]) -> Option<usize> {
    pieces.iter().find_map(|p| if let Piece::FormerHolder { idx } = p { Some(*idx) } else { None })
}

fn pieces_of<'d>(dict: &'d Dictionaries, m: &PhraseMatch, date: NaiveDate) -> Vec<Piece<'d>> {
    let mut out = Vec::new();
    for r in &m.refs {
        match *r {
            ActorRef::Country(i) => {
                let c = &dict.countries[i as usize];
                out.push(Piece::Country {
                    code: &c.code,
                    kind: c.kind,
                    sector: c.sector,
                    id: format!("countries:{}:{}", c.code, c.line),
                });
            }
            ActorRef::Officeholder(i) => {
                let o = &dict.officeholders[i as usize];
                if o.in_office(date) {
                    out.push(Piece::Person { idx: i as usize });
                } else {
                    out.push(Piece::FormerHolder { idx: i as usize });
                }
            }
            ActorRef::Organisation(i) => out.push(Piece::Org { idx: i as usize }),
            ActorRef::Agent(i) => out.push(Piece::Agent { idx: i as usize }),
        }
    }
    // Several people share a name ("Aliyev"): the one in office wins; a
    // former holder only stands when nobody holds an office under it now.
    if out.iter().any(|p| matches!(p, Piece::Person { .. })) {
        out.retain(|p| !matches!(p, Piece::FormerHolder { .. }));
    }
    out
}

/// Whether a title's office (from the agents dictionary: "president",
/// "prime minister", "minister", ...) fits an officeholder's office.
fn office_consistent(title: Option<&str>, office: dyad_dict::Office) -> bool {
    use dyad_dict::Office;
    let Some(t) = title else { return false };
    match office {
        Office::HeadOfState => matches!(t, "president" | "monarch" | "head of state" | "leader"),
        Office::HeadOfGovernment => matches!(t, "prime minister" | "chancellor" | "head of state" | "leader" | "president"),
        Office::ForeignMinister => t == "minister" || t.contains("foreign"),
        Office::DefenceMinister => t == "minister" || t.contains("defen"),
        Office::InteriorMinister => t == "minister" || t.contains("interior") || t.contains("home") || t.contains("security"),
        Office::Official => t.contains("minister") || matches!(t, "secretary" | "official" | "spokesman" | "spokeswoman" | "adviser" | "advisor" | "ambassador" | "envoy" | "governor" | "president" | "leader"),
    }
}

/// Finds the actor phrases of a sentence.
pub fn find_actor_phrases(s: &Sentence<'_>, dict: &Dictionaries, date: NaiveDate) -> Vec<ActorPhrase> {
    let n = s.tokens.len();
    let mut piece_at: Vec<Option<(usize, Vec<Piece>)>> = vec![None; n];
    for m in &s.phrases {
        let pieces = pieces_of(dict, m, date);
        if !pieces.is_empty() {
            piece_at[m.start] = Some((m.end, pieces));
        }
    }
    let groups = crate::named_groups::find_named_groups(s, dict);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        // An organisation no dictionary knows, unless the dictionaries read
        // a phrase from here at least as long that says whose it is ("Kenya
        // National Union of Teachers": Kenya's union of teachers).
        let here = unit(s, dict, &piece_at, i);
        if let Some(g) = groups.iter().find(|g| g.start == i) {
            if here.as_ref().is_none_or(|(end, ms)| *end < g.end || ms.iter().any(|m| m.code.is_none())) {
                let span = Span { start: s.tokens[g.start].span.start, end: s.tokens[g.end - 1].span.end };
                out.push(ActorPhrase { start: g.start, end: g.end, span, mentions: vec![g.mention.clone()] });
                i = g.end;
                continue;
            }
        }
        match here {
            Some((end, mut mentions)) => {
                let mut end = skip_parenthesis(s, end);
                // Apposition: "the Minister of Defense of Azerbaijan, Colonel General Zakir Hasanov,"
                if end + 1 < n && s.lower[end] == "," {
                    if let Some((e2, m2)) = unit(s, dict, &piece_at, end + 1) {
                        // "killing 156 people, the UN refugee agency reported":
                        // a phrase with its own verb after it is that verb's
                        // subject, not an apposition.
                        let own_verb = e2 < n && {
                            let c = dict.lexicon.classes(s.words[e2]);
                            c.verb() && !c.noun()
                        };
                        if !own_verb && mentions.len() == 1 && m2.len() == 1 && compatible(&mentions[0], &m2[0]) {
                            // "EU Commissioner Stefan Fule, a former minister":
                            // a past office describes; the current one stays.
                            let past = s.lower[end + 1..e2].iter().any(|w| w == "former");
                            let current = (mentions[0].sector, mentions[0].cameo_roles.clone());
                            merge(&mut mentions[0], m2.into_iter().next().unwrap());
                            if past && current.0.is_some() {
                                (mentions[0].sector, mentions[0].cameo_roles) = current;
                            }
                            end = skip_parenthesis(s, e2);
                        }
                    }
                }
                // Coordination: "Azerbaijan and China", "the US, France and Britain".
                // A comma joins only inside a list that goes on ("A, B and C"),
                // so "Iraqi police, and the US" stays two phrases.
                let mut listed = false;
                loop {
                    let (next, via_comma) = if end < n && s.lower[end] == "and" {
                        (end + 1, false)
                    } else if end + 1 < n && s.lower[end] == "," && s.lower[end + 1] == "and" && listed {
                        (end + 2, false)
                    } else if end + 1 < n && s.lower[end] == "," {
                        (end + 1, true)
                    } else {
                        break;
                    };
                    match unit(s, dict, &piece_at, next) {
                        Some((e2, m2))
                            if m2.iter().all(|m| m.code.is_some())
                                && mentions.iter().all(|m| m.code.is_some())
                                && (!via_comma || (e2 < n && matches!(s.lower[e2].as_ref(), "," | "and"))) =>
                        {
                            mentions.extend(m2);
                            end = e2;
                            listed |= via_comma;
                        }
                        _ => break,
                    }
                }
                let span = Span { start: s.tokens[i].span.start, end: s.tokens[end - 1].span.end };
                out.push(ActorPhrase { start: i, end, span, mentions });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// A short aside in parentheses right after a phrase ("(PRC)", "(UN)") is
/// part of it.
fn skip_parenthesis(s: &Sentence<'_>, end: usize) -> usize {
    let n = s.lower.len();
    if end < n && s.lower[end] == "(" {
        if let Some(close) = (end + 1..n.min(end + 6)).find(|&k| s.lower[k] == ")") {
            return close + 1;
        }
    }
    end
}

fn compatible(a: &Mention, b: &Mention) -> bool {
    // "former Yugoslavia, Itar-Tass": a bare name after a comma is the next
    // item of the sentence, not another name for the same actor; after a
    // role it is the person holding it ("the US national security
    // adviser, John Bolton,").
    if b.bare_name && a.code.is_some() && a.person.is_none() && a.sector.is_none() {
        return false;
    }
    let codes_agree = a.code.is_none() || b.code.is_none() || a.code == b.code;
    let one_person = a.person.is_none() || b.person.is_none();
    codes_agree && one_person && a.reference.is_none() && b.reference.is_none()
}

fn merge(a: &mut Mention, b: Mention) {
    if a.code.is_none() {
        a.code = b.code;
        a.cameo_code = a.cameo_code.take().or(b.cameo_code);
    }
    if b.sector.is_some() && (a.sector.is_none() || a.sector == Some(Sector::GOV)) {
        a.sector = b.sector;
        a.cameo_roles = b.cameo_roles;
    }
    a.identifier = a.identifier.take().or(b.identifier);
    a.office = a.office.take().or(b.office);
    a.person = a.person.take().or(b.person);
    a.sources.extend(b.sources);
    a.role_only = a.role_only && b.role_only && a.code.is_none();
}

/// Where a role word starts after at most two descriptive words (lower-case
/// nouns or adjectives that are not verbs, or capitalised names such as
/// "Sandinista"), counting from `from`; `None` if no role follows.
#[allow(clippy::type_complexity)]
fn agent_after(s: &Sentence<'_>, dict: &Dictionaries, piece_at: &[Option<(usize, Vec<Piece>)>], from: usize, after_name: bool) -> Option<usize> {
    let n = s.lower.len();
    let mut k = from;
    for _ in 0..=2 {
        if k >= n {
            return None;
        }
        if let Some((_, ps)) = &piece_at[k] {
            return ps.iter().any(|p| matches!(p, Piece::Agent { .. })).then_some(k);
        }
        let w = s.lower[k].as_ref();
        if dict.closed.is(WordClass::Function, w) || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        let c = dict.lexicon.classes(s.words[k]);
        let capitalised = s.texts[k].chars().next().is_some_and(char::is_uppercase);
        // Right after a country's name a verb form is the clause's verb
        // ("China held joint military exercises"), not a modifier as after
        // an adjective ("Irish armed guerrillas").
        let verb_after_name = after_name && c.verb() && !c.noun();
        let descriptive = (c.adjective() || c.noun()) && !(c.verb() && !c.noun() && !c.adjective()) && !verb_after_name;
        if !(descriptive || (capitalised && !c.known())) {
            return None;
        }
        k += 1;
    }
    None
}

/// One unit: [det] [country modifiers] [roles] [of COUNTRY] [name] | country | org | person.
#[allow(clippy::type_complexity)]
fn unit(s: &Sentence<'_>, dict: &Dictionaries, piece_at: &[Option<(usize, Vec<Piece>)>], start: usize) -> Option<(usize, Vec<Mention>)> {
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
        return Some((i + 1, vec![Mention { reference: Some(reference), ..Mention::default() }]));
    }
    if i + 1 < n && dict.closed.is(WordClass::Possessive, lower(i)) && matches!(lower(i + 1), "country" | "government" | "side") {
        return Some((i + 2, vec![Mention { reference: Some(Reference::OwnCountry), ..Mention::default() }]));
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
        return Some((i + 1, vec![Mention { reference: Some(Reference::BothParties), role_only: true, ..Mention::default() }]));
    }
    // "the group said", "the country will": a definite description of a
    // group or country named before; not "the group of protesters" (the
    // protesters) or "the country's president" (a modifier).
    if i == start + 1 {
        let definite = matches!(lower(start), "the" | "this" | "that");
        let followed_by = |w: &str| i + 1 < n && lower(i + 1) == w;
        let followed_by_at = |k: usize, w: &str| k + 1 < n && lower(k + 1) == w;
        if definite && i < n && piece_at[i].is_none() && !followed_by("of") && !followed_by("'s") {
            let reference = match lower(i) {
                "group" | "organisation" | "organization" | "movement" => Some(Reference::Organisation),
                "country" | "nation" => Some(Reference::Country),
                _ => None,
            };
            if let Some(reference) = reference {
                return Some((i + 1, vec![Mention { reference: Some(reference), role_only: true, ..Mention::default() }]));
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
                return Some((k + 1, vec![Mention { reference: Some(Reference::Country), role_only: true, ..Mention::default() }]));
            }
        }
    }
    let mut countries: Vec<(&str, Option<Sector>, String, CountryKind)> = Vec::new();
    let mut mention = Mention::default();
    let mut roles = false;
    let mut org: Option<usize> = None;
    let mut person: Option<usize> = None;
    // Tokens of the phrase that named the person (1 for a bare surname),
    // where it starts, and whether a role follows it ("the Bush
    // administration").
    let mut person_tokens = 0usize;
    let mut person_at = 0usize;
    let mut role_after = false;
    let mut former_holder: Option<usize> = None;
    // Modifiers: adjectives ("Chinese"), possessive names ("China's"),
    // coordinated adjectives ("Hungarian and Romanian").
    loop {
        let Some((end, pieces)) = piece_at.get(i).and_then(|p| p.as_ref()) else { break };
        let country = pieces.iter().find_map(|p| match p {
            Piece::Country { code, kind, sector, id } => Some((*code, *sector, id.clone(), *kind)),
            _ => None,
        });
        let Some(c) = country else {
            // An organisation naming whose people these are: "Hezbollah
            // guerrillas", "U.N. helicopters", "European Community foreign ministers".
            if let Some(o) = org_of(pieces) {
                if let Some(agent_at) = agent_after(s, dict, piece_at, *end, true) {
                    org = Some(o);
                    i = agent_at;
                }
            }
            break;
        };
        let possessive = *end < n && s.lower[*end] == "'s";
        // A country name used as a modifier: "Ivory Coast rebels", "Benin police".
        if c.3 == CountryKind::Name && !possessive {
            if let Some(agent_at) = agent_after(s, dict, piece_at, *end, true) {
                countries.push(c);
                i = agent_at;
                break;
            }
        }
        if c.3 == CountryKind::Adjective {
            countries.push(c);
            i = *end;
            // Descriptive words between the nationality and the role: "Irish
            // nationalist guerrillas", "Angry French paper workers".
            if let Some(agent_at) = agent_after(s, dict, piece_at, i, false) {
                i = agent_at;
            }
            if i + 1 < n && lower(i) == "and" && piece_at[i + 1].as_ref().is_some_and(|(_, ps)| ps.iter().any(|p| matches!(p, Piece::Country { kind: CountryKind::Adjective, .. }))) {
                i += 1;
            }
            continue;
        }
        if possessive {
            countries.push(c);
            i = *end + 1;
            // "Nicaragua's Sandinista government"
            if let Some(agent_at) = agent_after(s, dict, piece_at, i, false) {
                i = agent_at;
            }
            continue;
        }
        break;
    }
    // An office we have no dictionary entry for, written as a title before
    // "of <country>": "Member of State Council of the People's Republic of China".
    if countries.is_empty() && piece_at.get(i).is_some_and(|p| p.is_none()) && i < n && i > 0 && is_title_word(s, i) {
        let mut j = i;
        while j < n && piece_at[j].is_none() && (is_title_word(s, j) || (lower(j) == "of" && j + 1 < n && is_title_word(s, j + 1))) && j < i + 6 {
            j += 1;
        }
        if j + 1 < n && j > i && lower(j) == "of" {
            let mut k = j + 1;
            while k < n && dict.closed.is(WordClass::Determiner, lower(k)) && piece_at[k].is_none() {
                k += 1;
            }
            let country_follows = piece_at.get(k).and_then(|p| p.as_ref()).is_some_and(|(_, ps)| {
                ps.iter().any(|p| matches!(p, Piece::Country { kind: CountryKind::Name, .. } | Piece::Org { .. }))
            });
            if country_follows {
                roles = true;
                i = j;
            }
        }
    }
    // The head: roles, an organisation, a person or a country name.
    while let Some((end, pieces)) = piece_at.get(i).and_then(|p| p.as_ref()) {
        let agent = agent_of(pieces);
        let holder = person_of(pieces);
        let former = former_of(pieces);
        if holder.is_none() {
            if let Some(f) = former {
                former_holder = Some(f);
                person_tokens = *end - i;
                person_at = i;
                i = *end;
                break;
            }
        }
        let organisation = org_of(pieces);
        if let Some(h) = holder {
            person = Some(h);
            person_tokens = *end - i;
            person_at = i;
            i = *end;
            break;
        }
        if let Some(a) = agent {
            let ag = &dict.agents[a];
            if ag.sector.is_some() && (mention.sector.is_none() || mention.sector == Some(Sector::GOV)) {
                mention.sector = ag.sector;
                mention.cameo_roles = ag.cameo.clone();
            }
            if ag.office.is_some() {
                mention.office = ag.office.clone();
            }
            mention.sources.push(ag.id.clone());
            roles = true;
            i = *end;
            continue;
        }
        if let Some(o) = organisation {
            org = Some(o);
            i = *end;
            break;
        }
        if !roles && countries.is_empty() {
            if let Some(c) = pieces.iter().find_map(|p| match p {
                Piece::Country { code, kind, sector, id } => Some((*code, *sector, id.clone(), *kind)),
                _ => None,
            }) {
                countries.push(c);
                i = *end;
            }
        }
        break;
    }
    // A role word used as a modifier is no actor: "military cooperation",
    // "terrorist attack", "police station".
    // A generic group noun after the role is its head: "opposition groups",
    // "rebel leaders", "government sources".
    while roles && i < n && piece_at[i].is_none() && dict.closed.is(WordClass::GroupNoun, lower(i)) {
        i += 1;
    }
    if roles && countries.is_empty() && org.is_none() && person.is_none() && i < n && piece_at[i].is_none() {
        let c = dict.lexicon.classes(s.words[i]);
        let lowercase = s.texts[i].chars().next().is_some_and(char::is_lowercase);
        // In text without capitals a title's holder is written in lower
        // case too: "vice-president moody awori declined".
        let title_before_name = s.uniform_case && mention.office.is_some();
        if lowercase && c.noun() && !c.verb() && !title_before_name && !dict.closed.is(WordClass::Function, lower(i)) {
            return None;
        }
    }
    // A role after a named person: "the Bush administration".
    if person.is_some() || former_holder.is_some() {
        while let Some((end, pieces)) = piece_at.get(i).and_then(|p| p.as_ref()) {
            let Some(a) = agent_of(pieces) else { break };
            let ag = &dict.agents[a];
            if ag.sector.is_some() {
                mention.sector = ag.sector;
                mention.cameo_roles = ag.cameo.clone();
            }
            mention.sources.push(ag.id.clone());
            role_after = true;
            i = *end;
        }
    }
    // The role's holder named after it: "Erdogan spokesman Ibrahim Kalin".
    let mut holder_name: Option<String> = None;
    if role_after {
        let j = name_end(s, dict, piece_at, i, 4);
        if j > i {
            holder_name = Some(s.texts[i..j].join(" "));
            i = j;
        }
    }
    // "of the Republic of Azerbaijan", "of the PRC" after a role; "in" and
    // "from" too when the role has no country yet ("opposition groups in
    // Zimbabwe", "activists from Gaza").
    while roles && i + 1 < n && (lower(i) == "of" || (countries.is_empty() && org.is_none() && matches!(lower(i), "in" | "from"))) {
        let mut j = i + 1;
        while j < n && dict.closed.is(WordClass::Determiner, lower(j)) && piece_at[j].is_none() {
            j += 1;
        }
        let Some((end, pieces)) = piece_at.get(j).and_then(|p| p.as_ref()) else { break };
        if let Some(c) = pieces.iter().find_map(|p| match p {
            Piece::Country { code, kind, sector, id } if *kind == CountryKind::Name => Some((*code, *sector, id.clone(), *kind)),
            _ => None,
        }) {
            if countries.is_empty() {
                countries.push(c);
            }
            i = *end;
        } else if let Some(o) = org_of(pieces) {
            org.get_or_insert(o);
            i = *end;
        } else if pieces.iter().any(|p| matches!(p, Piece::Agent { .. })) {
            // "Member of State Council": another role; keep reading.
            i = j;
            while let Some((e, ps)) = piece_at.get(i).and_then(|p| p.as_ref()) {
                if ps.iter().any(|p| matches!(p, Piece::Agent { .. })) { i = *e } else { break }
            }
        } else {
            break;
        }
    }
    // More titles after "of COUNTRY": "Minister of Defense of the PRC Colonel General ...".
    while roles && person.is_none() {
        let Some((end, pieces)) = piece_at.get(i).and_then(|p| p.as_ref()) else { break };
        let Some(a) = agent_of(pieces) else { break };
        let ag = &dict.agents[a];
        if ag.sector.is_some() && (mention.sector.is_none() || mention.sector == Some(Sector::GOV)) {
            mention.sector = ag.sector;
            mention.cameo_roles = ag.cameo.clone();
        }
        mention.sources.push(ag.id.clone());
        i = *end;
    }
    // A person's name after a role: "Colonel General Zakir Hasanov", "Minister W. Fenghe".
    if person.is_none() {
        if let Some((end, pieces)) = piece_at.get(i).and_then(|p| p.as_ref()) {
            if let Some(h) = person_of(pieces) {
                person = Some(h);
                person_tokens = *end - i;
                person_at = i;
                i = *end;
            } else if let Some(h) = former_of(pieces) {
                former_holder = Some(h);
                person_tokens = *end - i;
                person_at = i;
                i = *end;
            }
        }
    }
    let mut name_start = None;
    if person.is_none() && former_holder.is_none() && (roles || !countries.is_empty()) {
        let mut j = i;
        while j < n && is_name_part(s, dict, piece_at, j) && (piece_at[j].is_none() || (j > i && surname_piece(piece_at, j))) {
            j += 1;
        }
        // Without capitals, the words after a title that no dictionary
        // knows are its holder's name: "secretary general chadli klibi".
        if j == i && s.uniform_case && mention.office.is_some() {
            let word = |k: usize| k < n && piece_at[k].is_none() && s.lower[k].chars().all(char::is_alphabetic) && !dict.closed.is(WordClass::Function, &s.lower[k]);
            let unknown = |k: usize| word(k) && dict.lexicon.verb_readings(s.words[k]).is_empty() && !dict.lexicon.classes(s.words[k]).known();
            let plain_word = |k: usize| word(k) && !dict.lexicon.classes(s.words[k]).verb();
            while j < i + 3 && (unknown(j) || (plain_word(j) && unknown(j + 1))) {
                j += 1;
            }
        }
        if j > i && !(j == i + 1 && s.texts[i].ends_with('.')) {
            name_start = Some(i);
            mention.person = Some(s.texts[i..j].join(" "));
            i = j;
        }
    } else if person.is_none() && former_holder.is_none() && org.is_none() && i == start && i < n && is_name_part(s, dict, piece_at, i) && !s.texts[i].ends_with('.') && piece_at[i].is_none() {
        // A bare name ("Shen reaffirmed"): somebody the document introduced
        // before, or nobody the coder can place.
        let j = name_end(s, dict, piece_at, i, 3);
        mention.person = Some(s.texts[i..j].join(" "));
        mention.role_only = true;
        mention.bare_name = true;
        i = j;
    } else if person.is_none() && i < n && is_name_token(s, dict, i) && s.texts[i].ends_with('.') {
        // "W. Fenghe": an initial and a surname, resolved against the document.
        let mut j = i + 1;
        while j < n && is_name_token(s, dict, j) && !s.texts[j].ends_with('.') && piece_at[j].is_none() {
            j += 1;
        }
        if j > i + 1 {
            name_start = Some(i);
            mention.person = Some(s.texts[i..j].join(" "));
            mention.role_only = true;
            i = j;
        }
    }
    let _ = name_start;
    // A bare surname ("Ahmed", "Abbott", "Abbas") names an officeholder only
    // with a title of that office ("Prime Minister Abbott"); else it is a
    // name for the document to resolve: the person it named before, or
    // nobody (any Ahmed is not Ethiopia's prime minister).
    if let Some(h) = person.or(former_holder) {
        let o = &dict.officeholders[h];
        let surname_only = person_tokens == 1 && o.name.split_whitespace().count() > 1;
        if surname_only && !role_after && !office_consistent(mention.office.as_deref(), o.office) {
            let written = s.texts[person_at].to_string();
            person = None;
            former_holder = None;
            mention.person = Some(written);
            mention.bare_name = mention.office.is_none() && mention.sector.is_none();
            mention.role_only = mention.sector.is_some();
        }
    }
    if let Some(h) = person {
        let o = &dict.officeholders[h];
        mention.code = Some(o.country.clone());
        if mention.sector.is_none() || mention.sector == Some(Sector::GOV) {
            mention.sector = Some(o.sector);
            mention.cameo_roles = if o.sector == Sector::MIL { "GOVMIL".into() } else { o.sector.to_string() };
        }
        mention.identifier = Some(o.name.clone());
        mention.office = Some(o.office.as_text().to_string());
        mention.person = Some(o.name.clone());
        mention.sources.push(o.id.clone());
    }
    if let Some(h) = former_holder {
        let o = &dict.officeholders[h];
        mention.code = Some(o.country.clone());
        if mention.sector.is_none() {
            // Named without a title outside the term: a former official.
            mention.sector = Some(Sector::ELI);
            mention.cameo_roles = "ELI".into();
        }
        mention.identifier = Some(o.name.clone());
        mention.person = Some(o.name.clone());
        mention.sources.push(o.id.clone());
    }
    // The named person holds the role; the officeholder only qualified it.
    if let Some(name) = holder_name {
        mention.person = Some(name);
        mention.identifier = None;
        mention.office = None;
    }
    if let Some(o) = org {
        let org = &dict.organisations[o];
        mention.code = Some(org.code.clone());
        if org.sector.is_some() {
            mention.sector = org.sector;
        }
        mention.cameo_code = Some(org.cameo.clone()).filter(|c| !c.is_empty());
        mention.identifier = Some(org.name.clone());
        mention.sources.push(org.id.clone());
    }
    if i == start || (i > start && !roles && countries.is_empty() && person.is_none() && former_holder.is_none() && org.is_none() && mention.person.is_none()) {
        return None;
    }
    if countries.is_empty() {
        if mention.code.is_none() {
            if !roles && mention.person.is_none() {
                return None;
            }
            mention.role_only = mention.person.is_none() || mention.role_only;
            // "the Chinese side" is handled by adjectives; "the side" alone is vague.
        }
        return Some((i, vec![mention]));
    }
    let side = i < s.lower.len() && s.lower[i] == "side";
    if side {
        i += 1;
    }
    let mut out = Vec::new();
    for (code, sector, id, kind) in countries {
        let mut m = mention.clone();
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
        m.metonym_place = kind == CountryKind::DemonymPlural && !roles;
        m.capital = kind == CountryKind::Capital;
        // "ethnic Albanians", "ethnic Turks": a group of people wherever they
        // live, not the state; the coder places them by the sentence.
        if (start..i).any(|k| s.lower[k] == "ethnic") || (start > 0 && s.lower[start - 1] == "ethnic") {
            m.ethnic = true;
        }
        if side {
            m.sector.get_or_insert(Sector::GOV);
        }
        m.sources.push(id);
        m.role_only = false;
        out.push(m);
    }
    Some((i, out))
}
