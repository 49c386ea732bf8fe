//! Per-token attributes and the feature templates of the tagger, the
//! transition classifier and the label classifier.
//!
//! Everything here writes feature hashes into a caller's buffer: no
//! allocation per token or per transition. Template numbers are part of the
//! hash, so changing a template's number or meaning requires retraining.

use crate::hash::{combine, lower_char, mix, Stream};
use crate::labels::Deprel;
use crate::lexicon::WordTable;
use crate::transition::{State, NONE};

/// Seeds of the string hashes (kept apart so "a" the word and "a" the
/// suffix are different features).
const SEED_FORM: u64 = 1;
/// Seed of lower-case word hashes; also the lexicon's key.
pub const SEED_LOWER: u64 = 2;
const SEED_SHAPE: u64 = 3;
const SEED_SUFFIX: u64 = 10;
const SEED_PREFIX: u64 = 20;

/// Stand-ins for absent words and the root.
const NO_WORD: u64 = 0x6e6f_6e65;
const ROOT_WORD: u64 = 0x726f_6f74;
/// Tag values beyond the 17 UPOS tags.
pub const TAG_ROOT: u8 = 17;
/// The tag of an absent word.
pub const TAG_NONE: u8 = 18;
/// The label of an absent dependent.
const LABEL_NONE: u64 = 255;

/// What the models know about a token, computed once per token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TokenInfo {
    /// The exact form.
    pub form: u64,
    /// The lower-case form (also the lexicon key).
    pub lower: u64,
    /// Last 1, 2, 3 and 4 characters, lower case.
    pub suffix: [u64; 4],
    /// First 1, 2 and 3 characters, lower case.
    pub prefix: [u64; 3],
    /// Character classes (X x d, other characters as themselves), runs
    /// longer than two collapsed: "Beijing" → "Xxx", "G20" → "Xdd".
    pub shape: u64,
    /// Lexicon bits ([`crate::lexicon`]).
    pub lex: u16,
}

impl TokenInfo {
    /// Computes the attributes of `word`.
    pub fn new(word: &str, lexicon: &WordTable) -> TokenInfo {
        let mut form = Stream::new(SEED_FORM);
        let mut lower = Stream::new(SEED_LOWER);
        let mut shape = Stream::new(SEED_SHAPE);
        let mut prefix = [0u64; 3];
        let mut pre = Stream::new(SEED_PREFIX);
        let mut last = ['\0'; 4];
        let mut count = 0usize;
        let (mut prev_class, mut run) = (0u32, 0u32);
        for c in word.chars() {
            form.push(c as u32);
            let lc = lower_char(c);
            lower.push(lc as u32);
            if count < 3 {
                pre.push(lc as u32);
                prefix[count] = pre.finish();
            }
            last.rotate_left(1);
            last[3] = lc;
            count += 1;
            let class = if c.is_uppercase() {
                'X' as u32
            } else if c.is_lowercase() {
                'x' as u32
            } else if c.is_numeric() {
                'd' as u32
            } else {
                c as u32
            };
            if class == prev_class {
                run += 1;
            } else {
                run = 1;
                prev_class = class;
            }
            if run <= 2 {
                shape.push(class);
            }
        }
        for p in prefix.iter_mut().skip(count.min(3)) {
            *p = NO_WORD;
        }
        let mut suffix = [NO_WORD; 4];
        for (k, s) in suffix.iter_mut().enumerate() {
            if k < count {
                let mut st = Stream::new(SEED_SUFFIX + k as u64);
                for &c in &last[3 - k..] {
                    st.push(c as u32);
                }
                *s = st.finish();
            }
        }
        let lower = lower.finish();
        TokenInfo { form: form.finish(), lower, suffix, prefix, shape: shape.finish(), lex: lexicon.get(lower) }
    }
}

/// The hash of a word's exact form, as [`TokenInfo::form`] holds it (a
/// key for caches of word types).
pub fn form_hash(word: &str) -> u64 {
    crate::hash::hash_str(SEED_FORM, word)
}

