//! Relation scores of the tag and relation templates by direct indexing.
//!
//! 13 of the label classifier's 28 templates read nothing but tags,
//! relations, the direction and distance of the arc, the dependent's
//! dependent counts and the head's marker bits. They are the most frequent
//! features and have weights for most of the 55 relations, so in the
//! sparse table their rows are long lists of (relation, weight) pairs in
//! the overflow array, added one pair at a time after hashing the key and
//! searching its line. Here they are grouped by the values they read, and
//! for every combination of those values the group's summed row is stored
//! densely (64 `i16`, two cache lines, added with vector instructions): an
//! arc reads 9 rows found by arithmetic instead of making 13 hashed
//! lookups.
//!
//! Rows are derived at load time from the sparse table with the same keys
//! (so any fingerprint collision of the table is kept) and integer sums do
//! not depend on their order: the scores are exactly those of hashing every
//! feature. Combinations whose templates are all absent share one row of
//! zeros: the built-in model has rows for 8,475 of the 27,949
//! combinations, 1.1 MB, built in 4 to 10 ms. Two cases are hashed
//! as before instead: dependent counts of 16 or more (outside the group),
//! and a combination whose sums do not fit an `i16` (none in the built-in
//! model, whose weights are within ±32,767 each, but up to five templates
//! are summed).

use crate::features::{bucket, child, head_marks, key, label, ParseInput, TAG_ROOT};
use crate::sparse::SparseTable;
use crate::transition::State;

/// Tag values: the 17 UPOS tags, the root and "none".
const TAGS: usize = 19;
/// Relation values: the 55 relations and "none" (absent dependent).
const LABELS: usize = 56;
/// The weights of a row: the 55 relations and padding to two cache lines.
const ROW: usize = 64;
/// In [`LabelGroups::index`]: a combination whose summed weights do not
/// all fit an `i16`, whose templates are hashed instead.
const HASHED: u32 = u32::MAX;
/// Dependent counts indexed directly; larger ones are hashed.
const COUNTS: usize = 16;

/// How a group's value maps to its index and back.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// The value is the index (tags, directions, marker bits, counts).
    Plain(usize),
    /// A relation: "none" (255) takes the last index.
    Label,
    /// A distance bucket (0-7) plus the direction in bit 4: 16 indices.
    Dist,
}

impl Kind {
    fn size(self) -> usize {
        match self {
            Kind::Plain(n) => n,
            Kind::Label => LABELS,
            Kind::Dist => 16,
        }
    }

    /// The index of `v`, if in range.
    #[inline(always)]
    fn index(self, v: u64) -> Option<usize> {
        match self {
            Kind::Plain(n) => ((v as usize) < n).then_some(v as usize),
            Kind::Label => Some((v as usize).min(LABELS - 1)),
            Kind::Dist => Some((v as usize & 7) | ((v as usize >> 4) & 1) << 3),
        }
    }

    /// The value of index `i`.
    fn value(self, i: usize) -> u64 {
        match self {
            Kind::Plain(_) => i as u64,
            Kind::Label if i == LABELS - 1 => 255,
            Kind::Label => i as u64,
            Kind::Dist => (i as u64 & 7) | ((i as u64 >> 3) << 4),
        }
    }
}

/// A template argument: one of the group's three values, the direction
/// (bit 4 of a distance value), or whether a tag is the root's (which only
/// the root has, so whether the head is the root).
#[derive(Clone, Copy)]
enum Arg {
    V(usize),
    Dir(usize),
    Root(usize),
}
use Arg::{Dir, Root, V};

/// A group: its three values and its templates (number and arguments, as
/// in `features::label_features`).
struct Group {
    kinds: [Kind; 3],
    templates: &'static [(u64, &'static [Arg])],
}

const TAG: Kind = Kind::Plain(TAGS);
const DIR: Kind = Kind::Plain(2);

