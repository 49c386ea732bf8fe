//! Actor and agent phrases in a sentence, and how they group into coded
//! actors: compounds ("Gondor and Arnor") and agents attached to their
//! actor ("Gondor's government", "soldiers from Gondor", "the ambassadors
//! of Arnor, Osgiliath and Gondor").

use chrono::NaiveDate;
use dyad_core::{Deprel, Upos};
use dyad_core::Parsed;
use dyad_dict::petrarch::AgentCode;

use crate::index::{Index, PhraseKind};
use crate::set::PetrarchSet;

/// What a phrase found in the sentence stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// An actor and its codes on the sentence's date (none for a null
    /// actor, `[---]`).
    Actor(Vec<String>),
    /// An agent.
    Agent(AgentCode),
}

/// An actor or agent phrase: tokens `start..end`.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    /// The token of the phrase whose head lies outside it.
    pub head: usize,
    pub kind: MentionKind,
}

/// A coded actor: one or more actors (a compound) with the agents that
/// qualify them, or agents alone.
#[derive(Debug, Clone, Default)]
pub(crate) struct Group {
    /// Mentions (indices into the sentence's mentions), in text order.
    pub mentions: Vec<usize>,
    /// The codes it gives, one per actor of a compound (`---GOV` for agents alone).
    pub codes: Vec<String>,
}

impl Group {
    /// First and last token.
    pub(crate) fn span(&self, mentions: &[Mention]) -> (usize, usize) {
        let start = self.mentions.iter().map(|&m| mentions[m].start).min().unwrap_or(0);
        let end = self.mentions.iter().map(|&m| mentions[m].end).max().unwrap_or(0);
        (start, end)
    }
}

/// Finds every longest actor or agent phrase, left to right.
pub(crate) fn find_mentions(index: &Index, set: &PetrarchSet, upper: &[String], tree: &Parsed, date: Option<NaiveDate>) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < upper.len() {
        let found = index.phrases.get(&upper[i]).and_then(|list| {
            list.iter().find(|p| p.words.len() <= upper.len() - i && p.words.iter().zip(&upper[i..]).all(|(a, b)| a == b))
        });
        let Some(p) = found else {
            i += 1;
            continue;
        };
        let end = i + p.words.len();
        let head = (i..end).find(|&t| tree.head(t).is_none_or(|h| h < i || h >= end)).unwrap_or(end - 1);
        let kind = match &p.kind {
            PhraseKind::Actor(a) => {
                let actor = &set.actors[*a];
                let code = match date {
                    Some(d) => actor.code_on(d),
                    None => actor.codes.iter().find(|c| c.from.is_none() && c.to.is_none()).or(actor.codes.first()),
                };
                MentionKind::Actor(code.map(|c| c.codes().into_iter().map(|s| s.to_ascii_uppercase()).collect()).unwrap_or_default())
            }
            PhraseKind::Agent(code) => MentionKind::Agent(code.clone()),
        };
        out.push(Mention { start: i, end, head, kind });
        i = end;
    }
    out
}

fn nominal(u: Upos) -> bool {
    matches!(u, Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num | Upos::Adj | Upos::X | Upos::Sym)
}

/// The head of `t` when the relation keeps it inside one noun phrase.
fn nominal_parent(tree: &Parsed, t: usize) -> Option<usize> {
    let h = tree.head(t)?;
    let inside = matches!(
        tree.deprels[t],
        Deprel::Compound
            | Deprel::Flat
            | Deprel::Nmod
            | Deprel::NmodPoss
            | Deprel::NmodUnmarked
            | Deprel::NmodDesc
            | Deprel::Appos
            | Deprel::Conj
            | Deprel::Amod
            | Deprel::Nummod
            | Deprel::Det
            | Deprel::Fixed
            | Deprel::Dep
    );
    (inside && nominal(tree.upos[h])).then_some(h)
}

/// Steps from `t` up to each of its noun-phrase ancestors (itself at 0).
fn ancestors(tree: &Parsed, t: usize) -> Vec<(usize, usize)> {
    let mut out = vec![(t, 0)];
    let mut cur = t;
    while let Some(h) = nominal_parent(tree, cur) {
        if out.len() > 8 || out.iter().any(|&(a, _)| a == h) {
            break;
        }
        out.push((h, out.len()));
        cur = h;
    }
    out
}

/// Tree steps between two mentions inside one noun phrase, if they share one.
fn tree_distance(tree: &Parsed, a: &Mention, b: &Mention) -> Option<usize> {
    let up_a = ancestors(tree, a.head);
    let up_b = ancestors(tree, b.head);
    let mut best: Option<usize> = None;
    for &(x, da) in &up_a {
        for &(y, db) in &up_b {
            let meet = x == y || (b.start..b.end).contains(&x) || (a.start..a.end).contains(&y);
            if meet {
                best = Some(best.map_or(da + db, |d: usize| d.min(da + db)));
            }
        }
    }
    best
}

/// Words that may stand between an agent and its actor in the text.
fn filler(word: &str) -> bool {
    matches!(word, "'S" | "'" | "OF" | "IN" | "FROM" | "THE" | "A" | "AN" | "FOR")
}

/// Tokens between two mentions, if they are few and all fillers.
fn linear_gap(upper: &[String], a: &Mention, b: &Mention) -> Option<usize> {
    let (l, r) = if a.end <= b.start { (a.end, b.start) } else { (b.end, a.start) };
    (r >= l && r - l <= 3 && upper[l..r].iter().all(|w| filler(w))).then(|| r - l)
}