/// Pushes feature hashes for one template.
struct Out<'a> {
    buf: &'a mut Vec<u64>,
}

/// The hash of template `t` over the values `args`, as [`Out`] computes it
/// (for tables derived from the model that must find the same keys).
#[inline]
pub(crate) fn key(t: u64, args: &[u64]) -> u64 {
    args.iter().fold(mix(t), |h, &a| combine(h, a))
}

impl Out<'_> {
    #[inline]
    fn f1(&mut self, t: u64, a: u64) {
        self.buf.push(combine(mix(t), a));
    }
    #[inline]
    fn f2(&mut self, t: u64, a: u64, b: u64) {
        self.buf.push(combine(combine(mix(t), a), b));
    }
    #[inline]
    fn f3(&mut self, t: u64, a: u64, b: u64, c: u64) {
        self.buf.push(combine(combine(combine(mix(t), a), b), c));
    }
}

/// The tagger's features for token `i`, given the tags already chosen for
/// the tokens before it (`tags[..i]`), into `buf` (cleared first).
pub fn tagger_features(tokens: &[TokenInfo], tags: &[u8], i: usize, buf: &mut Vec<u64>) {
    buf.clear();
    let tok = |k: isize| -> Option<&TokenInfo> { usize::try_from(k).ok().and_then(|k| tokens.get(k)) };
    let i_ = i as isize;
    let w = |k: isize| tok(i_ + k).map_or(NO_WORD, |t| t.lower);
    let lex = |k: isize| tok(i_ + k).map_or(0xffff, |t| t.lex as u64);
    let tag = |k: usize| if i >= k { tags[i - k] as u64 } else { TAG_NONE as u64 };
    let t0 = &tokens[i];
    let mut o = Out { buf };
    o.f1(100, 0);
    o.f1(101, t0.lower);
    o.f1(102, t0.form);
    for (k, s) in t0.suffix.iter().enumerate() {
        o.f1(103 + k as u64, *s);
    }
    o.f1(107, t0.prefix[0]);
    o.f1(108, t0.prefix[1]);
    o.f1(109, t0.prefix[2]);
    o.f1(110, t0.shape);
    o.f1(111, t0.lex as u64);
    o.f2(112, t0.lex as u64, t0.shape);
    o.f1(113, w(-1));
    o.f1(114, w(-2));
    o.f1(115, w(1));
    o.f1(116, w(2));
    o.f1(117, tag(1));
    o.f2(118, tag(1), tag(2));
    o.f2(119, tag(1), t0.lower);
    o.f1(120, tok(i_ - 1).map_or(NO_WORD, |t| t.suffix[2]));
    o.f1(121, tok(i_ + 1).map_or(NO_WORD, |t| t.suffix[2]));
    o.f1(122, lex(1));
    o.f1(123, lex(-1));
    o.f1(124, tok(i_ + 1).map_or(NO_WORD, |t| t.shape));
    o.f2(125, (i == 0) as u64, t0.shape);
    o.f2(126, tag(1), t0.lex as u64);
    o.f2(127, t0.lower, w(1));
    o.f2(128, w(-1), t0.lower);
    o.f2(129, tag(1), t0.suffix[2]);
    o.f2(130, lex(1), t0.lex as u64);
    o.f3(131, (i == 0) as u64, t0.lower, t0.shape);
}

/// Where a token's one-word tagger features place it, relative to the token
/// being tagged: itself (`SelfRest`, `SelfFirst` at the sentence start) or
/// a neighbour one or two words before or after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagPart {
    /// The token itself, not the first of its sentence.
    SelfRest,
    /// The token itself, first of its sentence.
    SelfFirst,
    /// The word before.
    Prev1,
    /// Two words before.
    Prev2,
    /// The word after.
    Next1,
    /// Two words after.
    Next2,
}

