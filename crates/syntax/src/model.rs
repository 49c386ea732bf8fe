//! The trained model: tables, loading, and tagging plus parsing a sentence.

use std::cell::RefCell;
use std::sync::OnceLock;

use crate::move_groups::MoveGroups;
use crate::features::{buffer_features, label_word_features, role_features, tagger_context_features, transition_bias, transition_word_features, ParseInput, Role, TagPart, TokenInfo};
use crate::io::{Reader, Writer};
use crate::labels::{Deprel, Upos};
use crate::label_groups::LabelGroups;
use crate::lemma::{lemma, Exceptions};
use crate::lexicon::WordTable;
use crate::Parsed;
use crate::transition::{Move, State};
use crate::sparse::SparseTable;
use crate::tag_cache::{ModelId, TypeCache};
use crate::weights::{InlineTable, Table};

/// The first bytes of a model file (the last byte is the format version).
const MAGIC: &[u8; 8] = b"DYADSYN\x05";

/// The model shipped with dyad, trained by `scripts/train-syntax.sh`.
/// The built-in model file, zstd-compressed: the tables compress about
/// threefold, which keeps the dyad binary small; decompressing takes a few
/// milliseconds, once, when something first parses.
static BUILTIN_BYTES: &[u8] = include_bytes!("../model/dyad-syntax.bin.zst");

/// The magic bytes of a zstd frame.
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];

/// A model file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub String);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "syntax model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

/// A tagger, lemmatiser and dependency parser.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Lexicon bits per word (tagger features, lemma rules).
    pub(crate) lexicon: WordTable,
    /// Lemma exceptions.
    pub(crate) lemmas: Exceptions,
    /// Token features → UPOS scores.
    pub(crate) tagger: Table,
    /// Configuration features → Shift/Left/Right scores.
    pub(crate) moves: InlineTable,
    /// Arc features → relation scores.
    pub(crate) labels: SparseTable,
    /// The tag and relation templates of `moves` by direct indexing
    /// (derived from `moves`, filled as parsing needs them).
    pub(crate) groups: MoveGroups,
    /// The tag and relation templates of `labels` by direct indexing
    /// (derived from `labels` at load time).
    pub(crate) label_groups: LabelGroups,
    /// Free text: how the model was trained (shown by tools).
    pub description: String,
    /// Tells threads' caches of this model's sums apart from another's.
    pub(crate) id: ModelId,
}

/// Buffers reused across sentences by one thread, so that parsing does not
/// allocate per token or per transition.
#[derive(Default)]
struct Scratch {
    tokens: Vec<TokenInfo>,
    tags: Vec<u8>,
    features: Vec<u64>,
    state: Option<State>,
    /// Per word (0 the root, n + 1 an absent word), the transition scores
    /// of its one-word features as s0 and as s1, and those of the buffer
    /// features when the buffer starts at it (see [`Model::role_scores`]).
    roles: Vec<[[i32; 3]; 3]>,
    rows: Vec<[i32; 3]>,
    /// Word types seen by this thread, with their tagger sums.
    types: TypeCache,
    /// The sentence's words as indices into `types`.
    type_ids: Vec<u32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Model {
    /// The built-in model, loaded on first use and shared afterwards.
    ///
    /// # Panics
    /// Only if the model embedded at build time is corrupt, which the
    /// crate's tests rule out; [`Model::try_builtin`] reports it instead.
    pub fn builtin() -> &'static Model {
        match Model::try_builtin() {
            Ok(m) => m,
            Err(e) => panic!("{e}"),
        }
    }