/// The groups, in the order of [`values`].
const GROUPS: [Group; 9] = [
    // hp, dp, distance and direction
    Group {
        kinds: [TAG, TAG, Kind::Dist],
        templates: &[(300, &[Dir(2)]), (302, &[V(0), Dir(2)]), (304, &[V(1), Dir(2)]), (307, &[V(0), V(1), V(2)]), (323, &[V(0), V(1), Root(0)])],
    },
    // relation of d's leftmost dependent, dp, direction
    Group { kinds: [Kind::Label, TAG, DIR], templates: &[(310, &[V(0), V(1), V(2)])] },
    // relation of d's rightmost dependent, dp, direction
    Group { kinds: [Kind::Label, TAG, DIR], templates: &[(311, &[V(0), V(1), V(2)])] },
    // relation of h's leftmost dependent, hp, direction
    Group { kinds: [Kind::Label, TAG, DIR], templates: &[(312, &[V(0), V(1), V(2)])] },
    // relation of h's rightmost dependent, hp, direction
    Group { kinds: [Kind::Label, TAG, DIR], templates: &[(314, &[V(0), V(1), V(2)])] },
    // tag of the word after d, dp, direction
    Group { kinds: [TAG, TAG, DIR], templates: &[(318, &[V(0), V(1), V(2)])] },
    // dp, d's left and right dependent counts
    Group { kinds: [TAG, Kind::Plain(COUNTS), Kind::Plain(COUNTS)], templates: &[(319, &[V(0), V(1), V(2)])] },
    // hp, dp, tag of d's leftmost dependent
    Group { kinds: [TAG, TAG, TAG], templates: &[(320, &[V(0), V(1), V(2)])] },
    // h's marker bits, dp, direction
    Group { kinds: [Kind::Plain(32), TAG, DIR], templates: &[(324, &[V(0), V(1), V(2)])] },
];

/// The feature keys of group `g` for the values `raw`.
fn group_keys(g: usize, raw: [u64; 3]) -> impl Iterator<Item = u64> {
    GROUPS[g].templates.iter().map(move |&(t, args)| {
        let mut v = [0u64; 3];
        for (slot, a) in v.iter_mut().zip(args) {
            *slot = match *a {
                V(i) => raw[i],
                Dir(i) => (raw[i] >> 4) & 1,
                Root(i) => (raw[i] == TAG_ROOT as u64) as u64,
            };
        }
        key(t, &v[..args.len()])
    })
}

/// The values each group reads for the arc `h → d` in configuration `st`.
#[inline(always)]
fn values(x: &ParseInput, st: &State, h: u32, d: u32) -> [[u64; 3]; 9] {
    let (hk, dk) = (Some(h), Some(d));
    let (hp, dp) = (x.p(hk), x.p(dk));
    let dir = (d < h) as u64;
    let dist = bucket(h.abs_diff(d)).wrapping_add(dir << 4);
    let (dl1, dr1) = (child(&st.lc1, dk), child(&st.rc1, dk));
    let (hl1, hr1) = (child(&st.lc1, hk), child(&st.rc1, hk));
    let after = (d < st.n).then(|| d + 1);
    let (nl, nr) = (st.nleft[d as usize] as u64, st.nright[d as usize] as u64);
    [
        [hp, dp, dist],
        [label(st, dl1), dp, dir],
        [label(st, dr1), dp, dir],
        [label(st, hl1), hp, dir],
        [label(st, hr1), hp, dir],
        [x.p(after), dp, dir],
        [dp, nl, nr],
        [hp, dp, x.p(dl1)],
        [head_marks(st, h), dp, dir],
    ]
}

/// One summed row, aligned to cache lines so that it spans exactly two.
#[derive(Debug, Clone, PartialEq)]
#[repr(C, align(64))]
struct Row([i16; ROW]);

/// Summed rows of every group and combination (see the module comment).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LabelGroups {
    /// Where each group's indices start in `index`.
    bases: [usize; 9],
    /// Per group and combination, its row in `rows` (0: all zeros), or
    /// [`HASHED`].
    index: Vec<u32>,
    /// Summed rows, the first all zeros.
    rows: Vec<Row>,
}

impl LabelGroups {
    /// Sums the rows of every combination of every group from `table`.
    pub(crate) fn build(table: &SparseTable) -> LabelGroups {
        let classes = table.classes();
        assert!(classes <= ROW, "a row holds at most {ROW} relations");
        let mut bases = [0; 9];
        let mut index = Vec::new();
        let mut rows = vec![Row([0; ROW])];
        let mut acc = [0i32; 256];
        for (g, group) in GROUPS.iter().enumerate() {
            bases[g] = index.len();
            let [k0, k1, k2] = group.kinds;
            for i0 in 0..k0.size() {
                for i1 in 0..k1.size() {
                    for i2 in 0..k2.size() {
                        let raw = [k0.value(i0), k1.value(i1), k2.value(i2)];
                        let mut found = false;
                        for k in group_keys(g, raw) {
                            found |= table.add_row(k, &mut acc);
                        }
                        let mut row = Row([0; ROW]);
                        let fits = row.0.iter_mut().zip(&acc[..classes]).all(|(r, &a)| i16::try_from(a).map(|a| *r = a).is_ok());
                        index.push(match (found, fits) {
                            (false, _) => 0,
                            (true, false) => HASHED,
                            (true, true) => {
                                rows.push(row);
                                rows.len() as u32 - 1
                            }
                        });
                        // Rows touch the relations and the sink class only.
                        acc[..classes].fill(0);
                        acc[255] = 0;
                    }
                }
            }
        }
        LabelGroups { bases, index, rows }
    }