/// Whether two actor mentions form a compound: joined by `conj` in the
/// tree or by "and", "or" and commas in the text.
fn compound_partners(tree: &Parsed, upper: &[String], a: &Mention, b: &Mention) -> bool {
    let conj = |x: &Mention, y: &Mention| tree.deprels[x.head] == Deprel::Conj && tree.head(x.head).is_some_and(|h| (y.start..y.end).contains(&h));
    if conj(a, b) || conj(b, a) {
        return true;
    }
    let (l, r) = if a.end <= b.start { (a.end, b.start) } else { (b.end, a.start) };
    r > l && upper[l..r].iter().all(|w| matches!(w.as_str(), "," | "AND" | "OR" | "&"))
}

/// Groups the mentions into coded actors.
pub(crate) fn group_mentions(tree: &Parsed, upper: &[String], mentions: &[Mention]) -> Vec<Group> {
    let n = mentions.len();
    // Compounds: union of actor mentions.
    let mut root: Vec<usize> = (0..n).collect();
    fn find(root: &mut [usize], i: usize) -> usize {
        let mut r = i;
        while root[r] != r {
            r = root[r];
        }
        root[i] = r;
        r
    }
    let is_actor = |m: &Mention| matches!(m.kind, MentionKind::Actor(_));
    for a in 0..n {
        for b in a + 1..n {
            if is_actor(&mentions[a]) && is_actor(&mentions[b]) && compound_partners(tree, upper, &mentions[a], &mentions[b]) {
                let (ra, rb) = (find(&mut root, a), find(&mut root, b));
                root[rb] = ra;
            }
        }
    }
    // Each agent joins its nearest actor: fewest tree steps inside one
    // noun phrase, else few filler words between them; ties go to the
    // nearer in the text.
    for g in 0..n {
        if is_actor(&mentions[g]) {
            continue;
        }
        let mut best: Option<(usize, usize, usize)> = None;
        for a in 0..n {
            if !is_actor(&mentions[a]) {
                continue;
            }
            let linear = linear_gap(upper, &mentions[g], &mentions[a]);
            let steps = match (tree_distance(tree, &mentions[g], &mentions[a]), linear) {
                (Some(t), Some(l)) => t.min(l + 1),
                (Some(t), None) => t,
                (None, Some(l)) => l + 1,
                (None, None) => continue,
            };
            let gap = mentions[g].start.abs_diff(mentions[a].start);
            if best.is_none_or(|(s, d, _)| (steps, gap) < (s, d)) {
                best = Some((steps, gap, a));
            }
        }
        if let Some((_, _, a)) = best {
            let ra = find(&mut root, a);
            root[g] = ra;
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut of_root: Vec<Option<usize>> = vec![None; n];
    for m in 0..n {
        let r = find(&mut root, m);
        let g = *of_root[r].get_or_insert_with(|| {
            groups.push(Group::default());
            groups.len() - 1
        });
        groups[g].mentions.push(m);
    }
    // Standalone agents next to each other ("security officials" read as
    // two agents) stay separate groups: PETRARCH codes the phrase once,
    // so a later one adds nothing when an earlier one codes.
    for g in &mut groups {
        g.codes = group_codes(g, mentions);
    }
    groups
}

/// Whether `code` already holds `part` as one of its three-letter units
/// after the first (PETRARCH leaves out an agent its actor already has).
fn holds_unit(code: &str, part: &str) -> bool {
    if part.is_empty() {
        return true;
    }
    let mut i = 3;
    while i + part.len() <= code.len() {
        if code.is_char_boundary(i) && code[i..].starts_with(part) {
            return true;
        }
        i += 3;
    }
    false
}

/// The codes of a group: every actor code of a compound with the group's
/// prefix agents before it and suffix agents after it.
fn group_codes(group: &Group, mentions: &[Mention]) -> Vec<String> {
    let mut actors: Vec<&str> = Vec::new();
    let mut prefixes: Vec<&str> = Vec::new();
    let mut suffixes: Vec<&str> = Vec::new();
    let mut has_actor = false;
    for &m in &group.mentions {
        match &mentions[m].kind {
            MentionKind::Actor(codes) => {
                has_actor = true;
                actors.extend(codes.iter().map(String::as_str));
            }
            MentionKind::Agent(AgentCode::Prefix(p)) => prefixes.push(p),
            MentionKind::Agent(AgentCode::Suffix(s)) => suffixes.push(s),
        }
    }
    if has_actor && actors.is_empty() {
        // A null actor: known, and not coded.
        return Vec::new();
    }
    let bases: Vec<&str> = if actors.is_empty() { vec!["---"] } else { actors };
    let mut out = Vec::new();
    for base in bases {
        let mut code = String::new();
        for p in &prefixes {
            if !base.starts_with(p) && !code.contains(p) {
                code.push_str(p);
            }
        }
        code.push_str(base);
        for s in &suffixes {
            if !holds_unit(&code, s) {
                code.push_str(s);
            }
        }
        if !out.contains(&code) {
            out.push(code);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agent_the_actor_code_already_has_is_left_out() {
        assert!(holds_unit("USAGOV", "GOV"));
        assert!(!holds_unit("GOVUSA", "GOV"));
        assert!(holds_unit("HGWGOVMED", "GOV"));
        assert!(!holds_unit("ARN", "GOV"));
    }
}
