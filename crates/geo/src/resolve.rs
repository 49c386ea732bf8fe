//! Choosing among the places a name may stand for, by document context and
//! prior.
//!
//! The prior prefers bigger and more important places: log population, a
//! bonus by kind (countries, continents, capitals, first-level divisions)
//! and for a place's own name over one of its alternate names. Context adds
//! to a reading whose country or first-level division the document names
//! elsewhere unambiguously ("Paris" with "Texas", "Georgia" with "Tbilisi"),
//! that the dateline names, or that the name's own "Town, Region" pattern
//! names ("Paris, Ky.").

use crate::gazetteer::{Gazetteer, Kind, NameRef, PlaceRecord};
use crate::recognize::Mention;

/// Score of a reading before context.
pub(crate) fn prior(g: &Gazetteer, r: &NameRef) -> f64 {
    let p = &g.places[r.place as usize];
    let kind = match p.kind() {
        Kind::Country => 6.0,
        Kind::Continent => 5.0,
        Kind::Capital => 4.5,
        Kind::Region => 3.0,
        Kind::District => 0.5,
        Kind::Town => match p.feature_code {
            "PPLA" => 1.0,
            "PPLA2" => 0.3,
            // A section of a city ("Edmonton" in Queensland): rarely what
            // the bare name means.
            "PPLX" => -1.0,
            _ => 0.0,
        },
        Kind::Other => 0.0,
    };
    let main = if r.flags & (NameRef::MAIN | NameRef::ADJECTIVE) != 0 || p.kind() == Kind::Country { 1.5 } else { 0.0 };
    1.5 * (1.0 + p.population as f64).log10() + kind + main
}

/// What the document says about where it is: countries and first-level
/// divisions named unambiguously, with counts.
/// Counts over the few countries and regions of one document: a vector
/// searched linearly beats a hash map at that size.
#[derive(Debug, Default, Clone)]
struct Counts<K>(Vec<(K, u32)>);

impl<K: PartialEq + Copy> Counts<K> {
    fn add(&mut self, k: K) {
        match self.0.iter_mut().find(|(x, _)| *x == k) {
            Some((_, n)) => *n += 1,
            None => self.0.push((k, 1)),
        }
    }
    fn get(&self, k: K) -> u32 {
        self.0.iter().find(|(x, _)| *x == k).map_or(0, |(_, n)| *n)
    }
}

#[derive(Debug, Default, Clone)]
pub(crate) struct Context {
    countries: Counts<&'static str>,
    admin1: Counts<u32>,
    /// What each name (its folded words) added, so that a name is not its
    /// own evidence ("Paris ... Paris ... Paris" does not make France).
    by_name: Vec<(u64, Vec<&'static str>, Vec<u32>)>,
    /// Clear mentions counted.
    total: u32,
    dateline: Option<u32>,
    dateline_country: Option<&'static str>,
    dateline_admin1: Option<u32>,
}

impl Context {
    fn add(&mut self, g: &Gazetteer, p: &PlaceRecord, idx: u32, name: u64) {
        self.total += 1;
        let k = match self.by_name.iter().position(|(n, _, _)| *n == name) {
            Some(k) => k,
            None => {
                self.by_name.push((name, Vec::new(), Vec::new()));
                self.by_name.len() - 1
            }
        };
        if !p.iso2.is_empty() {
            self.countries.add(p.iso2);
            self.by_name[k].1.push(p.iso2);
        }
        let a = if p.kind() == Kind::Region { Some(idx) } else { g.admin1_index(p) };
        if let Some(a) = a {
            self.admin1.add(a);
            self.by_name[k].2.push(a);
        }
    }

