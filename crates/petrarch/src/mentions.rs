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
    /// Its first token and one past its last (pattern slots continue after
    /// it; the evidence quotes it).
    pub extent: (usize, usize),
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
    path_edges(tree, a, b).map(|edges| edges.len())
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

/// Whether two mentions are joined as a compound: by `conj` in the tree
/// (directly, or on the noun-phrase path between them), or in the text by
/// "and", "or" and commas with only determiners and adjectives besides
/// ("Fornost and the evil Gondor").
fn compound_partners(tree: &Parsed, upper: &[String], a: &Mention, b: &Mention) -> bool {
    if conj_path(tree, a, b) {
        return true;
    }
    let (l, r) = if a.end <= b.start { (a.end, b.start) } else { (b.end, a.start) };
    r > l
        && upper[l..r].iter().any(|w| matches!(w.as_str(), "," | "AND" | "OR" | "&"))
        && (l..r).all(|t| matches!(upper[t].as_str(), "," | "AND" | "OR" | "&") || matches!(tree.upos[t], Upos::Det | Upos::Adj))
}

/// Whether the noun-phrase path between two mentions crosses a `conj`.
fn conj_path(tree: &Parsed, a: &Mention, b: &Mention) -> bool {
    path_edges(tree, a, b).is_some_and(|edges| edges.contains(&Deprel::Conj))
}

/// Whether two mentions are parts of one name-like noun phrase: joined
/// only by compound, flat, possessive or apposition links, with no
/// preposition or conjunction between ("Ithilen's minister Calimehtar").
fn tight_path(tree: &Parsed, a: &Mention, b: &Mention) -> bool {
    path_edges(tree, a, b).is_some_and(|edges| {
        edges.iter().all(|d| matches!(d, Deprel::Compound | Deprel::Flat | Deprel::NmodPoss | Deprel::Appos | Deprel::Amod | Deprel::Det | Deprel::Nummod | Deprel::Fixed))
    })
}

/// The relations on the noun-phrase path between two mentions, if one
/// noun phrase holds both.
fn path_edges(tree: &Parsed, a: &Mention, b: &Mention) -> Option<Vec<Deprel>> {
    let climb = |from: &Mention, to: &Mention| -> Option<Vec<Deprel>> {
        let mut cur = from.head;
        let mut edges = Vec::new();
        for _ in 0..8 {
            if (to.start..to.end).contains(&cur) {
                return Some(edges);
            }
            edges.push(tree.deprels[cur]);
            cur = nominal_parent(tree, cur)?;
        }
        None
    };
    if let Some(e) = climb(a, b).or_else(|| climb(b, a)) {
        return Some(e);
    }
    // Meeting at a common ancestor.
    let up_a = ancestors(tree, a.head);
    let up_b = ancestors(tree, b.head);
    for (i, &(x, _)) in up_a.iter().enumerate() {
        if let Some(j) = up_b.iter().position(|&(y, _)| y == x) {
            return Some(up_a[..i].iter().chain(&up_b[..j]).map(|&(t, _)| tree.deprels[t]).collect());
        }
    }
    None
}

/// Union-find over mention indices.
struct Sets(Vec<usize>);

