//! The sparse weight table of the relation classifier.
//!
//! A relation feature has weights for a few of the 55 relations only (the
//! perceptron updates just the right relation and the wrongly chosen one),
//! so storing its row densely wastes memory and, worse, cache lines: a
//! dense row of 55 `i16` spans two or three lines besides the slot that
//! points to it. Here a row is a handful of (relation, weight) pairs kept
//! next to the key.

use crate::io::{Reader, Writer};
use crate::weights::quantise;

/// Pairs stored in one 16-byte entry.
const PAIRS: usize = 4;
/// Most entries one row may take; longer rows go to the overflow array.
const MAX_ENTRIES: usize = 3;
/// Class byte (first pair) of an entry whose row is in the overflow array.
const OVERFLOW: u8 = 0xfe;
/// Class byte of an unused pair (a sink, no class).
const NO_CLASS: u8 = 0xff;
/// Bit 31 of a line's first word: some row whose home is this line was
/// placed further on, so a search must not end here.
const SPILLED: u64 = 1 << 31;
/// The fingerprint bits of an entry's first word.
const FP: u64 = 0x7fff_ffff;

/// One cache line: four entries of 16 bytes. Entry `e` is the two words
/// `[2e]` (fingerprint in bits 0..31, four class bytes in bits 32..64) and
/// `[2e + 1]` (four `i16` weights).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(C, align(64))]
struct Line([u64; 8]);

/// A quantised feature → weight-row table, sparse: most features have
/// weights for two to five classes only (the perceptron only updates the
/// right class and the wrongly chosen one), so a row is stored as
/// (class, weight) pairs, four to a 16-byte entry.
///
/// The table is an array of 64-byte lines of four entries. Every entry
/// holds 31 bits of the key as a fingerprint (never 0, so 0 marks an empty
/// entry); a row of up to twelve pairs takes one to three entries of the
/// same line, the line its key's lower bits name or, if that has too few
/// free entries, the next one that has (linear probing by lines; the
/// skipped line is marked so that searches go on). So a lookup reads one
/// cache line, rarely two, and the weights are in it: no second, dependent
/// memory access as with a separate row array, and about half the memory
/// of dense rows. The few longer rows (about 2% of features, frequent ones)
/// are in an overflow array.
#[derive(Debug, Clone, PartialEq)]
pub struct SparseTable {
    classes: usize,
    mask: u64,
    lines: Vec<Line>,
    /// Overflow pairs: class in bits 0..8, weight in bits 16..32.
    extra: Vec<u32>,
    len: usize,
}

#[inline]
fn fingerprint(key: u64) -> u64 {
    match (key >> 33) & FP {
        0 => 1,
        f => f,
    }
}

impl SparseTable {
    /// Builds a table from float rows scaled so that `max` becomes 32767.
    /// Rows that quantise to all zeros are dropped.
    pub fn build(classes: usize, rows: &[(u64, Vec<f32>)], max: f32) -> SparseTable {
        assert!(classes < OVERFLOW as usize, "class numbers must fit a byte below the marker");
        let kept: Vec<(u64, Vec<(u8, i16)>)> = rows
            .iter()
            .map(|(k, r)| (*k, quantise(r, max).iter().enumerate().filter(|(_, &w)| w != 0).map(|(c, &w)| (c as u8, w)).collect::<Vec<_>>()))
            .filter(|(_, pairs)| !pairs.is_empty())
            .collect();
        let entries_of = |n: usize| if n > PAIRS * MAX_ENTRIES { 1 } else { n.div_ceil(PAIRS) };
        let entries: usize = kept.iter().map(|(_, p)| entries_of(p.len())).sum();
        // At most four fifths of the entries used.
        let n_lines = (entries * 5 / 16 + 1).next_power_of_two().max(2);
        let mask = n_lines as u64 - 1;
        let mut lines = vec![Line::default(); n_lines];
        let mut extra = Vec::new();
        for (k, pairs) in &kept {
            let fp = fingerprint(*k);
            let mut words: Vec<(u64, u64)> = Vec::new();
            if pairs.len() > PAIRS * MAX_ENTRIES {
                let at = extra.len() as u64;
                extra.extend(pairs.iter().map(|&(c, w)| c as u32 | ((w as u16 as u32) << 16)));
                let cls = u32::from_le_bytes([OVERFLOW; 4]) as u64;
                words.push((fp | cls << 32, at | (pairs.len() as u64) << 32));
            } else {
                for chunk in pairs.chunks(PAIRS) {
                    // Unused pairs add 0 to the sink class, not to a real
                    // class (which would chain dependent additions).
                    let (mut cls, mut b) = ([NO_CLASS; 4], 0u64);
                    for (i, &(c, w)) in chunk.iter().enumerate() {
                        cls[i] = c;
                        b |= (w as u16 as u64) << (16 * i);
                    }
                    words.push((fp | (u32::from_le_bytes(cls) as u64) << 32, b));
                }
            }
            let mut l = (k & mask) as usize;
            loop {
                let used = (0..4).filter(|&e| lines[l].0[2 * e] != 0).count();
                if 4 - used >= words.len() {
                    for (i, &(a, b)) in words.iter().enumerate() {
                        lines[l].0[2 * (used + i)] = a;
                        lines[l].0[2 * (used + i) + 1] = b;
                    }
                    break;
                }
                // `used` is at least 2 here, so the first entry is taken.
                lines[l].0[0] |= SPILLED;
                l = (l + 1) & mask as usize;
            }
        }
        SparseTable { classes, mask, lines, extra, len: kept.len() }
    }

