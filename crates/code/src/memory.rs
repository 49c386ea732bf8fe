//! What a document has said so far about its actors, for resolving later
//! mentions: surnames, initials, "the Minister", "his country", "the two
//! countries", pronouns.

use dyad_recognize::{Mention, Reference};
use dyad_ontology::plover::{is_international_entity, Sector};

/// A resolved participant remembered across sentences.
#[derive(Debug, Clone)]
pub(crate) struct Known {
    pub mention: Mention,
    /// Lower-case name tokens of a person ("zakir", "hasanov").
    pub name_tokens: Vec<String>,
    /// The sentence (of the document, from 0) it was last mentioned in.
    pub sentence: usize,
}

/// How many sentences back "he" or "she" reaches for its person: news names
/// the person it goes on about, and a pronoun a dozen sentences after the
/// last named person is about somebody named since whom the dictionaries
/// do not know ("Johannes Hahn, the EU commissioner, ..." then "He urged
/// Lebanon" twelve sentences after the Lebanese prime minister).
const PERSON_PRONOUN_REACH: usize = 4;

/// How many sentences back "they" or "it" finds the subject that was set
/// (the sentence before, or one or two more without a subject of their own).
const GROUP_PRONOUN_REACH: usize = 3;

#[derive(Debug, Default)]
pub(crate) struct Memory {
    /// People, most recent last.
    people: Vec<Known>,
    /// The group that was the subject of the last sentence that had one
    /// ("Kurdish forces said ..."), for "they" and "it" in the next.
    pub(crate) last_subject: Option<Vec<Mention>>,
    /// A role that opened the last sentence with a subject ("The teachers
    /// are on strike"), placed in a country by the coder, and whether it is
    /// plural: "they" after a plural role, "it" after a singular one.
    pub(crate) last_role: Option<(Mention, bool)>,
    /// The last subject's head is plural ("the rebels"): never "it".
    pub(crate) last_subject_plural: bool,
    /// The sentence that set `last_subject` or `last_role`.
    pub(crate) last_subject_sentence: usize,
    /// Countries and organisations mentioned as actors, most recent last.
    actors: Vec<Known>,
    /// The country the document is mainly about, if one stands out.
    pub(crate) home: Option<String>,
    /// The non-state group that last spoke or was a sentence's subject,
    /// for "the group".
    pub(crate) last_group: Option<Mention>,
    /// The sentence being read (of the document, from 0).
    pub(crate) sentence: usize,
    /// The last sentence that named a person no dictionary and no earlier
    /// mention knows ("..., Alexey Borodavkin. He urged ..."): "he" after
    /// it may be that person, so it reaches no further back.
    unnamed_person: Option<usize>,
    /// The first person each sentence named (the sentence, the person),
    /// newest last: "he" opening a sentence is most often the person the
    /// sentence before was about, who it names first ("Donald Trump called
    /// Erdoğan, urging him ..." then "He urged Turkey ...": Trump).
    first_people: Vec<(usize, Mention)>,
}

/// Most people (and most actors) remembered: references reach back a few
/// sentences, never hundreds of names, and the bound keeps each mention's
/// work constant however many names a document holds.
const MAX_REMEMBERED: usize = 256;

/// Drops the oldest entries past [`MAX_REMEMBERED`].
fn forget_oldest<T>(list: &mut Vec<T>) {
    if list.len() > MAX_REMEMBERED {
        list.drain(..list.len() - MAX_REMEMBERED);
    }
}

/// A name's words, lower case and without accents ("Erdoğan" and "Erdogan"
/// are one name), with the last part of a hyphenated word too ("al-Assad"
/// is also "assad").
fn name_tokens(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for t in name.split_whitespace() {
        let t = dyad_geo::key::fold(t.trim_end_matches('.'));
        if t.is_empty() {
            continue;
        }
        if let Some((_, last)) = t.rsplit_once('-').filter(|(_, l)| !l.is_empty()) {
            let last = last.to_string();
            out.push(t);
            out.push(last);
        } else {
            out.push(t);
        }
    }
    out
}

impl Memory {
    /// Notes that the sentence being read names a person nobody knows.
    pub(crate) fn unnamed_person(&mut self) {
        self.unnamed_person = Some(self.sentence);
    }

