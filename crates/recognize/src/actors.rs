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
mod unit;
use unit::unit;

/// The source a mention carries when a people's, sect's or cause's word
/// made state forces into an armed group ("Kurdish forces"): armed forces
/// still, for whoever weighs a document's police against its military.
pub const NON_STATE_FORCES: &str = "closed.non_state_adjective";

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

/// "the US-led coalition", "Saudi-led forces": a force led by a country is
/// that country's military (a "Turkish-backed" force is not Turkey's, and
/// gets nothing here).
fn leader_of_coalition<'d>(s: &Sentence<'_>, dict: &'d Dictionaries, k: usize) -> Option<Piece<'d>> {
    let leader = s.texts[k].strip_suffix("-led")?;
    let force = s.lower.get(k + 1).is_some_and(|w| {
        matches!(w.as_ref(), "coalition" | "coalitions" | "forces" | "force" | "troops" | "alliance" | "operation" | "operations" | "offensive" | "campaign" | "intervention" | "mission" | "airstrikes" | "strikes" | "bombing" | "blockade")
    });
    if !force || leader.is_empty() {
        return None;
    }
    let mut buf = String::new();
    let id = dict.vocab.lookup_lower(leader, &mut buf);
    let m = dict.match_actors(&[id], &[leader], s.uniform_case).into_iter().next()?;
    m.refs.iter().find_map(|r| match *r {
        ActorRef::Country(i) => {
            let c = &dict.countries[i as usize];
            Some(Piece::Country { code: &c.code, kind: c.kind, sector: Some(Sector::MIL), id: format!("countries:{}:{}", c.code, c.line) })
        }
        _ => None,
    })
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
        let word = |k: Option<usize>| k.and_then(|k| s.lower.get(k)).map(|w| w.as_ref());
        let water = dyad_core::in_water_body_name([word(m.start.checked_sub(2)), word(m.start.checked_sub(1))], word(Some(m.end)));
        if water || in_new_place_name(s, m.start) || organisation_in_person_name(s, dict, m) {
            continue;
        }
        let pieces = pieces_of(dict, m, date);
        if !pieces.is_empty() {
            piece_at[m.start] = Some((m.end, pieces));
        }
    }
    for (k, slot) in piece_at.iter_mut().enumerate() {
        if slot.is_none() {
            if let Some(piece) = leader_of_coalition(s, dict, k) {
                *slot = Some((k + 1, vec![piece]));
            }
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
        // "the official Syrian opposition", "the official Iranian news
        // agency": a role word that is an adjective too, right before
        // another actor phrase, describes it and names nobody.
        if let Some((end, mentions)) = &here {
            let adjective = *end > i && dict.lexicon.classes(s.words[*end - 1]).adjective();
            let phrase_follows = *end < n && piece_at[*end].is_some();
            if adjective && phrase_follows && mentions.iter().all(|m| m.role_only && m.code.is_none()) {
                i = *end;
                continue;
            }
        }
        match here {
            Some((end, mut mentions)) => {
                let mut end = skip_parenthesis(s, end);
                // The holder of a role named after its "to" or "in" phrase:
                // "Russia's envoy to the UN, Vasily Nebenzya,", "the Turkish
                // ambassador in Washington, Serdar Kilic,".
                if let Some((e2, holder)) = holder_after_role_phrase(s, dict, &piece_at, &mentions, end) {
                    merge(&mut mentions[0], holder);
                    end = e2;
                }
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
                        let own_verb = own_verb || attribution_follows(s, dict, e2);
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
                // "a militia known as the Syrian Democratic Forces", "a group
                // calling itself CyberBerkut": the name says who the role is.
                if let Some(at) = name_intro(s, end) {
                    if let Some((e2, m2)) = unit(s, dict, &piece_at, at) {
                        if mentions.len() == 1 && m2.len() == 1 && mentions[0].role_only && !m2[0].role_only && compatible(&mentions[0], &m2[0]) {
                            merge(&mut mentions[0], m2.into_iter().next().unwrap());
                            end = e2;
                        }
                    }
                }
                // Coordination: "Azerbaijan and China", "the US, France and Britain".
                // A comma joins only inside a list that goes on ("A, B and C"),
                // so "Iraqi police, and the US" stays two phrases.
                let mut listed = false;
                // Where the list stood before its unconfirmed comma members.
                let mut pending: Option<(usize, usize)> = None;
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
                            if via_comma && pending.is_none() {
                                pending = Some((mentions.len(), end));
                            } else if !via_comma {
                                pending = None;
                            }
                            mentions.extend(m2);
                            end = e2;
                            listed |= via_comma;
                        }
                        _ => break,
                    }
                }
                // A list joined by commas ends with "and" and a member ("the
                // US, France and Britain"); "in northern Syria, the United
                // Nations and monitors said" was no list but a closing
                // attribution's source.
                if let Some((len, before)) = pending.filter(|_| attribution_follows(s, dict, end)) {
                    mentions.truncate(len);
                    end = before;
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

/// Where the name of a role's holder ends, and its mention, when a role
/// phrase (`mentions`, ending at `end`) is followed by a short "to",
/// "in", "at" or "for" phrase and, after a comma, a name no dictionary knows
/// closed by a comma or the sentence's end: "Russia's envoy to the UN,
/// Vasily Nebenzya,". The name is the role's holder.
#[allow(clippy::type_complexity)]
fn holder_after_role_phrase(s: &Sentence<'_>, dict: &Dictionaries, piece_at: &[Option<(usize, Vec<Piece>)>], mentions: &[Mention], end: usize) -> Option<(usize, Mention)> {
    let n = s.lower.len();
    // (A person's office: "envoy", "ambassador"; not a body such as "the
    // Ukrainian Opposition Bloc in Crimea, Alexander Khodakovsky", one of its members.)
    let role = mentions.len() == 1 && mentions[0].office.is_some() && mentions[0].person.is_none() && mentions[0].reference.is_none();
    if !role || end >= n || !matches!(s.lower[end].as_ref(), "to" | "in" | "at" | "for") {
        return None;
    }
    let comma = (end + 2..(end + 7).min(n)).find(|&k| s.lower[k] == ",")?;
    // Only a noun phrase between: no verb, quote, conjunction or relative.
    let plain = (end + 1..comma).all(|k| {
        let c = dict.lexicon.classes(s.words[k]);
        let verb_only = c.verb() && !c.noun();
        !verb_only && !matches!(s.lower[k].as_ref(), "and" | "or" | "who" | "which" | "that" | "\"" | "(" | ")")
    });
    if !plain || comma + 1 >= n {
        return None;
    }
    let (e2, m2) = unit(s, dict, piece_at, comma + 1)?;
    let holder = m2.len() == 1 && m2[0].bare_name && m2[0].person.is_some() && m2[0].code.is_none();
    let closed = e2 == n || matches!(s.lower[e2].as_ref(), "," | "." | ";");
    (holder && closed).then(|| (e2, m2.into_iter().next().expect("one mention")))
}

/// Whether a one-word organisation stands between two words of a person's
/// name: "Abdel Fatah al-Sisi" names no Fatah.
fn organisation_in_person_name(s: &Sentence<'_>, dict: &Dictionaries, m: &PhraseMatch) -> bool {
    let n = s.texts.len();
    let one_organisation = m.end == m.start + 1 && m.refs.iter().all(|r| matches!(r, ActorRef::Organisation(_)));
    let name_after = |k: usize| k < n && names::is_name_token(s, dict, k);
    one_organisation && m.start >= 1 && names::is_name_token(s, dict, m.start - 1) && name_after(m.end)
}

/// Whether the words from `start` follow a capitalised "New" that makes
/// them another place's name: "New Jersey", "New Mexico", "New Guinea",
/// "New South Wales" are not Jersey, Mexico, Guinea or Wales.
fn in_new_place_name(s: &Sentence<'_>, start: usize) -> bool {
    let new_at = |k: usize| s.texts[k] == "New" || (s.uniform_case && s.lower[k] == "new" && k == 0);
    (start >= 1 && new_at(start - 1)) || (start >= 2 && new_at(start - 2) && matches!(s.lower[start - 1].as_ref(), "south" | "north"))
}

/// Whether a verb of saying follows within four words of `from`, in the
/// same clause: "... in northern Syria, the United Nations and monitors
/// said" names the source of a closing attribution, which is no apposition
/// of the phrase before it nor a member of its list.
fn attribution_follows(s: &Sentence<'_>, dict: &Dictionaries, from: usize) -> bool {
    let n = s.lower.len();
    // A verb of saying in the past, or "says", as written in lower case
    // ("said"; not the "State" of "Islamic State" nor "former Soviet states").
    let says = |k: usize| {
        s.texts[k].starts_with(|c: char| c.is_lowercase())
            && (s.lower[k] == "says" || dict.lexicon.verb_readings(s.words[k]).iter().any(|&(l, t)| t == dyad_dict::VerbTag::Past && dict.closed.is(WordClass::ReportingWord, dict.vocab.word(l))))
    };
    (from..(from + 4).min(n)).take_while(|&k| !matches!(s.lower[k].as_ref(), "," | ";" | "." | "\"")).any(says)
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

/// Where the name starts after words that introduce a role's name at
/// `end`: "known as", "called", "named", "dubbed", "calling itself".
fn name_intro(s: &Sentence<'_>, end: usize) -> Option<usize> {
    let w = |k: usize| s.lower.get(k).map(|w| w.as_ref());
    match w(end)? {
        "known" if w(end + 1) == Some("as") => Some(end + 2),
        "called" | "named" | "dubbed" => Some(end + 1),
        "calling" if matches!(w(end + 1), Some("itself" | "themselves")) => Some(end + 2),
        _ => None,
    }
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
    // ("The Kurdish militia, the YPG": the named group's sector, not the
    // generic role's.)
    if b.sector.is_some() && (a.sector.is_none() || a.sector == Some(Sector::GOV) || (a.role_only && !b.role_only && b.person.is_none())) {
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
#[allow(clippy::type_complexity, clippy::needless_range_loop)]
fn agent_after(s: &Sentence<'_>, dict: &Dictionaries, piece_at: &[Option<(usize, Vec<Piece>)>], from: usize, after_name: bool) -> Option<usize> {
    let n = s.lower.len();
    for k in from..=from + 2 {
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
        // an adjective ("Irish armed guerrillas"). A past form is the verb
        // even where it is a noun too: "Turkey sent troops" (a "sent" is
        // Estonian money).
        let past = || dict.lexicon.has_reading(s.words[k], dyad_dict::VerbTag::Past);
        let verb_after_name = after_name && c.verb() && (!c.noun() || past());
        let descriptive = (c.adjective() || c.noun()) && !(c.verb() && !c.noun() && !c.adjective()) && !verb_after_name;
        if !(descriptive || (capitalised && !c.known())) {
            return None;
        }
    }
    None
}
