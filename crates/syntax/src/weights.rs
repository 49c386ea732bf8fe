//! Weight tables: the averaged perceptron used in training, and the
//! compact quantised table the model ships and scores with.
//!
//! The shipped tables map a feature hash to `i16` weights, one per class:
//! [`Table`] keeps a slot array pointing into dense rows (tagger),
//! [`InlineTable`] three weights inside one 8-byte slot (transitions), and
//! [`crate::sparse::SparseTable`] sparse rows next to their keys
//! (relations).
//! Only features that kept a non-zero weight after averaging and
//! quantisation are stored. A table is stored in the model file exactly as
//! it is searched: loading copies arrays, it builds nothing.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::io::{Reader, Writer};
use crate::sparse::SparseTable;

/// A hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A `HashMap` keyed by feature hashes.
pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// An averaged multi-class perceptron over hashed features (training only).
///
/// Averaging is lazy (Daumé's trick): each weight keeps the running sum of
/// its value over time, brought up to date only when the weight changes.
#[derive(Debug, Clone)]
pub struct Perceptron {
    classes: usize,
    rows: IdMap<u32>,
    w: Vec<f32>,
    total: Vec<f64>,
    stamp: Vec<u32>,
    /// Number of training instances seen (the clock for averaging).
    pub time: u32,
}

impl Perceptron {
    /// A perceptron with `classes` classes and no features.
    pub fn new(classes: usize) -> Perceptron {
        Perceptron { classes, rows: IdMap::default(), w: Vec::new(), total: Vec::new(), stamp: Vec::new(), time: 0 }
    }

    /// Number of classes.
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// Adds the current weights of `features` to `scores` (one per class).
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in features {
            if let Some(&r) = self.rows.get(f) {
                let row = &self.w[r as usize * self.classes..][..self.classes];
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
    }

    fn row(&mut self, f: u64) -> usize {
        let next = self.rows.len() as u32;
        let r = *self.rows.entry(f).or_insert(next) as usize;
        if r == next as usize {
            let len = self.w.len() + self.classes;
            self.w.resize(len, 0.0);
            self.total.resize(len, 0.0);
            self.stamp.resize(len, 0);
        }
        r
    }

    /// Advances the clock by one instance.
    pub fn tick(&mut self) {
        self.time += 1;
    }

    /// Adds `delta` to the weight of class `class` for every feature.
    pub fn update(&mut self, features: &[u64], class: usize, delta: f32) {
        for &f in features {
            let i = self.row(f) * self.classes + class;
            self.total[i] += (self.time - self.stamp[i]) as f64 * self.w[i] as f64;
            self.stamp[i] = self.time;
            self.w[i] += delta;
        }
    }

    /// The averaged weights, quantised into a [`Table`]. Features whose
    /// largest weight is below `prune` times the largest weight of all are
    /// dropped: they hardly change a decision and would make the model
    /// large and slow (most are rare word combinations seen once or twice).
    /// At most `max_rows` features are kept, the strongest first, so that a
    /// table can be held to a power-of-two slot array (see [`Table::build`]).
    pub fn finish(&self, prune: f32, max_rows: usize) -> Table {
        let (rows, max) = self.averaged(prune, max_rows);
        Table::build(self.classes, &rows, max)
    }

    /// As [`Perceptron::finish`], into a [`SparseTable`].
    pub fn finish_sparse(&self, prune: f32, max_rows: usize) -> SparseTable {
        let (rows, max) = self.averaged(prune, max_rows);
        SparseTable::build(self.classes, &rows, max)
    }

    /// As [`Perceptron::finish`], into an [`InlineTable`] (at most three
    /// classes).
    pub fn finish_inline(&self, prune: f32, max_rows: usize) -> InlineTable {
        let (rows, max) = self.averaged(prune, max_rows);
        InlineTable::build(self.classes, &rows, max)
    }

    /// The averaged rows that survive pruning, sorted by key, and the
    /// largest absolute weight of all (before pruning).
    fn averaged(&self, prune: f32, max_rows: usize) -> (Vec<(u64, Vec<f32>)>, f32) {
        let t = self.time.max(1) as f64;
        let mut avg: Vec<(u64, Vec<f32>)> = Vec::with_capacity(self.rows.len());
        let mut max = 0f32;
        for (&key, &r) in &self.rows {
            let base = r as usize * self.classes;
            let row: Vec<f32> = (0..self.classes)
                .map(|c| {
                    let i = base + c;
                    let sum = self.total[i] + (self.time - self.stamp[i]) as f64 * self.w[i] as f64;
                    (sum / t) as f32
                })
                .collect();
            max = row.iter().fold(max, |m, w| m.max(w.abs()));
            avg.push((key, row));
        }
        // Sorted so that the same training gives the same file byte for byte.
        avg.sort_unstable_by_key(|(k, _)| *k);
        let min = prune * max;
        avg.retain(|(_, row)| row.iter().any(|w| w.abs() >= min));
        if avg.len() > max_rows {
            let strength = |row: &[f32]| row.iter().fold(0f32, |m, w| m.max(w.abs()));
            avg.sort_by(|a, b| strength(&b.1).total_cmp(&strength(&a.1)).then(a.0.cmp(&b.0)));
            avg.truncate(max_rows);
            avg.sort_unstable_by_key(|(k, _)| *k);
        }
        (avg, max)
    }
}

/// Scales float weights so that `max` becomes 32767.
pub(crate) fn quantise(row: &[f32], max: f32) -> Vec<i16> {
    let scale = if max > 0.0 { 32767.0 / max } else { 0.0 };
    row.iter().map(|w| (w * scale).round().clamp(-32767.0, 32767.0) as i16).collect()
}

/// A table for at most three classes whose rows live inside the slots: a
/// `u64` slot holds a 16-bit fingerprint of the key (bits 48..64; never 0,
/// so 0 marks an empty slot) and three `i16` weights.
///
/// Slots come in 64-byte lines of eight. A key belongs to the line its
/// lower bits name, or when that is full to the next one with room. A
/// lookup compares all eight fingerprints of the line without branching
/// and takes the matching slot, or zeros; it goes on to the next line only
/// when the line is full, which the size (at most two fifths of the slots
/// used) keeps rare. So the common lookup is one memory access and no
/// data-dependent branch: whether a feature is stored is as unpredictable
/// as a coin toss, and a mispredicted branch per lookup would stall the
/// pipeline behind each access in turn instead of letting the accesses of
/// all features overlap. A missing feature is mistaken for a stored one
/// when it shares the 16-bit fingerprint with one of the eight slots of its
/// line: about once in 20,000 lookups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlineTable {
    classes: usize,
    mask: u64,
    lines: Vec<SlotLine>,
    len: usize,
}

