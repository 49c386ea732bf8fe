//! Training: an averaged-perceptron tagger, then a greedy arc-hybrid parser
//! trained with the dynamic oracle and exploration (Goldberg and Nivre
//! 2012, 2013), then the lemma exceptions.
//!
//! Training is deterministic: sentence order comes from a seeded generator
//! and every table is written in sorted order, so the same inputs give the
//! same model file byte for byte.

use std::collections::HashMap;

use crate::conllu::Sentence;
use crate::features::{label_features, tagger_features, transition_features, ParseInput, TokenInfo};
use crate::labels::{Deprel, Upos};
use crate::lemma::{rules_give, Exceptions};
use crate::lexicon::WordTable;
use crate::model::{argmax, best_label, best_legal, Model};
use crate::transition::{is_tree, projectivize, Move, State};
use crate::sparse::SparseTable;
use crate::weights::{InlineTable, Perceptron, Table};

/// Training settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Passes over the data for the tagger.
    pub tagger_epochs: usize,
    /// Passes over the data for the parser.
    pub parser_epochs: usize,
    /// How many times each gold sentence is seen per pass (silver once).
    pub gold_repeat: usize,
    /// Parser training tags come from taggers trained on the other folds
    /// (jackknifing), so that the parser learns from tags as noisy as at
    /// run time; 0 or 1 uses gold tags.
    pub folds: usize,
    /// From the second pass on, the parser follows its own prediction with
    /// this probability (exploration), else the oracle's best move.
    pub explore: f64,
    /// Seed of the shuffling and exploration generator.
    pub seed: u64,
    /// Drop features whose largest weight is below this share of the
    /// largest weight in their table ([`Perceptron::finish`]).
    pub prune: f32,
    /// Most features kept in the transition table (the largest one): 2^19
    /// slots four fifths full by default.
    pub max_move_features: usize,
    /// Most features kept in the label table: 2^17 slots four fifths full
    /// by default.
    pub max_label_features: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options { tagger_epochs: 8, parser_epochs: 12, gold_repeat: 10, folds: 2, explore: 0.9, seed: 1, prune: 0.03, max_move_features: 419_430, max_label_features: 104_857 }
    }
}