    /// Remembers a resolved mention.
    pub(crate) fn remember(&mut self, m: &Mention) {
        if m.code.is_none() {
            return;
        }
        let known = Known { mention: m.clone(), name_tokens: m.person.as_deref().map(name_tokens).unwrap_or_default(), sentence: self.sentence };
        if m.person.is_some() {
            self.people.retain(|p| p.name_tokens != known.name_tokens);
            self.add_person(known.clone());
        }
        // Only the newest entry of each code and sector is ever read (the
        // most recent group, the last actor of a sector, the two most recent
        // distinct codes), so older ones go: the list stays as long as the
        // document's distinct actors, not its mentions (found by fuzzing: a text of 4 MB with
        // run-on sentences took 40 s in this retain).
        self.actors.retain(|a| a.mention.code != m.code || a.mention.sector != m.sector);
        self.actors.push(known);
        forget_oldest(&mut self.actors);
    }

    /// Remembers a person the sentence named by office alone, as its
    /// subject ("The Kenyan president met ..."), for "he" or "she" opening
    /// a later sentence and for "the president" there.
    pub(crate) fn remember_office_holder(&mut self, m: &Mention) {
        if m.code.is_none() || m.office.is_none() || m.person.is_some() {
            return;
        }
        self.people.retain(|p| !(p.name_tokens.is_empty() && p.mention.code == m.code && p.mention.office == m.office));
        self.add_person(Known { mention: m.clone(), name_tokens: Vec::new(), sentence: self.sentence });
    }

    /// Adds a person, newest last, and keeps it as the sentence's first
    /// person when the sentence has none yet.
    fn add_person(&mut self, known: Known) {
        if self.first_people.last().is_none_or(|(s, _)| *s != self.sentence) {
            self.first_people.push((self.sentence, known.mention.clone()));
            forget_oldest(&mut self.first_people);
        }
        self.people.push(known);
        forget_oldest(&mut self.people);
    }

    /// "He" or "she" opening a sentence: the first person of the last
    /// sentence that named one (within the reach of a person pronoun), not
    /// simply the last person named.
    pub(crate) fn resolve_opening_person(&self) -> Vec<Mention> {
        let Some(last) = self.people.last() else { return Vec::new() };
        if self.sentence.saturating_sub(last.sentence) > PERSON_PRONOUN_REACH || self.unnamed_person.is_some_and(|u| u >= last.sentence) {
            return Vec::new();
        }
        let first = self.first_people.iter().rev().find(|(s, _)| *s == last.sentence).map(|(_, m)| m);
        vec![first.unwrap_or(&last.mention).clone()]
    }