impl TagPart {
    /// All parts, in the order tables indexed by part use.
    pub const ALL: [TagPart; 6] = [TagPart::SelfRest, TagPart::SelfFirst, TagPart::Prev1, TagPart::Prev2, TagPart::Next1, TagPart::Next2];
}

/// The tagger features that read one token only, for that token (`None`:
/// no word there, before the start or past the end) in position `part`
/// (cleared first). They are the same whatever sentence the token is in,
/// so a tagger can sum their weights once per word type. With
/// [`tagger_context_features`] they make up exactly [`tagger_features`]
/// (a test holds them in step). `tagger_features` keeps its own order
/// rather than calling these: training sums the weights in floating point
/// in that order, and the committed model must stay reproducible.
pub fn tagger_word_features(tok: Option<&TokenInfo>, part: TagPart, buf: &mut Vec<u64>) {
    buf.clear();
    let mut o = Out { buf };
    let lower = tok.map_or(NO_WORD, |t| t.lower);
    let suffix3 = tok.map_or(NO_WORD, |t| t.suffix[2]);
    let lex = tok.map_or(0xffff, |t| t.lex as u64);
    match part {
        TagPart::SelfRest | TagPart::SelfFirst => {
            let Some(t0) = tok else { return };
            let first = (part == TagPart::SelfFirst) as u64;
            o.f1(100, 0);
            o.f1(101, t0.lower);
            o.f1(102, t0.form);
            for (k, s) in t0.suffix.iter().enumerate() {
                o.f1(103 + k as u64, *s);
            }
            o.f1(107, t0.prefix[0]);
            o.f1(108, t0.prefix[1]);
            o.f1(109, t0.prefix[2]);
            o.f1(110, t0.shape);
            o.f1(111, t0.lex as u64);
            o.f2(112, t0.lex as u64, t0.shape);
            o.f2(125, first, t0.shape);
            o.f3(131, first, t0.lower, t0.shape);
        }
        TagPart::Prev1 => {
            o.f1(113, lower);
            o.f1(120, suffix3);
            o.f1(123, lex);
        }
        TagPart::Prev2 => o.f1(114, lower),
        TagPart::Next1 => {
            o.f1(115, lower);
            o.f1(121, suffix3);
            o.f1(122, lex);
            o.f1(124, tok.map_or(NO_WORD, |t| t.shape));
        }
        TagPart::Next2 => o.f1(116, lower),
    }
}

/// The tagger features of token `i` that read the tags before it or two
/// tokens at once (cleared first): the rest of [`tagger_features`] after
/// [`tagger_word_features`].
pub fn tagger_context_features(tokens: &[TokenInfo], tags: &[u8], i: usize, buf: &mut Vec<u64>) {
    buf.clear();
    let tok = |k: isize| -> Option<&TokenInfo> { usize::try_from(k).ok().and_then(|k| tokens.get(k)) };
    let i_ = i as isize;
    let w = |k: isize| tok(i_ + k).map_or(NO_WORD, |t| t.lower);
    let lex = |k: isize| tok(i_ + k).map_or(0xffff, |t| t.lex as u64);
    let tag = |k: usize| if i >= k { tags[i - k] as u64 } else { TAG_NONE as u64 };
    let t0 = &tokens[i];
    let mut o = Out { buf };
    o.f1(117, tag(1));
    o.f2(118, tag(1), tag(2));
    o.f2(119, tag(1), t0.lower);
    o.f2(126, tag(1), t0.lex as u64);
    o.f2(127, t0.lower, w(1));
    o.f2(128, w(-1), t0.lower);
    o.f2(129, tag(1), t0.suffix[2]);
    o.f2(130, lex(1), t0.lex as u64);
}

/// The sentence as the parser sees it: token attributes and tags, indexed
/// by parser word number (1..=n; entry 0 stands for the root).
pub struct ParseInput<'a> {
    /// Token attributes, `tokens[k - 1]` for word `k`.
    pub tokens: &'a [TokenInfo],
    /// Tags, `tags[k - 1]` for word `k`.
    pub tags: &'a [u8],
}