    /// The built-in model, or why it cannot be loaded.
    pub fn try_builtin() -> Result<&'static Model, ModelError> {
        static MODEL: OnceLock<Result<Model, ModelError>> = OnceLock::new();
        MODEL.get_or_init(|| Model::from_bytes(BUILTIN_BYTES)).as_ref().map_err(Clone::clone)
    }

    /// The bytes of the built-in model file (for measuring load time, or
    /// writing it out).
    pub fn builtin_bytes() -> &'static [u8] {
        BUILTIN_BYTES
    }

    /// Reads a model file.
    pub fn load(path: &std::path::Path) -> Result<Model, ModelError> {
        let bytes = std::fs::read(path).map_err(|e| ModelError(format!("cannot read {}: {e}", path.display())))?;
        Model::from_bytes(&bytes).map_err(|e| ModelError(format!("{}: {}", path.display(), e.0)))
    }

    /// Parses a model file's bytes, checking every table. The file may be
    /// zstd-compressed as a whole (as the built-in one is).
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.starts_with(&ZSTD_MAGIC) {
            let raw = zstd::stream::decode_all(bytes).map_err(|e| ModelError(format!("corrupt zstd-compressed model: {e}")))?;
            return Model::from_bytes_uncompressed(&raw);
        }
        Model::from_bytes_uncompressed(bytes)
    }

    fn from_bytes_uncompressed(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader::new(bytes);
        let magic = r.bytes(MAGIC.len()).map_err(ModelError)?;
        if magic != MAGIC {
            return Err(ModelError("not a dyad syntax model (bad magic bytes or version)".into()));
        }
        let read = |r: &mut Reader| -> Result<Model, String> {
            let lexicon = WordTable::read(r)?;
            let lemmas = Exceptions::read(r)?;
            let tagger = Table::read(r)?;
            let moves = InlineTable::read(r)?;
            let labels = SparseTable::read(r)?;
            let n = r.u32()? as usize;
            let description = String::from_utf8_lossy(r.bytes(n)?).into_owned();
            if tagger.classes() != Upos::ALL.len() || moves.classes() != Move::ALL.len() || labels.classes() != Deprel::ALL.len() {
                return Err("table class counts do not match this version of dyad-syntax".into());
            }
            if !r.at_end() {
                return Err("trailing bytes after the last table".into());
            }
            let label_groups = LabelGroups::build(&labels);
            Ok(Model { lexicon, lemmas, tagger, moves, labels, groups: MoveGroups::new(), label_groups, description, id: ModelId::fresh() })
        };
        read(&mut r).map_err(ModelError)
    }

    /// Serialises the model (the inverse of [`Model::from_bytes`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.bytes(MAGIC);
        self.lexicon.write(&mut w);
        self.lemmas.write(&mut w);
        self.tagger.write(&mut w);
        self.moves.write(&mut w);
        self.labels.write(&mut w);
        w.u32(self.description.len() as u32);
        w.bytes(self.description.as_bytes());
        w.into_bytes()
    }

    /// Number of stored features of the tagger, transition and label
    /// classifiers, and of lemma exceptions.
    pub fn sizes(&self) -> [usize; 4] {
        [self.tagger.len(), self.moves.len(), self.labels.len(), self.lemmas.len()]
    }

    /// Tags, lemmatises and parses one sentence given as words.
    ///
    /// Any sequence of strings gives one well-formed tree: exactly one word
    /// has head 0, every other head is a word of the sentence, and there is
    /// no cycle. The work is linear in the number of words (2n transitions).
    /// The result is deterministic.
    pub fn parse(&self, words: &[&str]) -> Parsed {
        self.parse_with(words, true)
    }

    /// Like [`Self::parse`] without lemmas (each word's lemma is empty):
    /// for callers that read only tags and the tree, which skips the
    /// lemmatiser's work.
    pub fn parse_without_lemmas(&self, words: &[&str]) -> Parsed {
        self.parse_with(words, false)
    }

    fn parse_with(&self, words: &[&str], lemmas: bool) -> Parsed {
        SCRATCH.with(|s| {
            let mut s = s.borrow_mut();
            let s = &mut *s;
            self.tag_into(words, s);
            let n = words.len();
            let mut st = s.state.take().unwrap_or_else(|| State::new(0));
            self.role_scores(s);
            self.parse_tagged(&s.tokens, &s.tags, &mut st, &mut s.features, &s.roles);
            let upos: Vec<Upos> = s.tags.iter().map(|&t| Upos::from_index(t as usize).unwrap_or(Upos::X)).collect();
            let mut out = Parsed::with_capacity(n);
            for (i, w) in words.iter().enumerate() {
                let l = if lemmas { lemma(w, upos[i], &self.lexicon, &self.lemmas) } else { String::new() };
                let d = Deprel::from_index(st.labels[i + 1] as usize).unwrap_or(Deprel::Dep);
                let h = st.heads[i + 1];
                out.push(w, &l, upos[i], h, if h == 0 { Deprel::Root } else { d });
            }
            s.state = Some(st);
            out
        })
    }

    /// The UPOS tags of a sentence (the tagger alone).
    pub fn tag(&self, words: &[&str]) -> Vec<Upos> {
        SCRATCH.with(|s| {
            let mut s = s.borrow_mut();
            self.tag_into(words, &mut s);
            s.tags.iter().map(|&t| Upos::from_index(t as usize).unwrap_or(Upos::X)).collect()
        })
    }

    /// Tags `words` into `s.tags` (and their attributes into `s.tokens`):
    /// per token, the cached one-word sums of it and its neighbours
    /// ([`TypeCache`]) plus the features that read tags or two words.
    fn tag_into(&self, words: &[&str], s: &mut Scratch) {
        s.types.prepare(self.id.0, &self.tagger, words.len(), &mut s.features);
        s.type_ids.clear();
        for w in words {
            let t = s.types.type_of(w, &self.lexicon, &self.tagger, &mut s.features);
            s.type_ids.push(t);
        }
        s.tokens.clear();
        s.tokens.extend(s.type_ids.iter().map(|&t| s.types.get(t).info));
        s.tags.clear();
        let n = words.len();
        let mut scores = [0i32; 17];
        for i in 0..n {
            tagger_context_features(&s.tokens, &s.tags, i, &mut s.features);
            self.tagger.score(&s.features, &mut scores);
            let own = if i == 0 { TagPart::SelfFirst } else { TagPart::SelfRest };
            let neighbours = [(own, 0isize), (TagPart::Prev1, -1), (TagPart::Prev2, -2), (TagPart::Next1, 1), (TagPart::Next2, 2)];
            for (part, k) in neighbours {
                let sums = match usize::try_from(i as isize + k).ok().filter(|&j| j < n) {
                    Some(j) => &s.types.get(s.type_ids[j]).parts[part as usize],
                    None => s.types.absent(part),
                };
                for (a, b) in scores.iter_mut().zip(sums) {
                    *a += b;
                }
            }
            s.tags.push(argmax(&scores) as u8);
        }
    }

    /// Fills `s.roles`: the scores of every word's one-word transition
    /// features as s0 and as s1, and of the features that read only the
    /// buffer (b0, b1, b2 are consecutive words: the buffer's one-word
    /// features and [`buffer_features`]) for the buffer starting at each
    /// word. They are looked up once per sentence rather than in every
    /// configuration (each word passes through the roles in about two
    /// transitions each). The sums are exact, so parsing gives the same
    /// result as scoring every feature per transition.
    fn role_scores(&self, s: &mut Scratch) {
        let x = ParseInput { tokens: &s.tokens, tags: &s.tags };
        let n = s.tokens.len() as u32;
        let next = |k: Option<u32>| k.map(|k| k + 1).filter(|&k| k <= n);
        s.features.clear();
        for k in (0..=n).map(Some).chain([None]) {
            role_features(&x, k, Role::S0, &mut s.features);
            role_features(&x, k, Role::S1, &mut s.features);
            role_features(&x, k, Role::B0, &mut s.features);
            role_features(&x, next(k), Role::B1, &mut s.features);
            role_features(&x, next(next(k)), Role::B2, &mut s.features);
            buffer_features(&x, k, &mut s.features);
        }
        s.rows.clear();
        self.moves.rows_into(&s.features, &mut s.rows);
        s.roles.clear();
        let mut rows = s.rows.iter();
        for _ in 0..n + 2 {
            let mut per_role = [[0i32; 3]; 3];
            for (r, count) in per_role.iter_mut().zip([3, 3, 9]) {
                for row in rows.by_ref().take(count) {
                    for c in 0..3 {
                        r[c] += row[c];
                    }
                }
            }
            s.roles.push(per_role);
        }
    }

    /// Parses tagged tokens into `st` (reset first), with the role scores
    /// of [`Self::role_scores`]. Training (`train::train_parser`) makes the
    /// same choices from the same scores.
    pub(crate) fn parse_tagged(&self, tokens: &[TokenInfo], tags: &[u8], st: &mut State, features: &mut Vec<u64>, roles: &[[[i32; 3]; 3]]) {
        st.reset(tokens.len());
        let x = ParseInput { tokens, tags };
        let bias = self.moves.row(transition_bias()).map_or([0; 3], |r| r.map(i32::from));
        while !st.is_final() {
            // With one legal move (the first Shift, the Rights after the
            // buffer is empty) the scores cannot change the choice: skip
            // them. Training scores every move, and so must not skip.
            let m = match forced(st) {
                Some(m) => m,
                None => {
                    let scores = self.move_scores(&x, st, features, roles, bias);
                    best_legal(st, &scores)
                }
            };
            let label = match st.arc(m) {
                Some((0, _)) => Deprel::Root.index() as u8,
                Some((h, d)) => {
                    let acc = self.label_scores(&x, st, h, d, features);
                    best_label(&acc[..Deprel::ALL.len()])
                }
                None => 0,
            };
            st.apply(m, label);
        }
    }
}

