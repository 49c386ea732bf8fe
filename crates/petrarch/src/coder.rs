//! Coding one sentence with a PETRARCH set: each verb of the verb
//! dictionary gives an event; a pattern of its family, tried most specific
//! first, may set the code, the source and the target; otherwise the verb
//! codes with its own code, the source is the verb's subject and the target
//! the first coded actor after the verb in its clause.

use chrono::NaiveDate;
use dyad_core::{Deprel, Parsed, Upos};

use crate::index::{Index, VerbEntry};
use crate::mentions::{find_mentions, group_mentions, Group, Mention};
use crate::pattern::{Bindings, Scene};
use crate::set::PetrarchSet;
use crate::transform::{read_transformations, Role, Transformation};

/// What one verb of a sentence reads as, before events are written.
struct Reading<'e> {
    entry: &'e VerbEntry,
    /// The verb's token and its phrase's tokens.
    token: usize,
    start: usize,
    end: usize,
    code: dyad_dict::petrarch::Code,
    bindings: Bindings,
    pattern_line: Option<usize>,
    source: Option<usize>,
    target: Option<usize>,
    /// The verb has a subject of its own in the tree.
    own_subject: bool,
}

/// One event coded with a PETRARCH set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PetrarchEvent {
    /// Source actor code (`ARNGOV`).
    pub source: String,
    /// Target actor code.
    pub target: String,
    /// Event code as the dictionary writes it (`064`, `174K`).
    pub code: String,
    /// Tokens of the verb phrase that coded it.
    pub verb: (usize, usize),
    /// Line of the verb in the verb dictionary.
    pub verb_line: usize,
    /// Line of the pattern or transformation that coded it, if one did.
    pub pattern_line: Option<usize>,
    /// Tokens of the actor phrase that gave the source (none for `---`).
    pub source_words: Option<(usize, usize)>,
    /// Tokens of the actor phrase that gave the target (none for `---`).
    pub target_words: Option<(usize, usize)>,
}

/// PETRARCH's coding options that dyad follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Code only events with both a source and a target (PETRARCH's
    /// `require_dyad`, on by default); when off, a missing side is `---`.
    pub require_dyad: bool,
}

impl Options {
    /// The options a `PETR_config.ini` sets in its `[Options]` section
    /// (`require_dyad = False`); others keep their defaults.
    pub fn from_config(text: &str) -> Options {
        let mut options = Options::default();
        for (key, value) in crate::set::config_entries(text, "Options") {
            if key.eq_ignore_ascii_case("require_dyad") {
                if let Some(v) = config_bool(&value) {
                    options.require_dyad = v;
                }
            }
        }
        options
    }
}

/// An INI truth value as Python's configparser reads it (`True`, `yes`,
/// `on`, `1` and their opposites, any case); `None` for anything else.
pub fn config_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" | "1" => Some(true),
        "false" | "no" | "off" | "0" => Some(false),
        _ => None,
    }
}

/// The `[Options]` of a `PETR_config.ini` that dyad reads but does not
/// apply (anything but `require_dyad` and the input and output file names,
/// which dyad's command line gives): reported so that none is ignored
/// silently.
pub fn unapplied_config_options(text: &str) -> Vec<String> {
    crate::set::config_entries(text, "Options")
        .into_iter()
        .filter_map(|(key, value)| match key.to_ascii_lowercase().as_str() {
            "require_dyad" if config_bool(&value).is_some() => None,
            "require_dyad" => Some(format!("require_dyad = {value} (not a truth value; True kept)")),
            "textfile_list" | "eventfile_name" => None,
            _ => Some(key),
        })
        .collect()
}

impl Default for Options {
    fn default() -> Self {
        Options { require_dyad: true }
    }
}

/// A coder holding a set compiled for lookup.
#[derive(Debug)]
pub struct PetrarchCoder {
    set: PetrarchSet,
    index: Index,
    transformations: Vec<Transformation>,
}