impl ParseInput<'_> {
    #[inline]
    pub(crate) fn w(&self, k: Option<u32>) -> u64 {
        match k {
            None => NO_WORD,
            Some(0) => ROOT_WORD,
            Some(k) => self.tokens[k as usize - 1].lower,
        }
    }
    #[inline]
    pub(crate) fn p(&self, k: Option<u32>) -> u64 {
        match k {
            None => TAG_NONE as u64,
            Some(0) => TAG_ROOT as u64,
            Some(k) => self.tags[k as usize - 1] as u64,
        }
    }
}

/// The bucketed distance from the stack top to the buffer front, 0 when
/// either is missing or the stack top is the root.
#[inline(always)]
pub(crate) fn s0_b0_distance(st: &State) -> u64 {
    match (st.s(0), st.buf(0)) {
        (Some(a), Some(b)) if a > 0 => bucket(b - a),
        _ => 0,
    }
}

/// How many dependents the word `k` has on its left so far (0 for none).
#[inline(always)]
pub(crate) fn left_count(st: &State, k: Option<u32>) -> u64 {
    k.map_or(0, |k| st.nleft[k as usize] as u64)
}

/// How many dependents the word `k` has on its right so far (0 for none).
#[inline(always)]
pub(crate) fn right_count(st: &State, k: Option<u32>) -> u64 {
    k.map_or(0, |k| st.nright[k as usize] as u64)
}

/// A child slot as an option (NONE is absent).
#[inline]
pub(crate) fn child(v: &[u32], k: Option<u32>) -> Option<u32> {
    k.and_then(|k| match v[k as usize] {
        NONE => None,
        c => Some(c),
    })
}

#[inline]
pub(crate) fn label(st: &State, k: Option<u32>) -> u64 {
    k.map_or(LABEL_NONE, |k| st.labels[k as usize] as u64)
}

/// Buckets a distance: 1, 2, 3, 4, 5-6, 7-9, 10+.
#[inline]
pub(crate) fn bucket(d: u32) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

/// The stack and buffer positions whose one-word features are cached per
/// sentence at run time ([`role_features`]), in feature order.
pub const ROLES: [Role; 5] = [Role::S0, Role::S1, Role::B0, Role::B1, Role::B2];

/// A position of the configuration that a word can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Stack top.
    S0,
    /// Second on the stack.
    S1,
    /// First buffer word.
    B0,
    /// Second buffer word.
    B1,
    /// Third buffer word.
    B2,
}

/// The features of word `k` (None: absent, 0: the root) in `role` that
/// read nothing but that word: the same whichever configuration puts it
/// there, so a parser can score them once per word and sentence instead of
/// once per transition.
pub fn role_features(x: &ParseInput, k: Option<u32>, role: Role, buf: &mut Vec<u64>) {
    let mut o = Out { buf };
    push_role(&mut o, role, x.w(k), x.p(k));
}

#[inline]
fn push_role(o: &mut Out, role: Role, w: u64, p: u64) {
    // Word, tag and both, under three consecutive template ids per role.
    let base = match role {
        Role::S0 => 201,
        Role::S1 => 204,
        Role::B0 => 207,
        Role::B1 => 210,
        Role::B2 => {
            o.f1(213, p);
            return;
        }
    };
    o.f1(base, w);
    o.f1(base + 1, p);
    o.f2(base + 2, w, p);
}

/// The bias feature of the transition classifier (the same in every
/// configuration).
pub fn transition_bias() -> u64 {
    combine(mix(200), 0)
}

/// The transition classifier's features for configuration `st`: the bias,
/// the one-word features of [`ROLES`] and then those of
/// [`transition_pair_features`], in this order (training sums them in
/// floating point, where order matters).
pub fn transition_features(x: &ParseInput, st: &State, buf: &mut Vec<u64>) {
    buf.clear();
    buf.push(transition_bias());
    let words = [st.s(0), st.s(1), st.buf(0), st.buf(1), st.buf(2)];
    let mut o = Out { buf };
    for (role, k) in ROLES.into_iter().zip(words) {
        push_role(&mut o, role, x.w(k), x.p(k));
    }
    pair_features(x, st, o.buf);
}

