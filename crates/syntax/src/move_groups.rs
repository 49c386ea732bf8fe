//! Transition scores of the tag and label templates by direct indexing.
//!
//! 26 of the transition classifier's per-configuration templates read
//! nothing but tags (19 values with the root and "none"), relations (55
//! and "none"), the distance bucket (8), dependent counts (a `u8`) and
//! whether the buffer is empty. Hashing them and searching the 8 MB table
//! costs a multiplication chain and a likely cache miss each. Here they
//! are grouped by the values they read (up to five templates over the same
//! three values), and each group is an array with one cell per combination
//! of those values: a transition reads 16 cells that sit in a few hundred
//! kilobytes, most of them in cache, instead of making 26 table lookups.
//!
//! A cell holds the sum of its templates' weights exactly as the table
//! gives them (the same keys, so also any fingerprint collision the table
//! has), and integer sums do not depend on their order: the scores are
//! exactly those of hashing every feature. Cells are filled on first use
//! rather than at load time: the groups have about 310,000 combinations,
//! most never seen (their weights would cost 10 ms or more to look up at
//! start-up), and a filled cell never changes. Filling is an atomic store
//! of the value every thread would compute, so threads may share the
//! model and race to fill a cell harmlessly.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use crate::features::{child, key, label, left_count, right_count, s0_b0_distance, ParseInput, TAG_NONE};
use crate::transition::State;
use crate::weights::InlineTable;

/// Tag values: the 17 UPOS tags, the root and "none".
const TAGS: usize = 19;
/// Relation values: the 55 relations and "none" (absent dependent).
const LABELS: usize = 56;
/// Dependent counts (`u8`).
const COUNTS: usize = 256;
/// Distance buckets.
const DISTS: usize = 8;

/// A template argument: the raw value of one of the group's three values,
/// or whether the buffer is empty, told by the first buffer word's tag
/// being "none" (which only an absent word has).
#[derive(Clone, Copy)]
enum Arg {
    V(usize),
    Empty(usize),
}
use Arg::{Empty, V};

/// A group: the sizes of its three value domains and its templates (number
/// and arguments, as in `features::pair_features`).
struct Group {
    dims: [usize; 3],
    templates: &'static [(u64, &'static [Arg])],
}

/// The groups, in the order [`MoveGroups::score`] reads them; the values
/// each reads are noted beside it.
const GROUPS: [Group; 16] = [
    // s1p, s0p, b0p
    Group {
        dims: [TAGS, TAGS, TAGS],
        templates: &[(215, &[V(1), V(2)]), (220, &[V(0), V(1)]), (222, &[V(0), V(1), V(2)]), (255, &[Empty(2), V(1)]), (256, &[V(0), V(1), Empty(2)])],
    },
    // s0p, b0p, distance
    Group { dims: [TAGS, TAGS, DISTS], templates: &[(241, &[V(0), V(2)]), (243, &[V(1), V(2)]), (244, &[V(0), V(1), V(2)])] },
    // s0p, b0p, b1p
    Group { dims: [TAGS, TAGS, TAGS], templates: &[(223, &[V(0), V(1), V(2)])] },
    // s2p, s1p, s0p
    Group { dims: [TAGS, TAGS, TAGS], templates: &[(225, &[V(0), V(1), V(2)])] },
    // s1p, s0p, b1p
    Group { dims: [TAGS, TAGS, TAGS], templates: &[(253, &[V(0), V(1), V(2)])] },
    // s0p, tag of s0's leftmost dependent, b0p
    Group { dims: [TAGS, TAGS, TAGS], templates: &[(228, &[V(0), V(1), V(2)])] },
    // s0p, tag of s0's rightmost dependent, b0p
    Group { dims: [TAGS, TAGS, TAGS], templates: &[(229, &[V(0), V(1), V(2)])] },
    // s0p, b0p, tag of b0's leftmost dependent
    Group { dims: [TAGS, TAGS, TAGS], templates: &[(230, &[V(0), V(1), V(2)])] },
    // s1p, tag of s1's rightmost dependent, s0p
    Group { dims: [TAGS, TAGS, TAGS], templates: &[(231, &[V(0), V(1), V(2)])] },
    // s0p, relations of s0's leftmost and second leftmost dependents
    Group { dims: [TAGS, LABELS, LABELS], templates: &[(232, &[V(0), V(1)]), (235, &[V(0), V(1), V(2)])] },
    // s0p, relations of s0's rightmost and second rightmost dependents
    Group { dims: [TAGS, LABELS, LABELS], templates: &[(233, &[V(0), V(1)]), (236, &[V(0), V(1), V(2)])] },
    // b0p, relations of b0's leftmost and second leftmost dependents
    Group { dims: [TAGS, LABELS, LABELS], templates: &[(234, &[V(0), V(1)]), (237, &[V(0), V(1), V(2)])] },
    // s1p, relations of s1's rightmost and leftmost dependents
    Group { dims: [TAGS, LABELS, LABELS], templates: &[(238, &[V(0), V(1)]), (239, &[V(0), V(2)])] },
    // s0p, right dependents of s0
    Group { dims: [TAGS, COUNTS, 1], templates: &[(246, &[V(0), V(1)])] },
    // s0p, left dependents of s0
    Group { dims: [TAGS, COUNTS, 1], templates: &[(248, &[V(0), V(1)])] },
    // b0p, left dependents of b0
    Group { dims: [TAGS, COUNTS, 1], templates: &[(250, &[V(0), V(1)])] },
];