    /// Resolves a mention that lacks a country or organisation code; returns
    /// the resolved mentions (two for "the two countries"). `phrase_text` is
    /// the mention's phrase as written.
    pub(crate) fn resolve(&self, m: &Mention, phrase_text: &str) -> Vec<Mention> {
        if m.code.is_some() {
            return vec![m.clone()];
        }
        match m.reference {
            // (A person named by office alone is only the "he" opening the
            // next sentence: "she said" after a quote is its speaker.)
            Some(Reference::Person) => self
                .people
                .iter()
                .rfind(|k| !k.name_tokens.is_empty())
                .filter(|k| self.sentence.saturating_sub(k.sentence) <= PERSON_PRONOUN_REACH)
                .filter(|k| self.unnamed_person.is_none_or(|u| u < k.sentence))
                .map(|k| vec![k.mention.clone()])
                .unwrap_or_default(),
            // "they", "it": the subject of the previous sentence, a group
            // (the coder first tries the same sentence's subject); never
            // simply the last group named.
            // A subject set more than GROUP_PRONOUN_REACH sentences ago is
            // no antecedent: sentences without a subject keep it, but not
            // for ever.
            Some(Reference::Group) if self.sentence.saturating_sub(self.last_subject_sentence) > GROUP_PRONOUN_REACH => Vec::new(),
            Some(Reference::Group) => match (&self.last_subject, &self.last_role) {
                // "it" never takes a plural; "they" may take a country or
                // body ("the government said they would").
                (Some(_), _) if self.last_subject_plural && is_it(phrase_text) => Vec::new(),
                (Some(subject), _) => subject.clone(),
                (None, Some((role, plural))) => {
                    if *plural != is_it(phrase_text) { vec![role.clone()] } else { Vec::new() }
                }
                (None, None) => Vec::new(),
            },
            Some(Reference::OwnCountry) | Some(Reference::Side) => self
                .people
                .last()
                .or(self.actors.last())
                .map(|k| {
                    let mut c = k.mention.clone();
                    forget_person(&mut c);
                    c.sector = Some(Sector::GOV);
                    c.cameo_roles = "GOV".into();
                    vec![c]
                })
                .unwrap_or_default(),
            // The speaker's side is found in the sentence (see the coder),
            // never taken from memory.
            Some(Reference::Speaker) => Vec::new(),
            // "the group": the non-state group that last spoke or was a
            // subject, else the one the document named last.
            // (Or the group a person named with it speaks for: "A spokesman
            // for the Kachin Independence Army, Colonel Zau Tawng, said the
            // group was ready".)
            Some(Reference::Organisation) => self
                .last_group
                .clone()
                .or_else(|| self.latest(is_non_state_group))
                .or_else(|| {
                    self.latest(|m| m.person.is_some() && is_non_state_group(&without_person(m))).map(|m| without_person(&m))
                })
                .map(|k| vec![k])
                .unwrap_or_default(),
            // "the country": the last subject if it was a country, else the
            // country the document named last (a person's too: "Erdogan said
            // the country will ..."), as the state, not the person.
            Some(Reference::Country) => self
                .latest(|m| m.code.as_deref().is_some_and(dyad_ontology::plover::is_state_code))
                .map(|mut c| {
                    forget_person(&mut c);
                    c.sector = None;
                    c.cameo_roles = String::new();
                    c.cameo_code = None;
                    vec![c]
                })
                .unwrap_or_default(),
            Some(Reference::BothParties) => {
                let mut out: Vec<Mention> = Vec::new();
                for k in self.actors.iter().rev() {
                    if out.iter().all(|o| o.code != k.mention.code) {
                        out.push(k.mention.clone());
                    }
                    if out.len() == 2 {
                        break;
                    }
                }
                if out.len() == 2 { out } else { Vec::new() }
            }
            None => {
                // A name: "W. Fenghe", "Hasanov" — match a remembered person's
                // surname, and the initial if given.
                if let Some(name) = &m.person {
                    let toks = name_tokens(name);
                    let Some(last) = toks.last() else { return Vec::new() };
                    let initial = (toks.len() > 1 && toks[0].chars().count() == 1).then(|| toks[0].clone());
                    let found = self.people.iter().rev().find(|p| {
                        p.name_tokens.iter().any(|t| t == last)
                            && initial.as_ref().is_none_or(|i| p.name_tokens.iter().any(|t| t != last && t.starts_with(i.as_str())))
                    });
                    return found.map(|k| vec![with_role(&k.mention, m)]).unwrap_or_default();
                }
                // "the regime" is the pejorative for the government the
                // document is about, not for whichever government it named last.
                if m.role_only && m.sources.iter().any(|s| s == "agent.regime") && phrase_text.to_lowercase().starts_with("the regime") {
                    // The regime the document last named with its country ("the
                    // Syrian regime", "the Assad regime"), else its main country's.
                    let named = self.actors.iter().chain(self.people.iter()).rfind(|k| k.mention.code.is_some() && k.mention.sources.iter().any(|s| s == "agent.regime"));
                    if let Some(k) = named {
                        return vec![with_role(&k.mention, m)];
                    }
                    if let Some(home) = self.home.as_deref().filter(|h| !is_international_entity(h)) {
                        let leader = self.people.iter().rev().find(|p| p.mention.code.as_deref() == Some(home) && p.mention.sector == Some(Sector::GOV));
                        if let Some(k) = leader {
                            return vec![with_role(&k.mention, m)];
                        }
                        let mut g = m.clone();
                        g.code = Some(home.to_string());
                        g.cameo_roles = "GOV".into();
                        return vec![g];
                    }
                }
                // A bare role: "the Minister", "the Minister of Defense".
                if m.role_only && !phrase_text.to_lowercase().ends_with('s') {
                    let same_office = self.people.iter().rev().find(|p| m.office.is_some() && p.mention.office == m.office);
                    // "the regime" names no office: a state's, not the UN envoy's.
                    let same_sector = self.people.iter().rev().find(|p| {
                        m.sector.is_some() && p.mention.sector == m.sector && (m.office.is_some() || !p.mention.code.as_deref().is_some_and(is_international_entity))
                    });
                    if let Some(k) = same_office.or(same_sector) {
                        return vec![with_role(&k.mention, m)];
                    }
                }
                // A group named by a definite role ("the military", "the
                // government", "the militants") is the latest of that kind the
                // document named with its country ("Mali's military"); "a
                // terror group" or bare "fighters" introduce somebody new.
                let lower = phrase_text.to_lowercase();
                let definite = ["the ", "these ", "those "].iter().any(|d| lower.starts_with(d));
                if m.role_only && m.office.is_none() && definite {
                    if let Some(sector) = m.sector {
                        // "the regime", "the army": a state's, never the UN's envoy.
                        let state_only = sector.is_state();
                        let found = self.actors.iter().rev().find(|a| {
                            a.mention.person.is_none()
                                && a.mention.sector == Some(sector)
                                && (!state_only || !a.mention.code.as_deref().is_some_and(is_international_entity))
                        });
                        if let Some(k) = found {
                            let mut g = k.mention.clone();
                            g.identifier = None;
                            return vec![g];
                        }
                    }
                }
                Vec::new()
            }
        }
    }
}

