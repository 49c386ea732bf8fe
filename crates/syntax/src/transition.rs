//! The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta
//! 2011) with its dynamic oracle (Goldberg and Nivre 2013), and the
//! projectivity helpers training needs.
//!
//! Words are numbered 1..=n and 0 is the artificial root, which starts at
//! the bottom of the stack. Transitions:
//!
//! * `Shift`: move the first buffer word `b0` onto the stack;
//! * `Left`: pop `s0` and make it a dependent of `b0`;
//! * `Right`: pop `s0` and make it a dependent of `s1`.
//!
//! `Right` onto the root is allowed only when the buffer is empty, so every
//! parse ends with exactly one word under the root. Every configuration
//! that is not final has a legal transition and a parse of n words takes
//! exactly 2n transitions, which bounds the work and guarantees a tree.

/// "No word" in the child arrays (the root is never a child, so 0 is free).
pub const NONE: u32 = 0;
/// "No head yet".
pub const NO_HEAD: u32 = u32::MAX;

/// A parser action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Push the first buffer word.
    Shift = 0,
    /// Attach the stack top to the first buffer word and pop it.
    Left = 1,
    /// Attach the stack top to the word below it and pop it.
    Right = 2,
}

impl Move {
    /// The three moves, in class-index order.
    pub const ALL: [Move; 3] = [Move::Shift, Move::Left, Move::Right];
}

/// A parser configuration over words `1..=n`.
#[derive(Debug, Clone)]
pub struct State {
    /// The stack, bottom first; starts as `[0]`.
    pub stack: Vec<u32>,
    /// The first buffer word; the buffer is `b..=n`.
    pub b: u32,
    /// Number of words.
    pub n: u32,
    /// Head of each word (index 0 unused), [`NO_HEAD`] until attached.
    pub heads: Vec<u32>,
    /// Label index of each attached word.
    pub labels: Vec<u8>,
    /// Leftmost and second leftmost dependents ([`NONE`] if absent).
    pub lc1: Vec<u32>,
    /// Second leftmost dependent.
    pub lc2: Vec<u32>,
    /// Rightmost dependent.
    pub rc1: Vec<u32>,
    /// Second rightmost dependent.
    pub rc2: Vec<u32>,
    /// Number of left dependents.
    pub nleft: Vec<u8>,
    /// Number of right dependents.
    pub nright: Vec<u8>,
    /// Per word, the set of relations of its dependents so far (bit `i`
    /// for the relation with label index `i`, indices of 64 and more are
    /// not recorded).
    pub child_labels: Vec<u64>,
}

impl State {
    /// The initial configuration for `n` words.
    pub fn new(n: usize) -> State {
        let mut s = State {
            stack: Vec::new(),
            b: 1,
            n: 0,
            heads: Vec::new(),
            labels: Vec::new(),
            lc1: Vec::new(),
            lc2: Vec::new(),
            rc1: Vec::new(),
            rc2: Vec::new(),
            nleft: Vec::new(),
            nright: Vec::new(),
            child_labels: Vec::new(),
        };
        s.reset(n);
        s
    }

    /// Reinitialises for `n` words, reusing the allocations.
    pub fn reset(&mut self, n: usize) {
        let m = n + 1;
        self.stack.clear();
        self.stack.push(0);
        self.b = 1;
        self.n = n as u32;
        self.heads.clear();
        self.heads.resize(m, NO_HEAD);
        self.labels.clear();
        self.labels.resize(m, 0);
        for v in [&mut self.lc1, &mut self.lc2, &mut self.rc1, &mut self.rc2] {
            v.clear();
            v.resize(m, NONE);
        }
        self.child_labels.clear();
        self.child_labels.resize(m, 0);
        for v in [&mut self.nleft, &mut self.nright] {
            v.clear();
            v.resize(m, 0);
        }
    }

    /// True when the buffer is empty and only the root is on the stack.
    pub fn is_final(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }

    /// The stack word `i` from the top (0 = top), if any.
    #[inline]
    pub fn s(&self, i: usize) -> Option<u32> {
        self.stack.len().checked_sub(i + 1).map(|k| self.stack[k])
    }

    /// The buffer word `i` from the front, if any.
    #[inline]
    pub fn buf(&self, i: u32) -> Option<u32> {
        let w = self.b + i;
        (w <= self.n).then_some(w)
    }

    /// Whether `m` is legal here.
    pub fn legal(&self, m: Move) -> bool {
        let depth = self.stack.len();
        let buffer = self.b <= self.n;
        match m {
            Move::Shift => buffer,
            Move::Left => buffer && depth >= 2,
            Move::Right => depth >= 3 || (depth == 2 && !buffer),
        }
    }

    /// The (head, dependent) pair `m` would attach, if it attaches one.
    pub fn arc(&self, m: Move) -> Option<(u32, u32)> {
        match m {
            Move::Shift => None,
            Move::Left => Some((self.b, self.s(0)?)),
            Move::Right => Some((self.s(1)?, self.s(0)?)),
        }
    }