    /// The context bonus of reading `r` for a mention written `name`.
    fn bonus(&self, g: &Gazetteer, r: &NameRef, name: u64) -> f64 {
        let p = &g.places[r.place as usize];
        let a = if p.kind() == Kind::Region { Some(r.place) } else { g.admin1_index(p) };
        let (own_countries, own_admin1) = self.by_name.iter().find(|(n, _, _)| *n == name).map(|(_, c, a)| (c.as_slice(), a.as_slice())).unwrap_or_default();
        let own_total = own_countries.len().max(own_admin1.len()) as u32;
        let total = self.total.saturating_sub(own_total);
        // By share: a document mostly about Ontario puts "London" there; one
        // British mention in a story about Washington does not move it.
        let share = |n: u32| if total == 0 { 0.0 } else { (n as f64 / total as f64).sqrt() };
        let mut b = 0.0;
        if !p.iso2.is_empty() {
            let n = self.countries.get(p.iso2) - own_countries.iter().filter(|c| **c == p.iso2).count() as u32;
            b += 5.0 * share(n);
        }
        if let Some(a) = a {
            let n = self.admin1.get(a) - own_admin1.iter().filter(|x| **x == a).count() as u32;
            b += 7.0 * share(n);
        }
        // The dateline's own place: "LONDON, Ky. ... London police".
        if self.dateline == Some(r.place) {
            b += 15.0;
        }
        if self.dateline_country == Some(p.iso2) {
            b += 2.0;
        }
        if a.is_some() && a == self.dateline_admin1 {
            b += 3.0;
        }
        b
    }
}

/// The best reading by prior alone, and whether it is clear (one reading,
/// or ahead of the next by a wide margin).
fn by_prior(g: &Gazetteer, refs: &[NameRef]) -> Option<(NameRef, bool)> {
    let mut scored: Vec<(f64, NameRef)> = refs.iter().map(|r| (prior(g, r), *r)).collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.place.cmp(&b.1.place)));
    let (s0, r0) = *scored.first()?;
    let clear = scored.len() == 1 || s0 - scored[1].0 >= 3.0;
    Some((r0, clear))
}

/// A town and a region of the same name ("Aleppo", "New York"): the bare
/// name is the town, the region's seat, unless context says otherwise.
fn seat_priors(g: &Gazetteer, refs: &[NameRef]) -> Vec<f64> {
    let base: Vec<f64> = refs.iter().map(|r| prior(g, r)).collect();
    refs.iter()
        .zip(&base)
        .map(|(r, &b)| {
            let p = &g.places[r.place as usize];
            if matches!(p.kind(), Kind::Town | Kind::Capital) {
                if let Some(a) = g.admin1_index(p) {
                    if let Some(k) = refs.iter().position(|q| q.place == a) {
                        return b.max(base[k] + 0.5);
                    }
                }
            }
            b
        })
        .collect()
}

/// Whether a place is a town-level point (a town, capital or district).
fn is_point(p: &PlaceRecord) -> bool {
    matches!(p.kind(), Kind::Town | Kind::Capital | Kind::District | Kind::Other)
}

/// Whether two points are within 100 km of each other.
fn near(a: &PlaceRecord, b: &PlaceRecord) -> bool {
    const KM: f64 = 100.0;
    let dlat = (a.lat - b.lat).abs();
    if dlat * 111.0 > KM {
        return false;
    }
    dyad_core::great_circle_km(a.lat, a.lon, b.lat, b.lon) <= KM
}

/// Towns a document names support each other when they lie close together
/// ("Edmonton" and "Enfield" in north London, not Alberta and Connecticut):
/// for each reading of an ambiguous name, how many other names of the
/// document have a reading within 100 km (at most two count).
fn neighbours(g: &Gazetteer, mentions: &[Mention]) -> Vec<(u64, u32, u32)> {
    // One entry per distinct name: its key, whether its reading is clear by
    // prior, and its most likely point readings (the few that matter).
    let mut names: Vec<(u64, bool, Vec<&PlaceRecord>, Vec<u32>)> = Vec::new();
    for m in mentions {
        if names.iter().any(|(k, ..)| *k == m.key) {
            continue;
        }
        let clear = by_prior(g, &m.refs).is_none_or(|(_, clear)| clear);
        let mut readings: Vec<(f64, u32)> = m.refs.iter().filter(|r| is_point(&g.places[r.place as usize])).map(|r| (prior(g, r), r.place)).collect();
        readings.sort_by(|a, b| b.0.total_cmp(&a.0));
        readings.truncate(8);
        let places = readings.iter().map(|&(_, i)| &g.places[i as usize]).collect();
        names.push((m.key, clear, places, readings.iter().map(|&(_, i)| i).collect()));
    }
    let mut out = Vec::new();
    for (key, clear, places, ids) in &names {
        if *clear {
            continue;
        }
        for (p, &id) in places.iter().zip(ids) {
            let n = names
                .iter()
                .filter(|(k, ..)| k != key)
                .filter(|(_, _, other, _)| other.iter().take(4).any(|q| near(p, q)))
                .take(2)
                .count() as u32;
            if n > 0 {
                out.push((*key, id, n));
            }
        }
    }
    out
}