impl PetrarchCoder {
    /// Compiles `set` for coding.
    pub fn new(mut set: PetrarchSet) -> PetrarchCoder {
        let index = Index::build(&set);
        let (transformations, bad) = read_transformations(&set.verbs.unsupported, &index);
        for (line, why) in bad {
            set.report.malformed.push(dyad_dict::DictError { file: set.verbs_file.clone(), line, message: format!("transformation not applied: {why}") });
        }
        if !transformations.is_empty() {
            set.report.files.push(format!("{} transformations", transformations.len()));
        }
        PetrarchCoder { set, index, transformations }
    }

    /// The set it codes with.
    pub fn set(&self) -> &PetrarchSet {
        &self.set
    }

    /// Whether a sentence holds a discard phrase: (sentence-level,
    /// story-level).
    pub fn discards(&self, words: &[&str]) -> (bool, bool) {
        self.discards_in(&upper_case(words))
    }

    /// [`PetrarchCoder::discards`] of words already upper-cased.
    pub(crate) fn discards_in(&self, upper: &[String]) -> (bool, bool) {
        let mut found = (false, false);
        for (phrase, story) in &self.index.discards {
            if !phrase.is_empty() && upper.windows(phrase.len()).any(|w| w == phrase.as_slice()) {
                if *story {
                    found.1 = true;
                } else {
                    found.0 = true;
                }
            }
        }
        found
    }

    /// The issues a sentence's words raise, with how often, in order of
    /// first mention: every longest issue phrase that no exclusion covers.
    pub fn issues(&self, words: &[&str]) -> Vec<(String, usize)> {
        self.issues_in(&upper_case(words))
    }

    /// [`PetrarchCoder::issues`] of words already upper-cased.
    pub(crate) fn issues_in(&self, upper: &[String]) -> Vec<(String, usize)> {
        if self.index.issues.is_empty() {
            return Vec::new();
        }
        let fits = |form: &[String], at: usize| form.len() <= upper.len() - at && form.iter().zip(&upper[at..]).all(|(a, b)| a == b);
        let mut excluded = vec![false; upper.len()];
        for at in 0..upper.len() {
            for form in self.index.issue_exclusions.get(&upper[at]).into_iter().flatten() {
                if fits(form, at) {
                    excluded[at..at + form.len()].iter_mut().for_each(|e| *e = true);
                }
            }
        }
        let mut out: Vec<(String, usize)> = Vec::new();
        let mut at = 0;
        while at < upper.len() {
            let found = self.index.issues.get(&upper[at]).and_then(|list| list.iter().find(|(form, _)| fits(form, at) && !excluded[at..at + form.len()].contains(&true)));
            match found {
                Some((form, code)) => {
                    match out.iter_mut().find(|(c, _)| c == code) {
                        Some((_, n)) => *n += 1,
                        None => out.push((code.clone(), 1)),
                    }
                    at += form.len();
                }
                None => at += 1,
            }
        }
        out
    }

    /// Codes one parsed sentence: `words` are its tokens, `tree` their
    /// parse, `date` picks date-restricted actor codes. Events without a
    /// source or a target are left out unless `options` turns PETRARCH's
    /// `require_dyad` off; events of an actor with itself are left out; a
    /// sentence holding a discard phrase codes nothing.
    pub fn code_sentence(&self, words: &[&str], tree: &Parsed, date: Option<NaiveDate>, options: &Options) -> Vec<PetrarchEvent> {
        let upper = upper_case(words);
        let (discard, story) = self.discards_in(&upper);
        if discard || story {
            return Vec::new();
        }
        self.events_in(&upper, tree, date, options)
    }