/// "it", "its": a singular reference.
pub(crate) fn is_it(phrase_text: &str) -> bool {
    matches!(phrase_text.to_lowercase().as_str(), "it" | "its")
}

/// Clears what names a person in a mention, keeping its country: the
/// state or body a person stands for, not the person.
pub(crate) fn forget_person(m: &mut Mention) {
    m.person = None;
    m.identifier = None;
    m.office = None;
}

/// The mention without what names its person: the body the person is of.
fn without_person(m: &Mention) -> Mention {
    let mut c = m.clone();
    forget_person(&mut c);
    c
}

/// Whether a phrase's head word is plural: "-s" or an irregular plural.
pub(crate) fn plural_head(head: &str) -> bool {
    (head.ends_with('s') && !head.ends_with("ss")) || matches!(head, "people" | "children" | "men" | "women" | "police")
}

/// A group that is neither a state nor one of its organs: rebels, parties,
/// the opposition, civil and religious groups, NGOs, armed groups, firms.
pub(crate) fn is_non_state_group(m: &Mention) -> bool {
    m.person.is_none()
        && (m.sector.is_some_and(|s| [Sector::REB, Sector::OPP, Sector::PTY, Sector::CVL, Sector::REL].contains(&s))
            || m.code.as_deref().is_some_and(|c| matches!(c, "NGO" | "IMG" | "MNC")))
}

impl Memory {
    /// The last sentence's subject if it fits `fits`, else the most recent
    /// remembered actor that does.
    fn latest(&self, fits: impl Fn(&Mention) -> bool) -> Option<Mention> {
        if let Some(subject) = self.last_subject.as_ref().filter(|s| s.len() == 1 && fits(&s[0])) {
            return Some(subject[0].clone());
        }
        self.actors.iter().rev().map(|k| &k.mention).find(|m| fits(m)).cloned()
    }
}

