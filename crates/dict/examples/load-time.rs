//! Best-of-15 time to load the built-in dictionaries (the largest part of
//! start-up): `cargo run --release -p dyad-dict --example load-time`.

fn main() {
    let mut best = f64::MAX;
    for _ in 0..15 {
        let t = std::time::Instant::now();
        let d = dyad_dict::Dictionaries::builtin().unwrap();
        std::hint::black_box(&d);
        best = best.min(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!("best load {best:.1} ms");
}