/// The transition features that read more than one word or the parse so
/// far (all but the bias and the one-word features), into `buf` (cleared
/// first).
pub fn transition_pair_features(x: &ParseInput, st: &State, buf: &mut Vec<u64>) {
    buf.clear();
    pair_features(x, st, buf);
}

fn pair_features(x: &ParseInput, st: &State, buf: &mut Vec<u64>) {
    let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
    let (b0, b1, b2) = (st.buf(0), st.buf(1), st.buf(2));
    let (s0w, s0p, s1w, s1p, s2p) = (x.w(s0), x.p(s0), x.w(s1), x.p(s1), x.p(s2));
    let (b0w, b0p, b1w, b1p, b2p) = (x.w(b0), x.p(b0), x.w(b1), x.p(b1), x.p(b2));
    let (s0l1, s0l2, s0r1, s0r2) = (child(&st.lc1, s0), child(&st.lc2, s0), child(&st.rc1, s0), child(&st.rc2, s0));
    let (b0l1, b0l2) = (child(&st.lc1, b0), child(&st.lc2, b0));
    let (s1r1, s1l1) = (child(&st.rc1, s1), child(&st.lc1, s1));
    let dist = s0_b0_distance(st);
    let vl = |k: Option<u32>| left_count(st, k);
    let vr = |k: Option<u32>| right_count(st, k);
    let mut o = Out { buf };
    o.f2(214, s0w, b0w);
    o.f2(215, s0p, b0p);
    o.f3(216, s0w, s0p, b0p);
    o.f3(217, s0p, b0w, b0p);
    o.f3(218, s0w, s0p, b0w);
    o.f3(219, s0w, b0w, b0p);
    o.f2(220, s1p, s0p);
    o.f2(221, s1w, s0w);
    o.f3(222, s1p, s0p, b0p);
    o.f3(223, s0p, b0p, b1p);
    o.f3(224, b0p, b1p, b2p);
    o.f3(225, s2p, s1p, s0p);
    o.f2(226, s1w, s0p);
    o.f2(227, s1p, s0w);
    o.f3(228, s0p, x.p(s0l1), b0p);
    o.f3(229, s0p, x.p(s0r1), b0p);
    o.f3(230, s0p, b0p, x.p(b0l1));
    o.f3(231, s1p, x.p(s1r1), s0p);
    o.f2(232, s0p, label(st, s0l1));
    o.f2(233, s0p, label(st, s0r1));
    o.f2(234, b0p, label(st, b0l1));
    o.f3(235, s0p, label(st, s0l1), label(st, s0l2));
    o.f3(236, s0p, label(st, s0r1), label(st, s0r2));
    o.f3(237, b0p, label(st, b0l1), label(st, b0l2));
    o.f2(238, s1p, label(st, s1r1));
    o.f2(239, s1p, label(st, s1l1));
    o.f2(240, s0w, dist);
    o.f2(241, s0p, dist);
    o.f2(242, b0w, dist);
    o.f2(243, b0p, dist);
    o.f3(244, s0p, b0p, dist);
    o.f2(245, s0w, vr(s0));
    o.f2(246, s0p, vr(s0));
    o.f2(247, s0w, vl(s0));
    o.f2(248, s0p, vl(s0));
    o.f2(249, b0w, vl(b0));
    o.f2(250, b0p, vl(b0));
    o.f2(251, b0w, b1w);
    o.f3(252, s0p, x.w(s0l1), b0p);
    o.f3(253, s1p, s0p, b1p);
    o.f3(254, s0p, s0w, x.p(s0r1));
    o.f2(255, (st.b > st.n) as u64, s0p);
    o.f3(256, s1p, s0p, (st.b > st.n) as u64);
    // Words of the nearest dependents: the preposition or determiner that
    // heads off a phrase decides much of where it attaches.
    o.f2(257, x.w(b0l1), b0p);
    o.f2(258, x.w(s0r1), s0p);
    o.f3(259, x.w(s1r1), s1p, s0p);
    o.f3(260, s0w, b0p, x.w(b0l1));
}