    /// Number of classes (weights per row).
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// Number of stored features.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when no feature is stored.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Adds the row of `key` to `acc` (indexed by class byte), returning
    /// whether the key is stored and, for an overflow row, its pointer.
    /// The four fingerprints of a line are compared without branching on
    /// each (which entry matches is unpredictable); the entries of a row
    /// are consecutive, so the matches give the first and how many.
    #[inline]
    fn add(&self, key: u64, acc: &mut [i32; 256]) -> (bool, Option<u64>) {
        let fp = fingerprint(key);
        let mut l = (key & self.mask) as usize;
        loop {
            let line = &self.lines[l].0;
            let mut hits = 0u32;
            for e in 0..4 {
                hits |= ((line[2 * e] & FP == fp) as u32) << e;
            }
            if hits != 0 {
                let first = hits.trailing_zeros() as usize;
                let a = line[2 * first];
                if (a >> 32) as u8 == OVERFLOW {
                    return (true, Some(line[2 * first + 1]));
                }
                for e in first..(first + hits.count_ones() as usize).min(4) {
                    let (a, b) = (line[2 * e], line[2 * e + 1]);
                    let cls = ((a >> 32) as u32).to_le_bytes();
                    for (i, &c) in cls.iter().enumerate() {
                        acc[c as usize] += (b >> (16 * i)) as u16 as i16 as i32;
                    }
                }
                return (true, None);
            }
            if line[6] == 0 && line[0] & SPILLED == 0 {
                return (false, None);
            }
            l = (l + 1) & self.mask as usize;
        }
    }

    /// Adds the overflow pairs of an entry to `acc`.
    #[inline]
    fn add_overflow(&self, b: u64, acc: &mut [i32; 256]) {
        let at = (b & 0xffff_ffff) as usize;
        let n = ((b >> 32) & 0xffff) as usize;
        for &p in self.extra.get(at..at + n).unwrap_or(&[]) {
            acc[(p & 0xff) as usize] += (p >> 16) as u16 as i16 as i32;
        }
    }

    /// The dense weight row of feature `key` (zeros for classes it has no
    /// weight for), if stored.
    pub fn row(&self, key: u64) -> Option<Vec<i32>> {
        let mut acc = [0i32; 256];
        let (found, overflow) = self.add(key, &mut acc);
        if let Some(b) = overflow {
            acc = [0; 256];
            self.add_overflow(b, &mut acc);
        }
        found.then(|| acc[..self.classes].to_vec())
    }