/// Eight slots on one cache line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(C, align(64))]
struct SlotLine([u64; 8]);

impl InlineTable {
    #[inline]
    fn fingerprint(key: u64) -> u64 {
        match key >> 48 {
            0 => 1,
            f => f,
        }
    }

    /// Builds the table (see [`Table::build`]); rows that quantise to all
    /// zeros are dropped.
    pub fn build(classes: usize, rows: &[(u64, Vec<f32>)], max: f32) -> InlineTable {
        assert!(classes <= 3, "an inline table holds at most three classes");
        let kept: Vec<(u64, Vec<i16>)> =
            rows.iter().map(|(k, r)| (*k, quantise(r, max))).filter(|(_, q)| q.iter().any(|&v| v != 0)).collect();
        let n_lines = (kept.len() * 5 / 16 + 1).next_power_of_two().max(2);
        let mask = n_lines as u64 - 1;
        let mut lines = vec![SlotLine::default(); n_lines];
        for (k, q) in &kept {
            let mut v = Self::fingerprint(*k) << 48;
            for (c, &w) in q.iter().enumerate() {
                v |= (w as u16 as u64) << (16 * c);
            }
            let mut l = (k & mask) as usize;
            'place: loop {
                for s in lines[l].0.iter_mut() {
                    if *s == 0 {
                        *s = v;
                        break 'place;
                    }
                }
                l = (l + 1) & mask as usize;
            }
        }
        InlineTable { classes, mask, lines, len: kept.len() }
    }

    /// Number of classes.
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

    /// The slot of `key`, or 0 when it is not stored (see the type's
    /// comment for why the line is searched without branching).
    #[inline]
    fn slot(&self, key: u64) -> u64 {
        let fp = Self::fingerprint(key);
        let mut l = (key & self.mask) as usize;
        loop {
            let line = &self.lines[l].0;
            let mut hit = 0;
            for &s in line {
                hit |= if s >> 48 == fp { s } else { 0 };
            }
            // Slots fill in order: an empty last slot means a full search.
            if hit != 0 || line[7] == 0 {
                return hit;
            }
            l = (l + 1) & self.mask as usize;
        }
    }

    #[inline]
    fn weights(s: u64) -> [i16; 3] {
        [s as u16 as i16, (s >> 16) as u16 as i16, (s >> 32) as u16 as i16]
    }

    /// The weights of feature `key`, if stored.
    #[inline]
    pub fn row(&self, key: u64) -> Option<[i16; 3]> {
        match self.slot(key) {
            0 => None,
            s => Some(Self::weights(s)),
        }
    }

    /// Sets `scores` to the sum of the rows of `features` (first touching
    /// every home line so that the memory waits overlap, as
    /// [`Table::score`] does).
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut [i32]) {
        for &f in features {
            std::hint::black_box(self.lines[(f & self.mask) as usize].0[0]);
        }
        let mut acc = [0i32; 3];
        for &f in features {
            let w = Self::weights(self.slot(f));
            for c in 0..3 {
                acc[c] += w[c] as i32;
            }
        }
        scores.copy_from_slice(&acc[..scores.len()]);
    }

    /// Appends the row of every feature (zeros for one not stored) to
    /// `out`, touching all home lines first as [`Self::score`] does.
    pub fn rows_into(&self, features: &[u64], out: &mut Vec<[i32; 3]>) {
        for &f in features {
            std::hint::black_box(self.lines[(f & self.mask) as usize].0[0]);
        }
        out.extend(features.iter().map(|&f| Self::weights(self.slot(f)).map(i32::from)));
    }

    /// Serialises the table.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.classes as u32);
        w.u32(self.lines.len() as u32);
        w.u32(self.len as u32);
        let words: Vec<u64> = self.lines.iter().flat_map(|l| l.0).collect();
        w.u64s(&words);
    }

    /// Reads a table written by [`Self::write`].
    pub fn read(r: &mut Reader) -> Result<InlineTable, String> {
        let classes = r.u32()? as usize;
        let n_lines = r.u32()? as usize;
        let len = r.u32()? as usize;
        if classes == 0 || classes > 3 || !n_lines.is_power_of_two() || len >= n_lines * 8 {
            return Err(format!("bad inline table header (classes {classes}, lines {n_lines}, rows {len})"));
        }
        let bytes = r.bytes(n_lines.checked_mul(64).ok_or("table too large")?)?;
        let mut lines = Vec::with_capacity(n_lines);
        let (mut count, mut ends) = (0, false);
        for chunk in bytes.chunks_exact(64) {
            let mut l = SlotLine::default();
            for (w, b) in l.0.iter_mut().zip(chunk.chunks_exact(8)) {
                *w = u64::from_le_bytes(b.try_into().unwrap_or([0; 8]));
            }
            count += l.0.iter().filter(|&&s| s != 0).count();
            // A search ends at a line whose last slot is empty.
            ends |= l.0[7] == 0;
            lines.push(l);
        }
        if count != len || !ends {
            return Err("inline table row count does not match its slots".into());
        }
        Ok(InlineTable { classes, mask: n_lines as u64 - 1, lines, len })
    }
}