/// Where each group's cells start, and the total.
const BASES: [usize; 17] = {
    let mut b = [0; 17];
    let mut g = 0;
    while g < 16 {
        let d = GROUPS[g].dims;
        b[g + 1] = b[g] + d[0] * d[1] * d[2];
        g += 1;
    }
    b
};

/// Marks a filled cell: a cell holds `E ^ FILLED` where `E` is its three
/// sums packed (see [`pack`]), whose two top bits are equal; an empty cell
/// (0) has them equal too.
const FILLED: u64 = 1 << 63;

/// Three weight sums as one integer, `s0 + s1 * 2^21 + s2 * 2^42`. Packed
/// values add up to the packing of the sums as long as every sum stays
/// within ±2^20, which holds for any set of cells read together: they
/// cover 26 templates of weights within ±32,767.
#[inline]
fn pack(s: [i64; 3]) -> i64 {
    s[0] + (s[1] << 21) + (s[2] << 42)
}

/// The three sums of a packed value.
#[inline]
fn unpack(e: i64) -> [i32; 3] {
    let s0 = (e << 43) >> 43;
    let r = (e - s0) >> 21;
    let s1 = (r << 43) >> 43;
    let s2 = (r - s1) >> 21;
    [s0 as i32, s1 as i32, s2 as i32]
}

/// The cells of every group (see the module comment).
pub(crate) struct MoveGroups {
    cells: Box<[AtomicU64]>,
}

impl MoveGroups {
    /// Empty cells for every group (about 2.5 MB, zeroed).
    pub(crate) fn new() -> MoveGroups {
        MoveGroups { cells: (0..BASES[16]).map(|_| AtomicU64::new(0)).collect() }
    }

    /// The packed sum of group `g`'s templates for the values `raw` (cell
    /// `i`), filling the cell from `table` on first use.
    #[inline(always)]
    fn cell(&self, table: &InlineTable, g: usize, i: usize, raw: [u64; 3]) -> i64 {
        let v = self.cells[i].load(Relaxed);
        if ((v ^ (v << 1)) as i64) < 0 {
            (v ^ FILLED) as i64
        } else {
            self.fill(table, g, i, raw)
        }
    }

    #[cold]
    #[inline(never)]
    fn fill(&self, table: &InlineTable, g: usize, i: usize, raw: [u64; 3]) -> i64 {
        let mut s = [0i64; 3];
        for k in group_keys(g, raw) {
            if let Some(w) = table.row(k) {
                for c in 0..3 {
                    s[c] += w[c] as i64;
                }
            }
        }
        let e = pack(s);
        self.cells[i].store(e as u64 ^ FILLED, Relaxed);
        e
    }

    /// The summed weights of the 26 grouped templates in configuration
    /// `st`. `x.tags` must be tagger output (below 17); relations in `st`
    /// must be below 55, as the parser assigns them.
    #[inline]
    pub(crate) fn score(&self, table: &InlineTable, x: &ParseInput, st: &State) -> [i32; 3] {
        let values = values(x, st);
        let mut acc = 0i64;
        for (g, raw) in values.into_iter().enumerate() {
            let d = GROUPS[g].dims;
            // A relation value of "none" (255) takes the last index.
            let code = |v: u64, dim: usize| if dim == LABELS { (v as usize).min(LABELS - 1) } else { v as usize };
            let i = BASES[g] + (code(raw[0], d[0]) * d[1] + code(raw[1], d[1])) * d[2] + code(raw[2], d[2]);
            acc += self.cell(table, g, i, raw);
        }
        unpack(acc)
    }
}