/// Population under which a town named only by an alternate name needs
/// support from the document.
const SMALL_TOWN: u64 = 10_000;

/// Resolves every mention: the index of the chosen place for each (none
/// where no reading stands), and the dateline's place.
pub(crate) fn resolve(g: &Gazetteer, mentions: &[Mention], dateline: Option<&[NameRef]>) -> (Vec<Option<u32>>, Option<u32>) {
    let mut ctx = Context::default();
    let names: Vec<u64> = mentions.iter().map(|m| m.key).collect();
    // First pass: what the clear names say.
    for (m, name) in mentions.iter().zip(&names) {
        if let Some((r, true)) = by_prior(g, &m.refs) {
            ctx.add(g, &g.places[r.place as usize], r.place, *name);
        }
    }
    // The dateline, in that context.
    if let Some(d) = dateline {
        let priors = seat_priors(g, d);
        let best = d.iter().zip(&priors).max_by(|a, b| (a.1 + ctx.bonus(g, a.0, 0)).total_cmp(&(b.1 + ctx.bonus(g, b.0, 0))).then(b.0.place.cmp(&a.0.place)));
        if let Some((r, _)) = best {
            let p = &g.places[r.place as usize];
            ctx.dateline = Some(r.place);
            ctx.dateline_country = Some(p.iso2);
            ctx.dateline_admin1 = if p.kind() == Kind::Region { Some(r.place) } else { g.admin1_index(p) };
        }
    }
    let close = neighbours(g, mentions);
    // "Town, Region" and "Town, Country": the second name says where the first is.
    let mut within: Vec<Option<&[NameRef]>> = vec![None; mentions.len()];
    for k in 0..mentions.len().saturating_sub(1) {
        let (a, b) = (&mentions[k], &mentions[k + 1]);
        if a.sentence == b.sentence && a.comma_after && b.first == a.last + 2 {
            within[k] = Some(&b.refs);
        }
    }
    let chosen = mentions
        .iter()
        .zip(&within)
        .zip(&names)
        .map(|((m, inside), name)| {
            // (score, the reading, what context added)
            let mut best = (f64::MIN, m.refs[0], 0.0);
            let priors = seat_priors(g, &m.refs);
            for (r, pr) in m.refs.iter().zip(priors) {
                let p = &g.places[r.place as usize];
                let mut support = ctx.bonus(g, r, *name);
                if let Some(&(_, _, n)) = close.iter().find(|(k, place, _)| *k == m.key && *place == r.place) {
                    support += 3.0 * n as f64;
                }
                if let Some(outer) = inside {
                    if outer.iter().any(|o| contains(g, &g.places[o.place as usize], o.place, p)) {
                        support += 20.0;
                    }
                }
                let s = pr + support;
                if s > best.0 {
                    best = (s, *r, support);
                }
            }
            // "Kashmir" is an alternate name of Cashmere, a town of 3,000 in
            // Washington state: a small town named only by one of its
            // alternate names, with nothing in the document for its country
            // or region, is no reading at all.
            let (_, reading, support) = best;
            let p = &g.places[reading.place as usize];
            let small_alternate = reading.flags & NameRef::MAIN == 0 && matches!(p.kind(), Kind::Town | Kind::District | Kind::Other) && p.population < SMALL_TOWN && support <= 0.0;
            (!small_alternate).then_some(reading.place)
        })
        .collect::<Vec<_>>();
    (chosen, ctx.dateline)
}

/// Whether `outer` (a region or country) contains `inner`.
fn contains(g: &Gazetteer, outer: &PlaceRecord, outer_idx: u32, inner: &PlaceRecord) -> bool {
    match outer.kind() {
        Kind::Country => outer.iso2 == inner.iso2,
        Kind::Region => g.admin1_index(inner) == Some(outer_idx) && inner.kind() != Kind::Region,
        _ => false,
    }
}