/// Marks an occupied slot (row numbers are stored plus one).
const EMPTY: u64 = 0;

/// A quantised feature → weight-row table (see the module comment).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    classes: usize,
    mask: u64,
    slots: Vec<u64>,
    rows: Vec<i16>,
}

impl Table {
    /// Builds a table from float rows scaled so that `max` becomes 32767.
    /// Rows that quantise to all zeros are dropped.
    pub fn build(classes: usize, rows: &[(u64, Vec<f32>)], max: f32) -> Table {
        let kept: Vec<(u64, Vec<i16>)> =
            rows.iter().map(|(k, r)| (*k, quantise(r, max))).filter(|(_, q)| q.iter().any(|&v| v != 0)).collect();
        // At most four fifths full: linear probes stay short (neighbouring
        // slots share a cache line) and the slot array, which every lookup
        // touches at a random place, stays small enough to cache well.
        let size = (kept.len() + kept.len() / 4 + 1).next_power_of_two().max(8);
        let mask = size as u64 - 1;
        let mut slots = vec![EMPTY; size];
        let mut flat = Vec::with_capacity(kept.len() * classes);
        for (r, (k, q)) in kept.iter().enumerate() {
            let mut i = k & mask;
            while slots[i as usize] != EMPTY {
                i = (i + 1) & mask;
            }
            slots[i as usize] = (k & 0xffff_ffff_0000_0000) | (r as u64 + 1);
            flat.extend_from_slice(q);
        }
        Table { classes, mask, slots, rows: flat }
    }

    /// Number of classes (weights per row).
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// Number of stored features.
    pub fn len(&self) -> usize {
        self.rows.len() / self.classes.max(1)
    }

    /// True when no feature is stored.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The weight row of feature `key`, if stored.
    #[inline]
    pub fn row(&self, key: u64) -> Option<&[i16]> {
        let r = self.find(key)? as usize;
        self.rows.get(r * self.classes..(r + 1) * self.classes)
    }