/// The values each group reads in configuration `st`, in group order.
#[inline(always)]
fn values(x: &ParseInput, st: &State) -> [[u64; 3]; 16] {
    let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
    let (b0, b1) = (st.buf(0), st.buf(1));
    let (s0p, s1p, s2p, b0p, b1p) = (x.p(s0), x.p(s1), x.p(s2), x.p(b0), x.p(b1));
    let (s0l1, s0l2, s0r1, s0r2) = (child(&st.lc1, s0), child(&st.lc2, s0), child(&st.rc1, s0), child(&st.rc2, s0));
    let (b0l1, b0l2) = (child(&st.lc1, b0), child(&st.lc2, b0));
    let (s1r1, s1l1) = (child(&st.rc1, s1), child(&st.lc1, s1));
    let dist = s0_b0_distance(st);
    let vl = |k: Option<u32>| left_count(st, k);
    let vr = |k: Option<u32>| right_count(st, k);
    let l = |k: Option<u32>| label(st, k);
    debug_assert!([s0p, s1p, s2p, b0p, b1p].iter().all(|&p| p < TAGS as u64));
    [
        [s1p, s0p, b0p],
        [s0p, b0p, dist],
        [s0p, b0p, b1p],
        [s2p, s1p, s0p],
        [s1p, s0p, b1p],
        [s0p, x.p(s0l1), b0p],
        [s0p, x.p(s0r1), b0p],
        [s0p, b0p, x.p(b0l1)],
        [s1p, x.p(s1r1), s0p],
        [s0p, l(s0l1), l(s0l2)],
        [s0p, l(s0r1), l(s0r2)],
        [b0p, l(b0l1), l(b0l2)],
        [s1p, l(s1r1), l(s1l1)],
        [s0p, vr(s0), 0],
        [s0p, vl(s0), 0],
        [b0p, vl(b0), 0],
    ]
}

/// The feature keys of every group in configuration `st` (for checking
/// that the groups hold exactly the templates `features` has).
#[cfg(test)]
pub(crate) fn keys(x: &ParseInput, st: &State) -> Vec<u64> {
    values(x, st).into_iter().enumerate().flat_map(|(g, raw)| group_keys(g, raw)).collect()
}

/// The feature keys of group `g` for the values `raw`.
fn group_keys(g: usize, raw: [u64; 3]) -> impl Iterator<Item = u64> {
    GROUPS[g].templates.iter().map(move |&(t, args)| {
        let mut v = [0u64; 3];
        for (slot, a) in v.iter_mut().zip(args) {
            *slot = match *a {
                V(d) => raw[d],
                Empty(d) => (raw[d] == TAG_NONE as u64) as u64,
            };
        }
        key(t, &v[..args.len()])
    })
}

/// The cells are a cache of the model's table: a copy starts empty.
impl Clone for MoveGroups {
    fn clone(&self) -> MoveGroups {
        MoveGroups::new()
    }
}

/// Derived from the model's table, so never a difference between models.
impl PartialEq for MoveGroups {
    fn eq(&self, _: &MoveGroups) -> bool {
        true
    }
}

impl std::fmt::Debug for MoveGroups {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let filled = self.cells.iter().filter(|c| c.load(Relaxed) != 0).count();
        write!(f, "MoveGroups({filled} of {} cells filled)", self.cells.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_sums_add_up() {
        let cases = [[0i64, 0, 0], [32767, -32767, 1], [-1, -1, -1], [5 * 32767, -5 * 32767, 26 * 32767], [-26 * 32767, 26 * 32767, -26 * 32767]];
        for a in cases {
            assert_eq!(unpack(pack(a)), a.map(|v| v as i32));
            for b in cases {
                let sum = [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
                if sum.iter().all(|s| s.abs() < 1 << 20) {
                    assert_eq!(unpack(pack(a) + pack(b)), sum.map(|v| v as i32));
                }
            }
            let v = pack(a) as u64 ^ FILLED;
            assert!(((v ^ (v << 1)) as i64) < 0, "a filled cell reads as filled");
        }
        assert_eq!(GROUPS.iter().map(|g| g.templates.len()).sum::<usize>(), 26);
    }
}