/// The two transition features of [`pair_features`] that read only the
/// buffer (templates 224 and 251) for the buffer starting at word `b0`
/// (None: empty). Buffer words are consecutive, so they depend on `b0`
/// alone and a parser can score them once per word and sentence.
pub fn buffer_features(x: &ParseInput, b0: Option<u32>, buf: &mut Vec<u64>) {
    let n = x.tokens.len() as u32;
    let next = |k: Option<u32>| k.map(|k| k + 1).filter(|&k| k <= n);
    let (b1, b2) = (next(b0), next(next(b0)));
    let mut o = Out { buf };
    o.f3(224, x.p(b0), x.p(b1), x.p(b2));
    o.f2(251, x.w(b0), x.w(b1));
}

/// The transition features of [`pair_features`] that read words (not only
/// tags, labels, distances and counts) and more than the buffer, into
/// `buf` (cleared first). With the bias, the one-word features of
/// [`ROLES`], [`buffer_features`] and the tag and label templates that
/// `move_groups::MoveGroups` scores by direct indexing they make up exactly the
/// features of [`transition_features`].
pub fn transition_word_features(x: &ParseInput, st: &State, buf: &mut Vec<u64>) {
    buf.clear();
    let (s0, s1) = (st.s(0), st.s(1));
    let b0 = st.buf(0);
    let (s0w, s0p, s1w, s1p) = (x.w(s0), x.p(s0), x.w(s1), x.p(s1));
    let (b0w, b0p) = (x.w(b0), x.p(b0));
    let (s0l1, s0r1, b0l1, s1r1) = (child(&st.lc1, s0), child(&st.rc1, s0), child(&st.lc1, b0), child(&st.rc1, s1));
    let dist = s0_b0_distance(st);
    let vl = |k: Option<u32>| left_count(st, k);
    let vr = |k: Option<u32>| right_count(st, k);
    let mut o = Out { buf };
    o.f2(214, s0w, b0w);
    o.f3(216, s0w, s0p, b0p);
    o.f3(217, s0p, b0w, b0p);
    o.f3(218, s0w, s0p, b0w);
    o.f3(219, s0w, b0w, b0p);
    o.f2(221, s1w, s0w);
    o.f2(226, s1w, s0p);
    o.f2(227, s1p, s0w);
    o.f2(240, s0w, dist);
    o.f2(242, b0w, dist);
    o.f2(245, s0w, vr(s0));
    o.f2(247, s0w, vl(s0));
    o.f2(249, b0w, vl(b0));
    o.f3(252, s0p, x.w(s0l1), b0p);
    o.f3(254, s0p, s0w, x.p(s0r1));
    o.f2(257, x.w(b0l1), b0p);
    o.f2(258, x.w(s0r1), s0p);
    o.f3(259, x.w(s1r1), s1p, s0p);
    o.f3(260, s0w, b0p, x.w(b0l1));
}