impl Sets {
    fn find(&mut self, i: usize) -> usize {
        let mut r = i;
        while self.0[r] != r {
            r = self.0[r];
        }
        self.0[i] = r;
        r
    }
    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// How an agent qualifies its group.
#[derive(Clone, Copy)]
enum Attach {
    /// Every actor of the compound ("the ambassadors of A, B and C").
    All,
    /// One actor mention only ("Ithilen and the government of Gondor").
    One(usize),
}

/// Groups the mentions into coded actors: compounds of actors; a later
/// actor of a name-like phrase standing for nothing more than the first
/// (PETRARCH codes "Ithilen's minister Calimehtar" as `ITHGOV`); agents
/// with their nearest actor; agents without one by themselves.
pub(crate) fn group_mentions(tree: &Parsed, upper: &[String], mentions: &[Mention]) -> Vec<Group> {
    let n = mentions.len();
    let is_actor = |m: usize| matches!(mentions[m].kind, MentionKind::Actor(_));
    let mut sets = Sets((0..n).collect());
    let mut absorbed = vec![false; n];
    for a in 0..n {
        for b in a + 1..n {
            if !(is_actor(a) && is_actor(b)) {
                continue;
            }
            if compound_partners(tree, upper, &mentions[a], &mentions[b]) {
                sets.join(a, b);
            } else if !absorbed[b] && tight_path(tree, &mentions[a], &mentions[b]) {
                absorbed[b] = true;
                sets.join(a, b);
            }
        }
    }
    // Each agent joins its nearest actor: fewest tree steps inside one
    // noun phrase, else few filler words between them; ties go to the
    // nearer in the text.
    let mut attach: Vec<Option<Attach>> = vec![None; n];
    for g in (0..n).filter(|&g| !is_actor(g)) {
        let mut best: Option<(usize, usize, usize)> = None;
        for a in (0..n).filter(|&a| is_actor(a)) {
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
        let Some((_, _, a)) = best else { continue };
        sets.join(g, a);
        // Shared when the agent heads the noun phrase of the compound's
        // first actor, or stands before all of it.
        let first = (0..n).find(|&m| is_actor(m) && !absorbed[m] && sets.find(m) == sets.find(a)).unwrap_or(a);
        let heads_it = ancestors(tree, mentions[first].head).iter().any(|&(t, _)| (mentions[g].start..mentions[g].end).contains(&t));
        attach[g] = Some(if heads_it || mentions[g].end <= mentions[first].start { Attach::All } else { Attach::One(a) });
    }
    // Agents without an actor: those side by side or joined as a compound
    // code together ("Clerics and lawmakers" → `---REL`, `---LEG`).
    for g in (0..n).filter(|&g| !is_actor(g) && attach[g].is_none()) {
        for h in (g + 1..n).filter(|&h| !is_actor(h) && attach[h].is_none()) {
            let side_by_side = mentions[g].end == mentions[h].start;
            if side_by_side || compound_partners(tree, upper, &mentions[g], &mentions[h]) {
                sets.join(g, h);
            }
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut of_root: Vec<Option<usize>> = vec![None; n];
    for m in 0..n {
        let r = sets.find(m);
        let g = *of_root[r].get_or_insert_with(|| {
            groups.push(Group::default());
            groups.len() - 1
        });
        groups[g].mentions.push(m);
    }
    for g in &mut groups {
        g.codes = group_codes(tree, upper, g, mentions, &absorbed, &attach);
        let start = g.mentions.iter().map(|&m| mentions[m].start).min().unwrap_or(0);
        let end = g.mentions.iter().map(|&m| mentions[m].end).max().unwrap_or(0);
        g.extent = (start, end);
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

/// The codes of a group: every actor code of a compound with the prefix
/// agents that apply to it before and the suffix agents after; agents
/// joined as a compound ("media and government") give one code each.
fn group_codes(tree: &Parsed, upper: &[String], group: &Group, mentions: &[Mention], absorbed: &[bool], attach: &[Option<Attach>]) -> Vec<String> {
    let members: Vec<usize> = group.mentions.iter().copied().filter(|&m| matches!(mentions[m].kind, MentionKind::Actor(_)) && !absorbed[m]).collect();
    let agents: Vec<usize> = group.mentions.iter().copied().filter(|&m| matches!(mentions[m].kind, MentionKind::Agent(_))).collect();
    // Agent slots in text order, a compound of agents sharing one slot.
    let slots_for = |applies: &dyn Fn(usize) -> bool| -> Vec<Vec<usize>> {
        let mut slots: Vec<Vec<usize>> = Vec::new();
        for &g in agents.iter().filter(|&&g| applies(g)) {
            match slots.last_mut() {
                Some(last) if last.iter().any(|&h| compound_partners(tree, upper, &mentions[h], &mentions[g])) => last.push(g),
                _ => slots.push(vec![g]),
            }
        }
        slots
    };
    let mut out: Vec<String> = Vec::new();
    let mut compose = |base: &str, slots: &[Vec<usize>]| {
        let mut partial = vec![String::new()];
        let mut suffix_slots: Vec<&Vec<usize>> = Vec::new();
        for slot in slots {
            let prefixes: Vec<&str> = slot
                .iter()
                .filter_map(|&g| match &mentions[g].kind {
                    MentionKind::Agent(AgentCode::Prefix(p)) => Some(p.as_str()),
                    _ => None,
                })
                .collect();
            if prefixes.is_empty() {
                suffix_slots.push(slot);
            } else {
                for p in prefixes {
                    for code in &mut partial {
                        if !base.starts_with(p) && !code.contains(p) {
                            code.push_str(p);
                        }
                    }
                }
            }
        }
        for code in &mut partial {
            code.push_str(base);
        }
        for slot in suffix_slots {
            let mut next = Vec::new();
            for code in &partial {
                for &g in slot {
                    let MentionKind::Agent(AgentCode::Suffix(s)) = &mentions[g].kind else { continue };
                    let mut c = code.clone();
                    if !holds_unit(&c, s) {
                        c.push_str(s);
                    }
                    if !next.contains(&c) {
                        next.push(c);
                    }
                }
            }
            if !next.is_empty() {
                partial = next;
            }
        }
        for code in partial {
            if !out.contains(&code) {
                out.push(code);
            }
        }
    };
    if members.is_empty() {
        if group.mentions.iter().any(|&m| matches!(mentions[m].kind, MentionKind::Actor(_))) {
            return Vec::new();
        }
        compose("---", &slots_for(&|_| true));
        return out;
    }
    for &m in &members {
        let MentionKind::Actor(codes) = &mentions[m].kind else { continue };
        let slots = slots_for(&|g| match attach[g] {
            Some(Attach::One(a)) => a == m || (absorbed[a] && !members.contains(&a) && m == members[0]),
            _ => true,
        });
        for c in codes {
            compose(c, &slots);
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