    /// The events of a sentence whose discards were checked, its words
    /// upper-cased.
    pub(crate) fn events_in(&self, upper: &[String], tree: &Parsed, date: Option<NaiveDate>, options: &Options) -> Vec<PetrarchEvent> {
        let mentions = find_mentions(&self.index, &self.set, upper, tree, date);
        let groups = group_mentions(tree, upper, &mentions);
        let mut group_of = vec![0; mentions.len()];
        for (g, group) in groups.iter().enumerate() {
            for &m in &group.mentions {
                group_of[m] = g;
            }
        }
        let in_mention: Vec<bool> = (0..upper.len()).map(|t| mentions.iter().any(|m| (m.start..m.end).contains(&t))).collect();
        let nominal: Vec<bool> = (0..upper.len()).map(|t| matches!(tree.upos[t], Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num)).collect();
        let spans = subtree_spans(tree);
        let (preps, nouns) = crate::pattern::phrase_spans(tree, &spans);
        let scene = Scene { index: &self.index, upper, mentions: &mentions, groups: &groups, group_of: &group_of, nominal: &nominal, preps: &preps, nouns: &nouns, steps: std::cell::Cell::new(crate::pattern::STEPS) };
        let mut readings: Vec<Reading<'_>> = Vec::new();
        let mut t = 0;
        while t < upper.len() {
            if tree.upos[t] != Upos::Verb || in_mention[t] {
                t += 1;
                continue;
            }
            let Some((entry, start, end)) = self.verb_at(upper, tree, t) else {
                t += 1;
                continue;
            };
            let subtree_end = spans[t].1.max(end);
            let family = &self.index.patterns[entry.family];
            let matched = family.iter().find_map(|p| scene.matches(p, start, end, subtree_end).map(|b| (p, b)));
            let (code, bindings, pattern_line) = match matched {
                Some((p, b)) => (p.code.clone(), b, Some(p.line)),
                None => (entry.code.clone(), Bindings::default(), None),
            };
            let slots = Slots::find(tree, &mentions, &groups, &group_of, t, start, end, subtree_end);
            readings.push(Reading {
                entry,
                token: t,
                start,
                end,
                code,
                bindings,
                pattern_line,
                source: bindings.source.or(slots.source),
                target: bindings.target.or(slots.target),
                own_subject: slots.own_subject,
            });
            t = end.max(t + 1);
        }
        let mut events = Vec::new();
        let mut used = vec![false; readings.len()];
        self.transform(tree, &groups, &readings, &mut used, &mut events);
        let null = vec!["---".to_string()];
        for (r, reading) in readings.iter().enumerate() {
            if !used[r] {
                emit(reading, &groups, options, &null, &mut events);
            }
        }
        events
    }

