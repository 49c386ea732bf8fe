//! Times the first load of the built-in gazetteer.
fn main() {
    let t = std::time::Instant::now();
    let g = dyad_geo::Gazetteer::builtin();
    println!("{} places, {} names, loaded in {:?}", g.places.len(), g.name_count(), t.elapsed());
}