/// xorshift64*: a small deterministic generator for shuffling.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (any value).
    pub fn new(seed: u64) -> Rng {
        Rng(crate::hash::mix(seed) | 1)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// A float in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Shuffles in place (Fisher-Yates).
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// A training sentence with precomputed token attributes.
struct Item {
    tokens: Vec<TokenInfo>,
    tags: Vec<u8>,
    /// Heads with a leading 0 for the root (index = word number), made
    /// projective; `None` when the sentence is not a tree.
    heads: Option<Vec<u32>>,
    labels: Vec<u8>,
    gold: bool,
}

/// Trains a model from gold and silver sentences. `log` receives progress
/// lines. `verb_forms` are (form, lemma) pairs of the lexicon's verb-forms
/// table, used for lemma exceptions.
pub fn train(
    gold: &[Sentence],
    silver: &[Sentence],
    lexicon: WordTable,
    verb_forms: &[(String, String)],
    opts: &Options,
    log: &mut dyn FnMut(&str),
) -> Model {
    let mut lifted = 0usize;
    let mut not_trees = 0usize;
    let mut items: Vec<Item> = Vec::with_capacity(gold.len() + silver.len());
    for (s, is_gold) in gold.iter().map(|s| (s, true)).chain(silver.iter().map(|s| (s, false))) {
        let tokens: Vec<TokenInfo> = s.words.iter().map(|w| TokenInfo::new(&w.form, &lexicon)).collect();
        let mut h = s.heads();
        let heads = if is_tree(&h) {
            if projectivize(&mut h) > 0 {
                lifted += 1;
            }
            let mut v = vec![0u32];
            v.extend(h);
            Some(v)
        } else {
            not_trees += 1;
            None
        };
        let mut labels = vec![Deprel::Root.index() as u8];
        labels.extend(s.words.iter().map(|w| w.deprel.index() as u8));
        items.push(Item { tokens, tags: s.words.iter().map(|w| w.upos.index() as u8).collect(), heads, labels, gold: is_gold });
    }
    log(&format!(
        "{} gold and {} silver sentences; {lifted} non-projective trees made projective by lifting; {not_trees} not trees (tagger only)",
        gold.len(),
        silver.len()
    ));
    let mut rng = Rng::new(opts.seed);
    let order = |rng: &mut Rng, idx: &[usize]| -> Vec<usize> {
        let mut o: Vec<usize> = Vec::new();
        for &i in idx {
            let k = if items[i].gold { opts.gold_repeat.max(1) } else { 1 };
            o.extend(std::iter::repeat_n(i, k));
        }
        rng.shuffle(&mut o);
        o
    };
    let all: Vec<usize> = (0..items.len()).collect();

    // Jackknifed tags for the parser.
    let mut parser_tags: Vec<Vec<u8>> = items.iter().map(|it| it.tags.clone()).collect();
    if opts.folds >= 2 {
        for fold in 0..opts.folds {
            let train_idx: Vec<usize> = all.iter().copied().filter(|i| i % opts.folds != fold).collect();
            let table = train_tagger(&items, &train_idx, opts.tagger_epochs, opts.prune, &mut rng, &order, &mut |_| {});
            let (mut right, mut total) = (0usize, 0usize);
            for i in all.iter().copied().filter(|i| i % opts.folds == fold) {
                let t = tag_with(&table, &items[i].tokens);
                right += t.iter().zip(&items[i].tags).filter(|(a, b)| a == b).count();
                total += t.len();
                parser_tags[i] = t;
            }
            log(&format!("jackknife fold {}/{}: tag accuracy on the held-out fold {:.4}", fold + 1, opts.folds, right as f64 / total.max(1) as f64));
        }
    }
    let tagger = train_tagger(&items, &all, opts.tagger_epochs, opts.prune, &mut rng, &order, log);
    let (moves, labels) = train_parser(&items, &parser_tags, opts, &mut rng, &order, log);
    let lemmas = lemma_exceptions(gold, silver, verb_forms, &lexicon);
    log(&format!("{} lemma exceptions", lemmas.len()));
    let label_groups = crate::label_groups::LabelGroups::build(&labels);
    Model {
        lexicon,
        lemmas,
        tagger,
        moves,
        labels,
        groups: crate::move_groups::MoveGroups::new(),
        label_groups,
        id: crate::tag_cache::ModelId::fresh(),
        description: format!(
            "trained on {} gold and {} silver sentences; tagger {} epochs, parser {} epochs, gold x{}, {} folds, exploration {}, seed {}, prune {}",
            gold.len(),
            silver.len(),
            opts.tagger_epochs,
            opts.parser_epochs,
            opts.gold_repeat,
            opts.folds,
            opts.explore,
            opts.seed,
            opts.prune
        ),
    }
}

type Order<'a> = dyn Fn(&mut Rng, &[usize]) -> Vec<usize> + 'a;

fn train_tagger(items: &[Item], idx: &[usize], epochs: usize, prune: f32, rng: &mut Rng, order: &Order, log: &mut dyn FnMut(&str)) -> Table {
    let mut p = Perceptron::new(Upos::ALL.len());
    let mut feats = Vec::with_capacity(64);
    let mut scores = vec![0f32; Upos::ALL.len()];
    let mut tags: Vec<u8> = Vec::new();
    for epoch in 0..epochs {
        let (mut right, mut total) = (0usize, 0usize);
        for i in order(rng, idx) {
            let it = &items[i];
            tags.clear();
            for k in 0..it.tokens.len() {
                tagger_features(&it.tokens, &tags, k, &mut feats);
                p.tick();
                p.score(&feats, &mut scores);
                let guess = argmax_f(&scores);
                let truth = it.tags[k] as usize;
                if guess != truth {
                    p.update(&feats, truth, 1.0);
                    p.update(&feats, guess, -1.0);
                } else {
                    right += 1;
                }
                total += 1;
                tags.push(guess as u8);
            }
        }
        log(&format!("tagger epoch {}: training accuracy {:.4}", epoch + 1, right as f64 / total.max(1) as f64));
    }
    p.finish(prune, usize::MAX)
}

fn tag_with(table: &Table, tokens: &[TokenInfo]) -> Vec<u8> {
    let mut tags = Vec::with_capacity(tokens.len());
    let mut feats = Vec::with_capacity(64);
    let mut scores = vec![0i32; Upos::ALL.len()];
    for k in 0..tokens.len() {
        tagger_features(tokens, &tags, k, &mut feats);
        table.score(&feats, &mut scores);
        tags.push(argmax(&scores) as u8);
    }
    tags
}

fn argmax_f(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

fn train_parser(items: &[Item], tags: &[Vec<u8>], opts: &Options, rng: &mut Rng, order: &Order, log: &mut dyn FnMut(&str)) -> (InlineTable, SparseTable) {
    let mut pm = Perceptron::new(Move::ALL.len());
    let mut pl = Perceptron::new(Deprel::ALL.len());
    let mut feats = Vec::with_capacity(64);
    let mut scores = [0f32; 3];
    let mut lscores = vec![0f32; Deprel::ALL.len()];
    let mut st = State::new(0);
    let trees: Vec<usize> = (0..items.len()).filter(|&i| items[i].heads.is_some()).collect();
    for epoch in 0..opts.parser_epochs {
        let (mut heads_right, mut words) = (0usize, 0usize);
        let (mut labels_right, mut labelled) = (0usize, 0usize);
        for i in order(rng, &trees) {
            let it = &items[i];
            let Some(gold) = &it.heads else { continue };
            let x = ParseInput { tokens: &it.tokens, tags: &tags[i] };
            st.reset(it.tokens.len());
            while !st.is_final() {
                transition_features(&x, &st, &mut feats);
                pm.tick();
                pm.score(&feats, &mut scores);
                let pred = best_legal(&st, &scores);
                let costs = Move::ALL.map(|m| st.cost(m, gold));
                let min = costs.iter().copied().min().unwrap_or(0);
                let mut best: Option<Move> = None;
                for m in Move::ALL {
                    if costs[m as usize] == min && best.is_none_or(|b| scores[m as usize] > scores[b as usize]) {
                        best = Some(m);
                    }
                }
                let best = best.unwrap_or(pred);
                if costs[pred as usize] > min {
                    pm.update(&feats, best as usize, 1.0);
                    pm.update(&feats, pred as usize, -1.0);
                }
                let next = if epoch > 0 && rng.unit() < opts.explore { pred } else { best };
                let label = match st.arc(next) {
                    Some((0, _)) => Deprel::Root.index() as u8,
                    Some((h, d)) => {
                        label_features(&x, &st, h, d, &mut feats);
                        pl.tick();
                        pl.score(&feats, &mut lscores);
                        let guess = best_label(&lscores);
                        if gold[d as usize] == h {
                            let truth = it.labels[d as usize];
                            labelled += 1;
                            labels_right += (guess == truth) as usize;
                            if guess != truth {
                                pl.update(&feats, truth as usize, 1.0);
                                pl.update(&feats, guess as usize, -1.0);
                            }
                            truth
                        } else {
                            guess
                        }
                    }
                    None => 0,
                };
                st.apply(next, label);
            }
            heads_right += (1..=it.tokens.len()).filter(|&d| st.heads[d] == gold[d]).count();
            words += it.tokens.len();
        }
        log(&format!(
            "parser epoch {}: training UAS {:.4} (with exploration), relation accuracy on right arcs {:.4}",
            epoch + 1,
            heads_right as f64 / words.max(1) as f64,
            labels_right as f64 / labelled.max(1) as f64
        ));
    }
    (pm.finish_inline(opts.prune, opts.max_move_features), pl.finish_sparse(opts.prune, opts.max_label_features))
}

/// The lemma exceptions: for every (lower-case form, UPOS) the most
/// frequent lemma (a gold occurrence counts five times a silver one, a
/// lexicon verb form once), kept when the rules would not give it. Proper
/// nouns keep their form by rule and get no exceptions.
fn lemma_exceptions(gold: &[Sentence], silver: &[Sentence], verb_forms: &[(String, String)], lexicon: &WordTable) -> Exceptions {
    let mut counts: HashMap<(String, Upos), HashMap<String, u32>> = HashMap::new();
    let mut add = |form: &str, upos: Upos, lemma: &str, w: u32| {
        if upos == Upos::Propn || lemma.is_empty() || lemma == "_" {
            return;
        }
        *counts.entry((form.to_lowercase(), upos)).or_default().entry(lemma.to_string()).or_default() += w;
    };
    for (sents, w) in [(gold, 5), (silver, 1)] {
        for s in sents {
            for word in &s.words {
                add(&word.form, word.upos, &word.lemma, w);
            }
        }
    }
    for (form, lemma) in verb_forms {
        add(form, Upos::Verb, lemma, 1);
    }
    let mut entries: Vec<(String, Upos, String)> = counts
        .into_iter()
        .filter_map(|((form, upos), lemmas)| {
            let (lemma, _) = lemmas.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?;
            (!rules_give(&form, upos, &lemma, lexicon)).then_some((form, upos, lemma))
        })
        .collect();
    entries.sort();
    Exceptions::build(&entries)
}