    /// Sets `scores` (length [`Self::classes`]) to the sum of the rows of
    /// `features`.
    ///
    /// The table is far larger than the processor's caches, so lookups wait
    /// for memory. They are done in three passes so that the waits overlap
    /// instead of queueing: first every feature's home slot is read (the
    /// loads are independent and issued back to back), then the probes run
    /// on cached slots and collect row numbers, then the rows are added.
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        for chunk in features.chunks(64) {
            for &f in chunk {
                std::hint::black_box(self.slots[(f & self.mask) as usize]);
            }
            let mut rows = [0u32; 64];
            let mut n = 0;
            for &f in chunk {
                if let Some(r) = self.find(f) {
                    rows[n] = r;
                    n += 1;
                }
            }
            for &r in &rows[..n] {
                let row = &self.rows[r as usize * self.classes..(r as usize + 1) * self.classes];
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += w as i32;
                }
            }
        }
    }

    /// The row number of feature `key`, if stored.
    #[inline]
    fn find(&self, key: u64) -> Option<u32> {
        let fp = key & 0xffff_ffff_0000_0000;
        let mut i = key & self.mask;
        loop {
            let s = self.slots[i as usize];
            if s == EMPTY {
                return None;
            }
            if s & 0xffff_ffff_0000_0000 == fp {
                return Some((s & 0xffff_ffff) as u32 - 1);
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Serialises the table.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.classes as u32);
        w.u32(self.slots.len() as u32);
        w.u32(self.len() as u32);
        w.u64s(&self.slots);
        w.i16s(&self.rows);
    }

    /// Reads a table written by [`Self::write`], checking its consistency
    /// so that lookups cannot go out of bounds.
    pub fn read(r: &mut Reader) -> Result<Table, String> {
        let classes = r.u32()? as usize;
        let size = r.u32()? as usize;
        let n = r.u32()? as usize;
        if classes == 0 || !size.is_power_of_two() || n >= size {
            return Err(format!("bad table header (classes {classes}, slots {size}, rows {n})"));
        }
        let slots = r.u64s(size)?;
        let rows = r.i16s(n.checked_mul(classes).ok_or("table too large")?)?;
        if slots.iter().any(|&s| s != EMPTY && ((s & 0xffff_ffff) as usize > n || s & 0xffff_ffff == 0)) {
            return Err("table slot points past the rows".into());
        }
        Ok(Table { classes, mask: size as u64 - 1, slots, rows })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perceptron_learns_and_table_keeps_its_ranking() {
        let mut p = Perceptron::new(3);
        // Real keys are mixed hashes; the table relies on their upper bits.
        let k = crate::hash::mix;
        let data = [(vec![k(11), k(12)], 0usize), (vec![k(21), k(12)], 1), (vec![k(31), k(32)], 2)];
        let mut scores = [0f32; 3];
        for _ in 0..5 {
            for (f, gold) in &data {
                p.tick();
                p.score(f, &mut scores);
                let guess = (0..3).max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a))).unwrap();
                if guess != *gold {
                    p.update(f, *gold, 1.0);
                    p.update(f, guess, -1.0);
                }
            }
        }
        let t = p.finish(0.0, usize::MAX);
        assert_eq!(p.finish(0.0, 2).len(), 2, "the cap keeps the strongest rows");
        let mut s = [0i32; 3];
        for (f, gold) in &data {
            t.score(f, &mut s);
            let best = (0..3).max_by_key(|&c| s[c]).unwrap();
            assert_eq!(best, *gold, "{s:?}");
        }
        assert!(t.row(k(999)).is_none());
        let mut w = Writer::default();
        t.write(&mut w);
        let bytes = w.into_bytes();
        let back = Table::read(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(back, t);
        assert!(Table::read(&mut Reader::new(&bytes[..bytes.len() - 1])).is_err());

        let it = p.finish_inline(0.0, usize::MAX);
        for (f, gold) in &data {
            it.score(f, &mut s);
            let full = {
                let mut q = [0i32; 3];
                t.score(f, &mut q);
                q
            };
            assert_eq!(s, full, "inline and row tables hold the same weights");
            assert_eq!((0..3).max_by_key(|&c| s[c]).unwrap(), *gold);
        }
        assert!(it.row(k(999)).is_none());
        let mut w = Writer::default();
        it.write(&mut w);
        let bytes = w.into_bytes();
        assert_eq!(InlineTable::read(&mut Reader::new(&bytes)).unwrap(), it);
    }
}