/// The label classifier's features for the arc `h → d` about to be made in
/// configuration `st` (`h` may be 0, the root).
pub fn label_features(x: &ParseInput, st: &State, h: u32, d: u32, buf: &mut Vec<u64>) {
    buf.clear();
    let (hk, dk) = (Some(h), Some(d));
    let (hw, hp, dw, dp) = (x.w(hk), x.p(hk), x.w(dk), x.p(dk));
    let dir = (d < h) as u64;
    let dist = bucket(h.abs_diff(d)).wrapping_add(dir << 4);
    let (dl1, dr1) = (child(&st.lc1, dk), child(&st.rc1, dk));
    let (hl1, hr1) = (child(&st.lc1, hk), child(&st.rc1, hk));
    let dl1w = x.w(dl1);
    let before = (d > 1).then(|| d - 1);
    let after = (d < st.n).then(|| d + 1);
    let mut o = Out { buf };
    o.f1(300, dir);
    o.f2(301, hw, dir);
    o.f2(302, hp, dir);
    o.f2(303, dw, dir);
    o.f2(304, dp, dir);
    o.f3(305, hw, dp, dir);
    o.f3(306, hp, dw, dir);
    o.f3(307, hp, dp, dist);
    o.f2(308, dw, dp);
    o.f3(309, dl1w, dp, dir);
    o.f3(310, label(st, dl1), dp, dir);
    o.f3(311, label(st, dr1), dp, dir);
    o.f3(312, label(st, hl1), hp, dir);
    o.f3(313, x.w(hl1), hp, dir);
    o.f3(314, label(st, hr1), hp, dir);
    o.f3(315, hp, dp, dl1w);
    o.f3(316, hw, dl1w, dir);
    o.f3(317, x.w(before), dp, dir);
    o.f3(318, x.p(after), dp, dir);
    o.f3(319, dp, st.nleft[d as usize] as u64, st.nright[d as usize] as u64);
    o.f3(320, hp, dp, x.p(dl1));
    o.f3(321, hw, dw, dir);
    o.f3(322, x.w(dr1), dp, dir);
    o.f3(323, hp, dp, (h == 0) as u64);
    // Whether the head already has a passive auxiliary, auxiliary, copula,
    // expletive or marker: nsubj versus nsubj:pass, obj versus nsubj in
    // "there is", clause types. Words' lexicon bits say whether the head
    // can be a past participle.
    let marks = head_marks(st, h);
    let hlex = if h == 0 { 0xffff } else { x.tokens[h as usize - 1].lex as u64 };
    o.f3(324, marks, dp, dir);
    o.f3(325, marks, hw, dir);
    o.f3(326, hlex, dp, dir);
    o.f3(327, marks, hlex, dir);
}

/// Which of a passive auxiliary, auxiliary, copula, expletive and marker
/// word `h` has among its dependents so far (bits 0 to 4).
#[inline]
pub(crate) fn head_marks(st: &State, h: u32) -> u64 {
    [Deprel::AuxPass, Deprel::Aux, Deprel::Cop, Deprel::Expl, Deprel::Mark]
        .iter()
        .enumerate()
        .fold(0u64, |acc, (i, r)| acc | (((st.child_labels[h as usize] >> r.index()) & 1) << i))
}