impl Model {
    /// The transition scores of configuration `st`: the features that read
    /// words hashed and looked up, the tag and relation templates by direct
    /// indexing ([`MoveGroups`]), the per-word sums of
    /// [`Self::role_scores`] and the bias. Exactly the sums of
    /// `features::transition_features`.
    #[inline]
    fn move_scores(&self, x: &ParseInput, st: &State, features: &mut Vec<u64>, roles: &[[[i32; 3]; 3]], bias: [i32; 3]) -> [i32; 3] {
        let mut scores = [0i32; 3];
        transition_word_features(x, st, features);
        self.moves.score(features, &mut scores);
        let dense = self.groups.score(&self.moves, x, st);
        let none = x.tokens.len() + 1;
        let words = [st.s(0), st.s(1), st.buf(0)];
        for (r, k) in words.into_iter().enumerate() {
            let row = &roles[k.map_or(none, |k| k as usize)][r];
            for c in 0..3 {
                scores[c] += row[c];
            }
        }
        for c in 0..3 {
            scores[c] += bias[c] + dense[c];
        }
        scores
    }

    /// The relation scores of the arc `h → d` (indexed by relation; the
    /// entries from `Deprel::ALL.len()` on are scratch): the features that
    /// read words hashed and looked up, the tag and relation templates by
    /// direct indexing ([`LabelGroups`]). Exactly the sums of
    /// `features::label_features`.
    #[inline]
    fn label_scores(&self, x: &ParseInput, st: &State, h: u32, d: u32, features: &mut Vec<u64>) -> [i32; 256] {
        let mut acc = [0i32; 256];
        label_word_features(x, st, h, d, features);
        self.label_groups.add(x, st, h, d, &mut acc, features);
        self.labels.add_scores(features, &mut acc);
        acc
    }
}

