//! The AFL++ target binary: `afl_target TARGET`, input on standard input
//! (persistent mode). Build with `cargo afl build --release --features afl`.
//! A panic aborts (afl.rs' hook), so AFL++ counts it as a crash.

fn main() {
    let target = std::env::args().nth(1).unwrap_or_default();
    if !dyad_fuzz_stable::TARGETS.contains(&target.as_str()) {
        eprintln!("usage: afl_target TARGET; targets: {}", dyad_fuzz_stable::TARGETS.join(", "));
        std::process::exit(2);
    }
    if target == "code" {
        // Loaded once per process, before the persistent loop.
        dyad_fuzz_stable::dictionaries();
    }
    afl::fuzz!(|data: &[u8]| {
        dyad_fuzz_stable::run(&target, data);
    });
}