/// The label features of [`label_features`] that read words or lexicon
/// bits, into `buf` (cleared first). With the tag and relation templates
/// that `label_groups::LabelGroups` scores by direct indexing they make up
/// exactly the features of [`label_features`].
pub fn label_word_features(x: &ParseInput, st: &State, h: u32, d: u32, buf: &mut Vec<u64>) {
    buf.clear();
    let (hk, dk) = (Some(h), Some(d));
    let (hw, hp, dw, dp) = (x.w(hk), x.p(hk), x.w(dk), x.p(dk));
    let dir = (d < h) as u64;
    let (dl1, dr1) = (child(&st.lc1, dk), child(&st.rc1, dk));
    let hl1 = child(&st.lc1, hk);
    let dl1w = x.w(dl1);
    let before = (d > 1).then(|| d - 1);
    let marks = head_marks(st, h);
    let hlex = if h == 0 { 0xffff } else { x.tokens[h as usize - 1].lex as u64 };
    let mut o = Out { buf };
    o.f2(301, hw, dir);
    o.f2(303, dw, dir);
    o.f3(305, hw, dp, dir);
    o.f3(306, hp, dw, dir);
    o.f2(308, dw, dp);
    o.f3(309, dl1w, dp, dir);
    o.f3(313, x.w(hl1), hp, dir);
    o.f3(315, hp, dp, dl1w);
    o.f3(316, hw, dl1w, dir);
    o.f3(317, x.w(before), dp, dir);
    o.f3(321, hw, dw, dir);
    o.f3(322, x.w(dr1), dp, dir);
    o.f3(325, marks, hw, dir);
    o.f3(326, hlex, dp, dir);
    o.f3(327, marks, hlex, dir);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(w: &str) -> TokenInfo {
        TokenInfo::new(w, &WordTable::default())
    }

    #[test]
    fn token_attributes() {
        let a = info("Beijing");
        let b = info("BEIJING");
        assert_eq!(a.lower, b.lower);
        assert_ne!(a.form, b.form);
        assert_eq!(a.suffix, b.suffix);
        assert_eq!(a.suffix[2], info("playing").suffix[2], "-ing");
        assert_ne!(a.shape, b.shape);
        assert_eq!(info("Azerbaijan").shape, a.shape, "Xxx for both");
        assert_eq!(info("G20").shape, info("F16").shape);
        assert_eq!(info("a").suffix[1], NO_WORD, "no two-letter suffix of a one-letter word");
        assert_eq!(info("").lower, info("").lower);
        assert_eq!(info("ab").prefix[2], NO_WORD);
        assert_eq!(form_hash("Beijing"), a.form);
    }

    /// The one-word and context tagger features split the full set
    /// exactly, at the sentence's edges and inside it.
    #[test]
    fn tagger_features_split_into_word_and_context_parts() {
        let toks: Vec<TokenInfo> = ["He", "met", "her", "in", "Beijing", "."].iter().map(|w| info(w)).collect();
        let tags = [10u8, 15, 10, 1, 11, 12];
        let (mut full, mut split, mut part) = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..toks.len() {
            tagger_features(&toks, &tags[..i], i, &mut full);
            split.clear();
            let at = |k: isize| usize::try_from(i as isize + k).ok().and_then(|k| toks.get(k));
            let own = if i == 0 { TagPart::SelfFirst } else { TagPart::SelfRest };
            for (p, k) in [(own, 0), (TagPart::Prev1, -1), (TagPart::Prev2, -2), (TagPart::Next1, 1), (TagPart::Next2, 2)] {
                tagger_word_features(at(k), p, &mut part);
                split.extend_from_slice(&part);
            }
            tagger_context_features(&toks, &tags[..i], i, &mut part);
            split.extend_from_slice(&part);
            full.sort_unstable();
            split.sort_unstable();
            assert_eq!(split, full, "token {i}");
        }
    }

    #[test]
    fn feature_counts_are_fixed_and_deterministic() {
        let toks: Vec<TokenInfo> = ["He", "met", "her", "."].iter().map(|w| info(w)).collect();
        let mut buf = Vec::new();
        tagger_features(&toks, &[10], 1, &mut buf);
        let n = buf.len();
        let first = buf.clone();
        tagger_features(&toks, &[10], 1, &mut buf);
        assert_eq!(buf, first);
        tagger_features(&toks, &[], 0, &mut buf);
        assert_eq!(buf.len(), n, "edges use stand-ins, not fewer features");
        tagger_features(&toks, &[10, 15, 10], 3, &mut buf);
        assert_eq!(buf.len(), n);
        let tags = [10u8, 15, 10, 12];
        let x = ParseInput { tokens: &toks, tags: &tags };
        let mut st = State::new(4);
        transition_features(&x, &st, &mut buf);
        let m = buf.len();
        st.apply(crate::transition::Move::Shift, 0);
        transition_features(&x, &st, &mut buf);
        assert_eq!(buf.len(), m);
        let before = buf.clone();
        st.apply(crate::transition::Move::Left, 1);
        transition_features(&x, &st, &mut buf);
        assert_ne!(buf, before, "an attachment changes the features");
        label_features(&x, &st, 0, 2, &mut buf);
        assert!(!buf.is_empty());
    }
}
