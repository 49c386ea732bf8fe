//! Helpers shared by the CLI's end-to-end tests: running the built binary
//! from the repository root, and finding ../shared.

#![allow(dead_code)] // each test file uses its own subset

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Runs the `dyad` binary with `args` from the repository root.
pub fn dyad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .current_dir(repo_root())
        .stdin(Stdio::null())
        .output()
        .expect("run dyad")
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// A file of ../shared, or None (with a note) where the checkout has none beside it.
pub fn shared(rel: &str) -> Option<String> {
    let p = repo_root().join("../shared").join(rel);
    if p.exists() {
        Some(p.display().to_string())
    } else {
        eprintln!("skipping: {} is missing (../shared is not beside this checkout)", p.display());
        None
    }
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}