    /// Applies the transformations: an outer verb with an inner verb in its
    /// complement clause become one event; both readings are then used.
    fn transform(&self, tree: &Parsed, groups: &[Group], readings: &[Reading<'_>], used: &mut [bool], events: &mut Vec<PetrarchEvent>) {
        let codes = |g: Option<usize>| g.map(|g| groups[g].codes.as_slice()).filter(|c| !c.is_empty());
        for (o, outer) in readings.iter().enumerate() {
            let Some(a) = codes(outer.source) else { continue };
            for (i, inner) in readings.iter().enumerate() {
                if i == o || used[i] || used[o] || !complement_of(tree, inner.token, outer.token) {
                    continue;
                }
                let same_source = inner.source.is_some() && codes(inner.source) == Some(a);
                for tr in &self.transformations {
                    if tr.outer_family != outer.entry.family || tr.inner_family.is_some_and(|f| f != inner.entry.family) {
                        continue;
                    }
                    let b = match (tr.inner_source, tr.inner_target) {
                        (Role::A, Role::B) if same_source => codes(inner.target),
                        (Role::NoSubject, Role::B) if !inner.own_subject => codes(inner.target),
                        (Role::B, _) if !same_source => codes(inner.source),
                        _ => None,
                    };
                    let Some(b) = b else { continue };
                    let Some(code) = tr.code.clone().or_else(|| inner.code.primary.clone()) else { continue };
                    let b_group = if tr.inner_source == Role::B { inner.source } else { inner.target };
                    for x in a {
                        for y in b.iter().filter(|y| *y != x) {
                            events.push(PetrarchEvent {
                                source: x.clone(),
                                target: y.clone(),
                                code: code.clone(),
                                verb: (inner.start, inner.end),
                                verb_line: inner.entry.line,
                                pattern_line: Some(tr.line),
                                source_words: outer.source.map(|g| groups[g].extent),
                                target_words: b_group.map(|g| groups[g].extent),
                            });
                        }
                    }
                    used[o] = true;
                    used[i] = true;
                    break;
                }
            }
        }
    }

    /// The verb of the dictionary at token `t`, longest first: (entry,
    /// first token, end token). A verb listed twice codes with its later
    /// entry, as PETRARCH's dictionary keeps the last one read.
    fn verb_at(&self, upper: &[String], tree: &Parsed, t: usize) -> Option<(&VerbEntry, usize, usize)> {
        let lemma = tree.lemma(t).to_uppercase();
        let by_form = self.index.verbs_by_form.get(&upper[t]).into_iter().flatten();
        let by_lemma = self.index.verbs_by_lemma.get(&lemma).into_iter().flatten();
        let mut best: Option<(&VerbEntry, usize, usize)> = None;
        for e in by_form.chain(by_lemma) {
            if e.head > t || t + (e.words.len() - e.head) > upper.len() {
                continue;
            }
            let start = t - e.head;
            let end = start + e.words.len();
            let fits = e.words.iter().enumerate().all(|(i, w)| i == e.head || upper[start + i] == *w);
            if fits && best.is_none_or(|(b, _, _)| (e.words.len(), e.line) > (b.words.len(), b.line)) {
                best = Some((e, start, end));
            }
        }
        best
    }
}

/// A sentence's words upper-cased, as every dictionary lookup compares them.
pub(crate) fn upper_case(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_uppercase()).collect()
}

/// Writes the events of one reading: its source and target (or the
/// compound its pattern bound), with the primary code one way and a
/// paired code the other.
fn emit(r: &Reading<'_>, groups: &[Group], options: &Options, null: &Vec<String>, events: &mut Vec<PetrarchEvent>) {
    // (source code, target code, source group, target group)
    type Pair<'a> = (&'a str, &'a str, Option<usize>, Option<usize>);
    let mut pairs: Vec<Pair<'_>> = Vec::new();
    if let Some(c) = r.bindings.compound {
        let codes = &groups[c].codes;
        match r.bindings.source.or(r.bindings.target) {
            // A compound against a single actor: each member with it.
            Some(o) => {
                for a in codes {
                    for b in &groups[o].codes {
                        if r.bindings.source.is_some() {
                            pairs.push((b, a, Some(o), Some(c)));
                        } else {
                            pairs.push((a, b, Some(c), Some(o)));
                        }
                    }
                }
            }
            // A compound after the verb with a subject before it: the
            // subject acts on each member ("Eriador agrees with the
            // Philippines and France").
            None if r.bindings.compound_after && r.source.is_some_and(|s| s != c && !groups[s].codes.is_empty()) => {
                let s = r.source.expect("checked");
                for a in &groups[s].codes {
                    for b in codes {
                        pairs.push((a, b, Some(s), Some(c)));
                    }
                }
            }
            // A compound alone: its members with each other.
            None => {
                for a in codes {
                    for b in codes {
                        pairs.push((a, b, Some(c), Some(c)));
                    }
                }
            }
        }
    } else {
        let side = |g: Option<usize>| g.filter(|&g| !groups[g].codes.is_empty());
        let sides = match (side(r.source), side(r.target)) {
            (Some(s), Some(g)) => Some((&groups[s].codes, &groups[g].codes, Some(s), Some(g))),
            (Some(s), None) if !options.require_dyad => Some((&groups[s].codes, null, Some(s), None)),
            (None, Some(g)) if !options.require_dyad => Some((null, &groups[g].codes, None, Some(g))),
            _ => None,
        };
        if let Some((s, g, sg, tg)) = sides {
            for a in s {
                for b in g {
                    pairs.push((a, b, sg, tg));
                }
            }
        }
    }
    for (a, b, ga, gb) in pairs {
        if a == b {
            continue;
        }
        let words = |g: Option<usize>| g.map(|g| groups[g].extent);
        let event = |source: &str, target: &str, code: &str, sw: Option<usize>, tw: Option<usize>| PetrarchEvent {
            source: source.into(),
            target: target.into(),
            code: code.into(),
            verb: (r.start, r.end),
            verb_line: r.entry.line,
            pattern_line: r.pattern_line,
            source_words: words(sw),
            target_words: words(tw),
        };
        if let Some(p) = &r.code.primary {
            events.push(event(a, b, p, ga, gb));
        }
        if let Some(s) = &r.code.secondary {
            events.push(event(b, a, s, gb, ga));
        }
    }
}