/// The remembered entity, keeping what the new mention adds.
fn with_role(known: &Mention, new: &Mention) -> Mention {
    let mut m = known.clone();
    if m.office.is_none() {
        m.office = new.office.clone();
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, code: &str) -> Mention {
        Mention { code: Some(code.into()), person: Some(name.into()), ..Mention::default() }
    }

    fn country(code: &str) -> Mention {
        Mention { code: Some(code.into()), ..Mention::default() }
    }

    fn reference(r: Reference) -> Mention {
        Mention { reference: Some(r), ..Mention::default() }
    }

    #[test]
    fn he_or_she_reaches_back_a_few_sentences_only() {
        let mut mem = Memory::default();
        mem.remember(&person("Saad Hariri", "LBN"));
        mem.sentence = 3;
        let he = reference(Reference::Person);
        assert_eq!(mem.resolve(&he, "He")[0].code.as_deref(), Some("LBN"));
        mem.sentence = 12;
        assert!(mem.resolve(&he, "He").is_empty(), "a dozen sentences on, somebody else is meant");
        // A surname still finds its person however far back.
        let surname = Mention { person: Some("Hariri".into()), ..Mention::default() };
        assert_eq!(mem.resolve(&surname, "Hariri")[0].code.as_deref(), Some("LBN"));
    }

    #[test]
    fn memory_stays_bounded_and_keeps_the_newest() {
        let mut mem = Memory::default();
        // Thousands of mentions of few actors, then of many people.
        for _ in 0..5_000 {
            mem.remember(&person("Sergei Lavrov", "RUS"));
            mem.remember(&country("UKR"));
        }
        assert_eq!(mem.actors.len(), 2, "one entry per code");
        for i in 0..1_000 {
            mem.remember(&person(&format!("Person{i} Surname{i}"), if i % 2 == 0 { "FRA" } else { "DEU" }));
        }
        assert_eq!(mem.people.len(), MAX_REMEMBERED);
        assert!(mem.actors.len() <= MAX_REMEMBERED);
        let surname = Mention { person: Some("Surname999".into()), ..Mention::default() };
        assert_eq!(mem.resolve(&surname, "Surname999")[0].person.as_deref(), Some("Person999 Surname999"));
        let forgotten = Mention { person: Some("Surname3".into()), ..Mention::default() };
        assert!(mem.resolve(&forgotten, "Surname3").is_empty(), "the oldest names are forgotten");
        let both: Vec<_> = mem.resolve(&reference(Reference::BothParties), "the two countries").into_iter().map(|m| m.code).collect();
        assert_eq!(both, [Some("DEU".to_string()), Some("FRA".to_string())]);
    }

    #[test]
    fn a_group_reference_is_the_last_subject_never_the_last_group_named() {
        let mut mem = Memory::default();
        mem.remember(&country("CHN"));
        mem.remember(&country("AZE"));
        // Named, but nobody's subject: "they" finds nobody.
        assert!(mem.resolve(&reference(Reference::Group), "they").is_empty());
        mem.last_subject = Some(vec![country("CHN")]);
        let group = mem.resolve(&reference(Reference::Group), "they");
        assert_eq!(group[0].code.as_deref(), Some("CHN"));
        assert_eq!(group[0].person, None);
    }

    #[test]
    fn a_definite_role_is_the_latest_group_of_its_kind() {
        let mut mem = Memory::default();
        let military = |code: &str| Mention { code: Some(code.into()), sector: Some(Sector::MIL), ..Mention::default() };
        mem.remember(&military("MLI"));
        mem.remember(&country("TJK"));
        let role = Mention { sector: Some(Sector::MIL), role_only: true, ..Mention::default() };
        assert_eq!(mem.resolve(&role, "the military")[0].code.as_deref(), Some("MLI"));
        // An indefinite or bare role introduces somebody new.
        assert!(mem.resolve(&role, "a military unit").is_empty());
        assert!(mem.resolve(&role, "soldiers").is_empty());
        // The same country's military and its name are remembered apart.
        mem.remember(&country("MLI"));
        assert_eq!(mem.resolve(&role, "the army")[0].sector, Some(Sector::MIL));
    }

    #[test]
    fn a_state_role_is_never_an_organisation() {
        let mut mem = Memory::default();
        let gov = |code: &str, person: Option<&str>| Mention { code: Some(code.into()), sector: Some(Sector::GOV), person: person.map(Into::into), ..Mention::default() };
        mem.remember(&gov("SYR", None));
        mem.remember(&gov("UNO", Some("Staffan de Mistura")));
        mem.remember(&gov("UNO", None));
        let regime = Mention { sector: Some(Sector::GOV), role_only: true, ..Mention::default() };
        assert_eq!(mem.resolve(&regime, "the regime")[0].code.as_deref(), Some("SYR"));
    }

    #[test]
    fn the_regime_is_the_documents_own_government() {
        let mut mem = Memory { home: Some("SYR".into()), ..Memory::default() };
        let leader = |name: &str, code: &str| Mention { code: Some(code.into()), sector: Some(Sector::GOV), person: Some(name.into()), ..Mention::default() };
        mem.remember(&leader("Bashar al-Assad", "SYR"));
        mem.remember(&leader("Vladimir Putin", "RUS"));
        let regime = Mention { sector: Some(Sector::GOV), role_only: true, sources: vec!["agent.regime".into()], ..Mention::default() };
        let found = mem.resolve(&regime, "the regime");
        assert_eq!((found[0].code.as_deref(), found[0].person.as_deref()), (Some("SYR"), Some("Bashar al-Assad")));
        // "his regime" is somebody's: not resolved by the document's country.
        assert_ne!(mem.resolve(&regime, "his regime").first().and_then(|m| m.code.as_deref()), Some("SYR"));
    }

    #[test]
    fn the_group_and_the_country_are_named_before() {
        let mut mem = Memory::default();
        let group = |code: &str, sector: Sector, name: &str| Mention { code: Some(code.into()), sector: Some(sector), identifier: Some(name.into()), ..Mention::default() };
        mem.remember(&group("SYR", Sector::REB, "Syrian Democratic Forces"));
        mem.remember(&group("IMG", Sector::REB, "Islamic State"));
        mem.remember(&person("Recep Tayyip Erdogan", "TUR"));
        let the_group = Mention { reference: Some(Reference::Organisation), role_only: true, ..Mention::default() };
        // Named last, but never a subject or a speaker: the latest named.
        assert_eq!(mem.resolve(&the_group, "the group")[0].identifier.as_deref(), Some("Islamic State"));
        // The group that spoke last comes first.
        mem.last_group = Some(group("SYR", Sector::REB, "Syrian Democratic Forces"));
        assert_eq!(mem.resolve(&the_group, "the group")[0].identifier.as_deref(), Some("Syrian Democratic Forces"));
        // "the country" after a leader is named: the state, not the person.
        let the_country = Mention { reference: Some(Reference::Country), role_only: true, ..Mention::default() };
        let c = &mem.resolve(&the_country, "the country")[0];
        assert_eq!((c.code.as_deref(), c.person.as_deref(), c.sector), (Some("TUR"), None, None));
    }
}