    /// Applies a legal move; `label` is the relation of the arc it makes.
    /// An illegal move is ignored (callers choose among legal ones).
    pub fn apply(&mut self, m: Move, label: u8) {
        if !self.legal(m) {
            return;
        }
        match m {
            Move::Shift => {
                self.stack.push(self.b);
                self.b += 1;
            }
            Move::Left | Move::Right => {
                let Some((h, d)) = self.arc(m) else { return };
                self.stack.pop();
                self.attach(h, d, label);
            }
        }
    }

    fn attach(&mut self, h: u32, d: u32, label: u8) {
        let (hu, du) = (h as usize, d as usize);
        self.heads[du] = h;
        self.labels[du] = label;
        if label < 64 {
            self.child_labels[hu] |= 1 << label;
        }
        if d < h {
            // Left dependents arrive right to left: the new one is leftmost.
            self.lc2[hu] = self.lc1[hu];
            self.lc1[hu] = d;
            self.nleft[hu] = self.nleft[hu].saturating_add(1);
        } else {
            // Right dependents arrive left to right: the new one is rightmost.
            self.rc2[hu] = self.rc1[hu];
            self.rc1[hu] = d;
            self.nright[hu] = self.nright[hu].saturating_add(1);
        }
    }

    /// The cost of `m` against the gold heads `gold` (index 0 unused): how
    /// many gold arcs still reachable become unreachable (Goldberg and Nivre
    /// 2013, exact for projective gold trees). `u32::MAX` if illegal.
    pub fn cost(&self, m: Move, gold: &[u32]) -> u32 {
        if !self.legal(m) {
            return u32::MAX;
        }
        let in_buffer = |w: u32| w >= self.b && w <= self.n;
        let buffer_deps = |h: u32| (self.b..=self.n).filter(|&d| gold[d as usize] == h).count() as u32;
        match m {
            Move::Shift => {
                let b = self.b;
                let s0 = self.s(0);
                let deps = self.stack.iter().filter(|&&d| d != 0 && gold[d as usize] == b).count() as u32;
                let h = gold[b as usize];
                let head_lost = Some(h) != s0 && self.stack.contains(&h);
                deps + head_lost as u32
            }
            Move::Left => {
                let s0 = self.s(0).unwrap_or(0);
                let h = gold[s0 as usize];
                let head_lost = h != self.b && (Some(h) == self.s(1) || in_buffer(h));
                buffer_deps(s0) + head_lost as u32
            }
            Move::Right => {
                let s0 = self.s(0).unwrap_or(0);
                let h = gold[s0 as usize];
                buffer_deps(s0) + in_buffer(h) as u32
            }
        }
    }
}

/// True when no two arcs cross; `heads[i]` is the 1-based head of word
/// `i + 1` (0 = root). The root arc counts, so a word outside the root's
/// subtree span makes the tree non-projective as UD defines it.
pub fn is_projective(heads: &[u32]) -> bool {
    first_crossing(heads).is_none()
}

/// A word whose arc to its head is crossed by another arc, if any.
fn first_crossing(heads: &[u32]) -> Option<usize> {
    let n = heads.len();
    for d in 1..=n {
        let h = heads[d - 1] as usize;
        let (a, b) = if h < d { (h, d) } else { (d, h) };
        // Every word strictly inside the arc must have its head within
        // [a, b]; one whose head lies outside makes the arcs cross.
        for k in a + 1..b {
            let hk = heads[k - 1] as usize;
            if hk < a || hk > b {
                return Some(d);
            }
        }
    }
    None
}

/// Makes a tree projective by lifting (Nivre and Nilsson 2005): while some
/// arc `h → d` spans a word that is not a descendant of `h`, the shortest
/// such arc is replaced by `head(h) → d`. An arc from the root word spans
/// only its descendants, so no word is ever lifted to the root and the
/// result stays a tree with one root. Returns the number of lifts. Heads
/// are 1-based as in [`is_projective`]; the input must be a tree.
pub fn projectivize(heads: &mut [u32]) -> usize {
    let n = heads.len();
    let descends = |heads: &[u32], mut k: usize, h: usize| -> bool {
        for _ in 0..=n {
            if k == h {
                return true;
            }
            if k == 0 {
                return false;
            }
            k = heads[k - 1] as usize;
        }
        false
    };
    let mut lifts = 0;
    // Each lift moves a word strictly closer to the root: n * n bounds it.
    while lifts <= n * n {
        let mut best: Option<(usize, usize)> = None;
        for d in 1..=n {
            let h = heads[d - 1] as usize;
            if h == 0 || h > n {
                continue;
            }
            let (a, b) = if h < d { (h, d) } else { (d, h) };
            if (a + 1..b).any(|k| !descends(heads, k, h)) && best.is_none_or(|(len, _)| b - a < len) {
                best = Some((b - a, d));
            }
        }
        let Some((_, d)) = best else { break };
        let h = heads[d - 1] as usize;
        heads[d - 1] = heads[h - 1];
        lifts += 1;
    }
    lifts
}