    /// Adds the summed rows of the grouped templates for the arc `h → d`
    /// to `acc`; the keys of a group whose values fall outside it (many
    /// dependents) or whose sums do not fit a row are pushed to `hashed`
    /// instead. `x.tags` must be tagger output (below 17); relations in
    /// `st` below 55.
    #[inline]
    pub(crate) fn add(&self, x: &ParseInput, st: &State, h: u32, d: u32, acc: &mut [i32; 256], hashed: &mut Vec<u64>) {
        for (g, raw) in values(x, st, h, d).into_iter().enumerate() {
            let [k0, k1, k2] = GROUPS[g].kinds;
            let (Some(i0), Some(i1), Some(i2)) = (k0.index(raw[0]), k1.index(raw[1]), k2.index(raw[2])) else {
                hashed.extend(group_keys(g, raw));
                continue;
            };
            let i = self.bases[g] + (i0 * k1.size() + i1) * k2.size() + i2;
            // `HASHED` is past the last row.
            let Some(row) = self.rows.get(self.index[i] as usize) else {
                hashed.extend(group_keys(g, raw));
                continue;
            };
            for (a, &r) in acc[..ROW].iter_mut().zip(&row.0) {
                *a += i32::from(r);
            }
        }
    }

    /// Number of combinations, of rows that are not all zeros and of
    /// combinations hashed because their sums do not fit a row.
    #[cfg(test)]
    fn sizes(&self) -> (usize, usize, usize) {
        (self.index.len(), self.rows.len() - 1, self.index.iter().filter(|&&i| i == HASHED).count())
    }
}

/// The feature keys of every group for the arc `h → d` (for checking that
/// the groups hold exactly the templates `features` has).
#[cfg(test)]
pub(crate) fn keys(x: &ParseInput, st: &State, h: u32, d: u32) -> Vec<u64> {
    values(x, st, h, d).into_iter().enumerate().flat_map(|(g, raw)| group_keys(g, raw)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_and_values_round_trip() {
        for g in &GROUPS {
            for k in g.kinds {
                for i in 0..k.size() {
                    assert_eq!(k.index(k.value(i)), Some(i));
                }
            }
        }
        assert_eq!(Kind::Label.index(255), Some(LABELS - 1));
        assert_eq!(Kind::Plain(COUNTS).index(16), None);
        assert_eq!(GROUPS.iter().map(|g| g.templates.len()).sum::<usize>(), 13);
    }

    /// A combination whose summed weights do not fit an `i16` is hashed:
    /// the scores stay exact.
    #[test]
    fn sums_beyond_i16_are_hashed() {
        use crate::features::TokenInfo;
        use crate::transition::Move;
        let tokens = [TokenInfo::default(); 2];
        let x = ParseInput { tokens: &tokens, tags: &[0, 1] };
        let mut st = State::new(2);
        st.apply(Move::Shift, 0);
        let Some((h, d)) = st.arc(Move::Left) else { panic!("Left makes an arc") };
        // Every grouped template of this arc at the largest weight for one
        // relation: group 0 sums five of them, beyond an `i16`.
        let classes = 55;
        let keys = keys(&x, &st, h, d);
        let mut weights = vec![0.0f32; classes];
        weights[3] = 1.0;
        weights[7] = -0.5;
        let table = SparseTable::build(classes, &keys.iter().map(|&k| (k, weights.clone())).collect::<Vec<_>>(), 1.0);
        let groups = LabelGroups::build(&table);
        let (_, rows, hashed) = groups.sizes();
        assert!(rows > 0 && hashed > 0, "{rows} {hashed}");
        let mut want = vec![0i32; classes];
        table.score(&keys, &mut want);
        assert_eq!(want[3], 13 * 32767);
        let (mut acc, mut rest) = ([0i32; 256], Vec::new());
        groups.add(&x, &st, h, d, &mut acc, &mut rest);
        assert!(!rest.is_empty());
        table.add_scores(&rest, &mut acc);
        assert_eq!(acc[..classes], want[..]);
    }

    /// The built-in model's rows: most combinations have weights, and the
    /// rows stay a few megabytes.
    #[test]
    fn builtin_model_rows() {
        let (combinations, rows, hashed) = crate::Model::builtin().label_groups.sizes();
        eprintln!("{combinations} combinations, {rows} rows, {hashed} hashed");
        assert_eq!(combinations, 27_949);
        assert!(rows + hashed <= combinations && rows * std::mem::size_of::<Row>() < 4 << 20, "{rows}");
    }
}