/// The index of the highest score (the first on ties).
#[inline]
pub(crate) fn argmax(scores: &[i32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// The best legal move under `scores` (indexed by `Move as usize`). A
/// configuration that is not final always has one.
#[inline]
pub(crate) fn best_legal<S: PartialOrd + Copy>(st: &State, scores: &[S]) -> Move {
    let mut best: Option<Move> = None;
    for m in Move::ALL {
        if st.legal(m) && best.is_none_or(|b| scores[m as usize] > scores[b as usize]) {
            best = Some(m);
        }
    }
    best.unwrap_or(Move::Shift)
}

/// The only legal move, when there is exactly one.
#[inline]
fn forced(st: &State) -> Option<Move> {
    let mut legal = Move::ALL.into_iter().filter(|&m| st.legal(m));
    let m = legal.next()?;
    legal.next().is_none().then_some(m)
}

/// The best relation other than `root` (which only the root's arc gets).
#[inline]
pub(crate) fn best_label<S: PartialOrd + Copy>(scores: &[S]) -> u8 {
    let root = Deprel::Root.index();
    let mut best = if root == 0 { 1 } else { 0 };
    for (i, &s) in scores.iter().enumerate() {
        if i != root && s > scores[best] {
            best = i;
        }
    }
    best as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{label_features, transition_features};

    /// The label the full label feature set gives the arc that move `m`
    /// makes in `st` (the root's is fixed; a move without an arc has none).
    fn full_label(model: &Model, x: &ParseInput, st: &State, m: Move, features: &mut Vec<u64>, label_scores: &mut [i32]) -> u8 {
        match st.arc(m) {
            Some((0, _)) => Deprel::Root.index() as u8,
            Some((h, d)) => {
                label_features(x, st, h, d, features);
                model.labels.score(features, label_scores);
                best_label(label_scores)
            }
            None => 0,
        }
    }

    /// The parsing loop's shortcuts (one-word features summed per word and
    /// role, forced moves unscored) must choose exactly as scoring all
    /// features in every configuration does, which is how training decodes.
    #[test]
    fn shortcuts_choose_as_the_full_feature_set() {
        let model = Model::builtin();
        let sentences: [&[&str]; 3] = [
            &["China", "'s", "defence", "minister", "met", "his", "counterpart", "in", "Beijing", "."],
            &["He", "said", "that", "the", "talks", "who", "failed", "would", "resume", "if", "troops", "left", "."],
            &["x"],
        ];
        for words in sentences {
            let fast = model.parse(words);
            let tokens: Vec<TokenInfo> = words.iter().map(|w| TokenInfo::new(w, &model.lexicon)).collect();
            let tags: Vec<u8> = model.tag(words).iter().map(|t| t.index() as u8).collect();
            let x = ParseInput { tokens: &tokens, tags: &tags };
            let mut st = State::new(tokens.len());
            let mut features = Vec::new();
            let (mut scores, mut label_scores) = ([0i32; 3], vec![0i32; Deprel::ALL.len()]);
            while !st.is_final() {
                transition_features(&x, &st, &mut features);
                model.moves.score(&features, &mut scores);
                let m = best_legal(&st, &scores);
                let label = full_label(model, &x, &st, m, &mut features, &mut label_scores);
                st.apply(m, label);
            }
            assert_eq!(fast.heads, st.heads[1..], "{words:?}");
            for (i, &l) in st.labels[1..].iter().enumerate() {
                if st.heads[i + 1] != 0 {
                    assert_eq!(fast.deprels[i].index(), l as usize, "{words:?} word {i}");
                }
            }
        }
    }

    /// Sentences that reach many kinds of configurations: long ones, deep
    /// stacks, many dependents of one word, symbols and empty strings.
    fn varied_sentences() -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = [
            "China 's defence minister met his Azerbaijani counterpart in Beijing on Tuesday .",
            "He said that the talks , which failed in May , would resume if the troops who crossed the border left .",
            "The government , the army , the police , the courts , the rebels , the opposition , the protesters and the press all denied it .",
            "x",
            "",
            "@ # $ % ^ & * ( ) 12 3.5 1,000,000 -- ... !",
            "Shares in the company rose 3.5 percent on Wednesday , the highest level since 2017 , traders said .",
        ]
        .iter()
        .map(|s| s.split(' ').map(str::to_string).collect())
        .collect();
        let long: Vec<String> = (0..120).map(|i| ["the", "big", "red", "dog", "and", "cat", "saw", "him", "in", "Paris", ",", "."][i * 7 % 12].to_string()).collect();
        out.push(long);
        out
    }

    /// Tagging with the per-thread sums of word types gives exactly the
    /// tags of scoring every tagger feature, the first time a word is seen
    /// and afterwards (the second pass over the sentences hits the cache).
    #[test]
    fn cached_word_sums_tag_as_the_full_feature_set() {
        use crate::features::tagger_features;
        let model = Model::builtin();
        let sentences = varied_sentences();
        let mut checked = 0;
        for _pass in 0..2 {
            for words in &sentences {
                let words: Vec<&str> = words.iter().map(String::as_str).collect();
                let fast: Vec<u8> = model.tag(&words).iter().map(|t| t.index() as u8).collect();
                let tokens: Vec<TokenInfo> = words.iter().map(|w| TokenInfo::new(w, &model.lexicon)).collect();
                let (mut tags, mut features, mut scores) = (Vec::new(), Vec::new(), [0i32; 17]);
                for i in 0..tokens.len() {
                    tagger_features(&tokens, &tags, i, &mut features);
                    model.tagger.score(&features, &mut scores);
                    tags.push(argmax(&scores) as u8);
                }
                assert_eq!(fast, tags, "{words:?}");
                checked += tags.len();
            }
        }
        assert!(checked > 300, "{checked}");
    }

    /// Each loaded model has its own identity, so a thread's cached sums
    /// of one model are never used for another.
    #[test]
    fn loaded_models_are_told_apart() {
        let a = Model::from_bytes(Model::builtin_bytes()).unwrap();
        let b = a.clone();
        assert_ne!(a.id.0, b.id.0);
        assert_ne!(a.id.0, Model::builtin().id.0);
        assert_eq!(a, b, "the identity is not part of equality");
        let words = ["Police", "arrested", "him", "."];
        assert_eq!(a.tag(&words), Model::builtin().tag(&words));
        assert_eq!(b.parse(&words), Model::builtin().parse(&words));
    }

    /// Scoring by direct indexing and per-word sums gives exactly the
    /// scores of hashing every transition and label feature, in every
    /// configuration the full parser passes through, and the features split
    /// exactly into the parts the fast path scores.
    #[test]
    fn fast_scores_equal_full_scores() {
        use crate::features::{role_features, transition_features};
        let model = Model::builtin();
        let (mut configurations, mut arcs, mut many) = (0, 0, 0);
        // The parser rarely gives a word 16 or more dependents, whose counts
        // the label groups do not index: a scripted parse of the last
        // sentence does (words 1 to 18 all become left dependents of 19).
        let crowded: Vec<String> = (0..20).map(|i| ["the", "big", "old", "red"][i % 4].to_string()).collect();
        let sentences = varied_sentences().into_iter().map(|w| (w, false)).chain([(crowded, true)]);
        for (words, scripted) in sentences {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let mut s = Scratch::default();
            model.tag_into(&words, &mut s);
            model.role_scores(&mut s);
            let x = ParseInput { tokens: &s.tokens, tags: &s.tags };
            let bias = model.moves.row(transition_bias()).map_or([0; 3], |r| r.map(i32::from));
            let mut st = State::new(words.len());
            let (mut full_keys, mut fast_keys, mut scratch) = (Vec::new(), Vec::new(), Vec::new());
            let mut label_scores = vec![0i32; Deprel::ALL.len()];
            while !st.is_final() {
                transition_features(&x, &st, &mut full_keys);
                let mut full = [0i32; 3];
                model.moves.score(&full_keys, &mut full);
                assert_eq!(model.move_scores(&x, &st, &mut scratch, &s.roles, bias), full, "{words:?}");
                configurations += 1;

                fast_keys.clear();
                fast_keys.push(transition_bias());
                let n = words.len() as u32;
                let b = [st.buf(0), st.buf(1), st.buf(2)];
                let roles = [(st.s(0), Role::S0), (st.s(1), Role::S1), (b[0], Role::B0), (b[1], Role::B1), (b[2], Role::B2)];
                for (k, role) in roles {
                    role_features(&x, k, role, &mut fast_keys);
                }
                assert_eq!(b[1], b[0].map(|k| k + 1).filter(|&k| k <= n), "buffer words are consecutive");
                buffer_features(&x, b[0], &mut fast_keys);
                transition_word_features(&x, &st, &mut scratch);
                fast_keys.extend_from_slice(&scratch);
                fast_keys.extend(crate::move_groups::keys(&x, &st));
                full_keys.sort_unstable();
                fast_keys.sort_unstable();
                assert_eq!(fast_keys, full_keys, "{words:?}");

                let m = match scripted {
                    true if st.b + 1 < st.n => Move::Shift,
                    true if st.legal(Move::Left) => Move::Left,
                    _ => best_legal(&st, &full),
                };
                // Every arc a move could make here, not only the chosen one.
                for (h, d) in Move::ALL.into_iter().filter(|&m| st.legal(m)).filter_map(|m| st.arc(m)) {
                    label_features(&x, &st, h, d, &mut full_keys);
                    model.labels.score(&full_keys, &mut label_scores);
                    let fast = model.label_scores(&x, &st, h, d, &mut scratch);
                    assert_eq!(fast[..label_scores.len()], label_scores[..], "{words:?}");
                    label_word_features(&x, &st, h, d, &mut fast_keys);
                    fast_keys.extend(crate::label_groups::keys(&x, &st, h, d));
                    full_keys.sort_unstable();
                    fast_keys.sort_unstable();
                    assert_eq!(fast_keys, full_keys, "{words:?}");
                    arcs += 1;
                    many += usize::from(st.nleft[d as usize] >= 16 || st.nright[d as usize] >= 16);
                }
                let label = full_label(model, &x, &st, m, &mut scratch, &mut label_scores);
                st.apply(m, label);
            }
        }
        assert!(configurations > 400 && arcs > 400 && many > 0, "{configurations} {arcs} {many}");
    }
}