/// Whether the verb at `inner` stands in a complement clause of the verb
/// at `outer` ("said that X attacked", "wants to attack", "wants Y to
/// attack").
fn complement_of(tree: &Parsed, inner: usize, outer: usize) -> bool {
    let mut cur = inner;
    for _ in 0..3 {
        if !matches!(tree.deprels[cur], Deprel::Ccomp | Deprel::Xcomp | Deprel::Parataxis) {
            return false;
        }
        match tree.head(cur) {
            Some(h) if h == outer => return true,
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

/// The tokens each word's subtree covers: (first, one past last).
fn subtree_spans(tree: &Parsed) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = (0..tree.len()).map(|t| (t, t + 1)).collect();
    for k in 0..tree.len() {
        let mut cur = k;
        // Bounded: a tree has no cycle, but a malformed one must not hang.
        for _ in 0..tree.len() {
            let Some(h) = tree.head(cur) else { break };
            spans[h].0 = spans[h].0.min(k);
            spans[h].1 = spans[h].1.max(k + 1);
            cur = h;
        }
    }
    spans
}

/// Whether token `k` lies in the subject at `s` or in another subject of
/// the same verb (a parser may split "Lions, tigers, and Gondor" into
/// several subjects).
fn in_subject(tree: &Parsed, k: usize, s: usize) -> bool {
    let is_subject = |x: usize| matches!(tree.deprels[x], Deprel::Nsubj | Deprel::NsubjPass | Deprel::Csubj);
    match tree.head(s) {
        Some(v) if is_subject(s) => tree.children(v).filter(|&c| is_subject(c)).any(|c| within(tree, k, c)),
        _ => within(tree, k, s),
    }
}

/// Whether token `k` lies in the subtree of `t`.
fn within(tree: &Parsed, k: usize, t: usize) -> bool {
    let mut cur = k;
    for _ in 0..=tree.len() {
        if cur == t {
            return true;
        }
        match tree.head(cur) {
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

/// The source and target a verb takes without a pattern.
struct Slots {
    source: Option<usize>,
    target: Option<usize>,
    /// The verb has a subject of its own in the tree.
    own_subject: bool,
}

impl Slots {
    #[allow(clippy::too_many_arguments)]
    fn find(tree: &Parsed, mentions: &[Mention], groups: &[Group], group_of: &[usize], t: usize, start: usize, end: usize, subtree_end: usize) -> Slots {
        let coded = |m: usize| !groups[group_of[m]].codes.is_empty();
        let first_group_in = |pred: &dyn Fn(usize) -> bool| -> Option<usize> {
            mentions.iter().enumerate().find(|(m, mention)| coded(*m) && pred(mention.head)).map(|(m, _)| group_of[m])
        };
        let (subject, passive) = subject_of(tree, t);
        let (mut source, mut target) = if passive {
            // "X was attacked by Y": Y is the source, X the target.
            let agent = tree.children(t).find(|&c| tree.deprels[c] == Deprel::OblAgent || (tree.deprels[c] == Deprel::Obl && tree.children(c).any(|k| tree.form(k).eq_ignore_ascii_case("by"))));
            (agent.and_then(|a| first_group_in(&|h| within(tree, h, a))), subject.and_then(|s| first_group_in(&|h| in_subject(tree, h, s))))
        } else {
            (subject.and_then(|s| first_group_in(&|h| in_subject(tree, h, s))), None)
        };
        // A subject in the verb's own clause, or the object that controls
        // it ("wants Putin to attack").
        let object_control = tree.deprels[t] == Deprel::Xcomp
            && tree.head(t).is_some_and(|h| tree.children(h).any(|c| matches!(tree.deprels[c], Deprel::Obj | Deprel::Iobj) && c < t));
        let own_subject = object_control || tree.children(t).any(|c| matches!(tree.deprels[c], Deprel::Nsubj | Deprel::NsubjPass | Deprel::Csubj));
        if !own_subject && !passive {
            // The parser gave the verb no subject of its own (an unknown
            // name read as another part of speech): a coded actor before
            // the verb inside its own clause is the subject.
            let own = mentions.iter().enumerate().rev().find(|(m, mention)| coded(*m) && mention.end <= start && within(tree, mention.head, t));
            if let Some((m, _)) = own {
                source = Some(group_of[m]);
            }
        }
        // A pronoun subject ("France said it would attack") stands for the
        // nearest coded actor before the verb; a subject that names no
        // actor ("unknown gunmen") leaves the event without a source.
        let pronoun = subject.is_some_and(|s| tree.upos[s] == Upos::Pron && !matches!(tree.form(s).to_ascii_lowercase().as_str(), "who" | "which" | "that" | "what"));
        if source.is_none() && !passive && pronoun {
            source = mentions.iter().enumerate().rev().find(|(m, mention)| coded(*m) && mention.end <= start).map(|(m, _)| group_of[m]);
        }
        if target.is_none() {
            target = mentions
                .iter()
                .enumerate()
                .find(|(m, mention)| {
                    coded(*m) && mention.start >= end && mention.start < subtree_end && within(tree, mention.head, t) && Some(group_of[*m]) != source
                })
                .map(|(m, _)| group_of[m]);
        }
        Slots { source, target, own_subject }
    }
}

/// The subject of the verb at `t`, climbing from a complement (to the
/// object of the verb above when it has one), a conjoined verb or a
/// relative clause to the clause that has one; and whether the verb is
/// passive.
fn subject_of(tree: &Parsed, t: usize) -> (Option<usize>, bool) {
    let passive = tree.children(t).any(|c| matches!(tree.deprels[c], Deprel::AuxPass | Deprel::NsubjPass | Deprel::OblAgent));
    let mut cur = t;
    for _ in 0..5 {
        if let Some(s) = tree.children(cur).find(|&c| matches!(tree.deprels[c], Deprel::Nsubj | Deprel::NsubjPass | Deprel::Csubj)) {
            return (Some(s), passive);
        }
        let Some(h) = tree.head(cur) else { break };
        match tree.deprels[cur] {
            Deprel::AclRelcl | Deprel::Acl => return (Some(h), passive),
            // Object control: in "urged Y to respond", "wants Y to attack"
            // the complement's subject is the object of the verb above.
            Deprel::Xcomp => {
                if let Some(o) = tree.children(h).find(|&c| matches!(tree.deprels[c], Deprel::Obj | Deprel::Iobj) && c < cur) {
                    return (Some(o), passive);
                }
                cur = h;
            }
            Deprel::Conj | Deprel::Advcl => cur = h,
            _ => break,
        }
    }
    (None, passive)
}