    /// Sets `scores` (length [`Self::classes`]) to the sum of the rows of
    /// `features`.
    ///
    /// The table is larger than the processor's caches, so lookups wait
    /// for memory. Every feature's line is touched first, so that the
    /// loads are issued back to back and their waits overlap instead of
    /// queueing; then the lines are searched and the weights added.
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut [i32]) {
        let mut acc = [0i32; 256];
        self.add_scores(features, &mut acc);
        scores.copy_from_slice(&acc[..scores.len()]);
    }

    /// Adds the rows of `features` to `acc` (indexed by class; entries
    /// from [`Self::classes`] on are scratch), as [`Self::score`] does.
    #[inline]
    pub(crate) fn add_scores(&self, features: &[u64], acc: &mut [i32; 256]) {
        for &f in features {
            std::hint::black_box(self.lines[(f & self.mask) as usize].0[0]);
        }
        for &f in features {
            self.add_row(f, acc);
        }
    }

    /// Adds the row of `key` to `acc` (as [`Self::add_scores`]); whether
    /// it is stored.
    #[inline]
    pub(crate) fn add_row(&self, key: u64, acc: &mut [i32; 256]) -> bool {
        let (found, overflow) = self.add(key, acc);
        if let Some(b) = overflow {
            self.add_overflow(b, acc);
        }
        found
    }

    /// Serialises the table.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.classes as u32);
        w.u32(self.lines.len() as u32);
        w.u32(self.len as u32);
        w.u32(self.extra.len() as u32);
        let words: Vec<u64> = self.lines.iter().flat_map(|l| l.0).collect();
        w.u64s(&words);
        w.u32s(&self.extra);
    }

    /// Reads a table written by [`Self::write`], checking its consistency
    /// so that lookups end and stay in bounds.
    pub fn read(r: &mut Reader) -> Result<SparseTable, String> {
        let classes = r.u32()? as usize;
        let n_lines = r.u32()? as usize;
        let len = r.u32()? as usize;
        let n_extra = r.u32()? as usize;
        if classes == 0 || classes >= OVERFLOW as usize || !n_lines.is_power_of_two() || len >= n_lines * 4 {
            return Err(format!("bad table header (classes {classes}, lines {n_lines}, rows {len})"));
        }
        let bytes = r.bytes(n_lines.checked_mul(64).ok_or("table too large")?)?;
        let extra = r.u32s(n_extra)?;
        // One pass: decode the lines and check them.
        let mut lines = Vec::with_capacity(n_lines);
        let mut ends = false;
        for chunk in bytes.chunks_exact(64) {
            let mut l = Line::default();
            for (w, b) in l.0.iter_mut().zip(chunk.chunks_exact(8)) {
                *w = u64::from_le_bytes(b.try_into().unwrap_or([0; 8]));
            }
            // A search ends at a line with a free entry that no row skipped.
            ends |= l.0[6] == 0 && l.0[0] & SPILLED == 0;
            for e in 0..4 {
                let (a, b) = (l.0[2 * e], l.0[2 * e + 1]);
                if a & FP != 0 && (a >> 32) as u8 == OVERFLOW && (b & 0xffff_ffff) + ((b >> 32) & 0xffff) > n_extra as u64 {
                    return Err("table entry points past the overflow pairs".into());
                }
            }
            lines.push(l);
        }
        if !ends {
            return Err("table has no line where a search ends".into());
        }
        Ok(SparseTable { classes, mask: n_lines as u64 - 1, lines, extra, len })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::mix;

    /// Rows with 1 to 20 non-zero weights (some overflow), enough of them
    /// that lines fill up and rows spill to the next line.
    fn rows(classes: usize) -> Vec<(u64, Vec<f32>)> {
        (0..3000u64)
            .map(|i| {
                let k = (i * 7 % 20) as usize + 1;
                let row = (0..classes).map(|c| if (c * 13 + i as usize) % classes < k { (c as f32 + 1.0) * if c % 2 == 0 { 1.0 } else { -1.0 } } else { 0.0 }).collect();
                (mix(i + 1), row)
            })
            .collect()
    }

    #[test]
    fn rows_come_back_exactly_and_scores_add_them() {
        let classes = 55;
        let rows = rows(classes);
        let max = classes as f32;
        let t = SparseTable::build(classes, &rows, max);
        assert_eq!(t.len(), rows.len());
        let spilled = t.lines.iter().filter(|l| l.0[0] & SPILLED != 0).count();
        assert!(spilled > 0, "the test must cover spilled lines");
        assert!(!t.extra.is_empty(), "the test must cover overflow rows");
        let mut total = vec![0i32; classes];
        let keys: Vec<u64> = rows.iter().map(|(k, _)| *k).take(40).collect();
        for (k, r) in &rows {
            let want: Vec<i32> = quantise(r, max).iter().map(|&w| w as i32).collect();
            assert_eq!(t.row(*k).as_deref(), Some(&want[..]));
            if keys.contains(k) {
                total.iter_mut().zip(&want).for_each(|(s, w)| *s += w);
            }
        }
        assert!(t.row(mix(999_999)).is_none());
        let mut scores = vec![0i32; classes];
        let mut features = keys.clone();
        features.push(mix(999_999));
        t.score(&features, &mut scores);
        assert_eq!(scores, total);
    }

    #[test]
    fn serialises_and_rejects_damage() {
        let t = SparseTable::build(17, &rows(17), 17.0);
        let mut w = Writer::default();
        t.write(&mut w);
        let bytes = w.into_bytes();
        assert_eq!(SparseTable::read(&mut Reader::new(&bytes)).unwrap(), t);
        assert!(SparseTable::read(&mut Reader::new(&bytes[..bytes.len() - 1])).is_err());
        let mut bad = bytes.clone();
        bad[4..8].copy_from_slice(&3u32.to_le_bytes());
        assert!(SparseTable::read(&mut Reader::new(&bad)).is_err(), "line count not a power of two");
    }
}