/// True when `heads` (1-based, 0 = root) form one tree: exactly one word
/// under the root, every head in range, and no cycle.
pub fn is_tree(heads: &[u32]) -> bool {
    let n = heads.len();
    if heads.iter().filter(|&&h| h == 0).count() != 1 || heads.iter().any(|&h| h as usize > n) {
        return false;
    }
    for start in 1..=n {
        let mut k = start;
        for _ in 0..=n {
            if k == 0 {
                break;
            }
            k = heads[k - 1] as usize;
        }
        if k != 0 {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Follows zero-cost moves (preferring Left, Right, Shift) and returns
    /// the 1-based heads built.
    fn oracle_parse(gold1: &[u32]) -> Vec<u32> {
        let mut gold = vec![0u32];
        gold.extend_from_slice(gold1);
        let mut s = State::new(gold1.len());
        let mut steps = 0;
        while !s.is_final() {
            let m = [Move::Left, Move::Right, Move::Shift].into_iter().find(|&m| s.cost(m, &gold) == 0).expect("a zero-cost move");
            s.apply(m, 0);
            steps += 1;
        }
        assert_eq!(steps, 2 * gold1.len());
        s.heads[1..].to_vec()
    }

    #[test]
    fn moves_and_children() {
        // "He met her": He <- met -> her, met <- root.
        let mut s = State::new(3);
        assert!(!s.legal(Move::Left) && !s.legal(Move::Right) && s.legal(Move::Shift));
        s.apply(Move::Shift, 0);
        assert_eq!(s.arc(Move::Left), Some((2, 1)));
        s.apply(Move::Left, 7);
        assert_eq!((s.heads[1], s.labels[1], s.lc1[2], s.nleft[2]), (2, 7, 1, 1));
        s.apply(Move::Shift, 0);
        s.apply(Move::Shift, 0);
        assert_eq!(s.stack, [0, 2, 3]);
        s.apply(Move::Right, 1);
        assert_eq!((s.heads[3], s.rc1[2]), (2, 3));
        assert!(s.legal(Move::Right), "buffer empty: the last word may go under the root");
        s.apply(Move::Right, 0);
        assert!(s.is_final());
        assert_eq!(&s.heads[1..], [2, 0, 2]);
    }

    #[test]
    fn root_only_at_the_end() {
        let mut s = State::new(2);
        s.apply(Move::Shift, 0);
        assert!(!s.legal(Move::Right), "a Right onto the root with words left would allow two roots");
        s.apply(Move::Right, 0);
        assert_eq!(s.stack, [0, 1], "an illegal move is ignored");
    }

    #[test]
    fn oracle_builds_projective_trees() {
        for gold in [vec![0], vec![2, 0, 2], vec![0, 1, 4, 2], vec![3, 3, 0, 3, 6, 4], vec![4, 1, 2, 0]] {
            assert!(is_projective(&gold));
            assert_eq!(oracle_parse(&gold), gold);
        }
    }

    #[test]
    fn costs_count_lost_arcs() {
        // Gold: 1 <- 2 (root). With 1 on the stack and 2 in the buffer,
        // Shift loses the arc 2 -> 1 and, since 2 would then sit above 1,
        // the root arc of 2; Left loses nothing.
        let gold = [0, 2, 0];
        let mut s = State::new(2);
        s.apply(Move::Shift, 0);
        assert_eq!(s.cost(Move::Shift, &gold), 2);
        assert_eq!(s.cost(Move::Left, &gold), 0);
        assert_eq!(s.cost(Move::Right, &gold), u32::MAX);
    }

    #[test]
    fn projectivity_and_lifting() {
        // Arcs 4 -> 2 and 1 -> 3 cross.
        let mut h = vec![0, 4, 1, 1];
        assert!(!is_projective(&h));
        let lifts = projectivize(&mut h);
        assert!(lifts >= 1 && is_projective(&h) && is_tree(&h), "{h:?}");
        assert!(is_projective(&[2, 0, 2]));
        // A word outside the root word's span hanging inside it.
        let mut h2 = vec![3, 0, 2, 1];
        assert!(!is_projective(&h2));
        projectivize(&mut h2);
        assert!(is_projective(&h2) && is_tree(&h2));
    }

    #[test]
    fn trees() {
        assert!(is_tree(&[0]));
        assert!(is_tree(&[2, 0, 2]));
        assert!(!is_tree(&[0, 0]));
        assert!(!is_tree(&[2, 1, 0]));
        assert!(!is_tree(&[5]));
        assert!(!is_tree(&[]));
    }
}
