//! What a document has said so far about its actors, for resolving later
//! mentions: surnames, initials, "the Minister", "his country", "the two
//! countries", pronouns.

use dyad_recognize::{Mention, Reference};

/// A resolved participant remembered across sentences.
#[derive(Debug, Clone)]
pub(crate) struct Known {
    pub mention: Mention,
    /// Lower-case name tokens of a person ("zakir", "hasanov").
    pub name_tokens: Vec<String>,
}

#[derive(Debug, Default)]
pub(crate) struct Memory {
    /// People, most recent last.
    people: Vec<Known>,
    /// Countries and organisations mentioned as actors, most recent last.
    actors: Vec<Known>,
}

fn name_tokens(name: &str) -> Vec<String> {
    name.split_whitespace().map(|t| t.trim_end_matches('.').to_lowercase()).filter(|t| !t.is_empty()).collect()
}

impl Memory {
    /// Remembers a resolved mention.
    pub(crate) fn remember(&mut self, m: &Mention) {
        if m.code.is_none() {
            return;
        }
        let known = Known { mention: m.clone(), name_tokens: m.person.as_deref().map(name_tokens).unwrap_or_default() };
        if m.person.is_some() {
            self.people.retain(|p| p.name_tokens != known.name_tokens);
            self.people.push(known.clone());
        }
        let code = m.code.clone();
        self.actors.retain(|a| a.mention.code != code || a.mention.person.is_some());
        self.actors.push(known);
    }

    /// Resolves a mention that lacks a country or organisation code; returns
    /// the resolved mentions (two for "the two countries"). `phrase_text` is
    /// the mention's phrase as written.
    pub(crate) fn resolve(&self, m: &Mention, phrase_text: &str) -> Vec<Mention> {
        if m.code.is_some() {
            return vec![m.clone()];
        }
        match m.reference {
            Some(Reference::Person) => self.people.last().map(|k| vec![k.mention.clone()]).unwrap_or_default(),
            Some(Reference::Group) => self
                .actors
                .iter()
                .rev()
                .find(|k| k.mention.person.is_none())
                .map(|k| vec![k.mention.clone()])
                .unwrap_or_default(),
            Some(Reference::OwnCountry) | Some(Reference::Side) => self
                .people
                .last()
                .or(self.actors.last())
                .map(|k| {
                    let mut c = k.mention.clone();
                    c.person = None;
                    c.identifier = None;
                    c.office = None;
                    c.sector = Some("GOV".into());
                    c.cameo_roles = "GOV".into();
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
                // A bare role: "the Minister", "the Minister of Defense".
                if m.role_only && !phrase_text.to_lowercase().ends_with('s') {
                    let same_office = self.people.iter().rev().find(|p| m.office.is_some() && p.mention.office == m.office);
                    let same_sector = self.people.iter().rev().find(|p| m.sector.is_some() && p.mention.sector == m.sector);
                    let found = same_office.or(same_sector);
                    return found.map(|k| vec![with_role(&k.mention, m)]).unwrap_or_default();
                }
                Vec::new()
            }
        }
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
