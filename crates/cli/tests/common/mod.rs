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

/// A file of ../shared as a command-line argument, or None where the checkout
/// has none beside it (see [`dyad_testkit::shared`]: it reports the use or the
/// skip, and fails when DYAD_REQUIRE_SHARED=1).
pub fn shared(rel: &str) -> Option<String> {
    dyad_testkit::shared(rel).map(|p| p.display().to_string())
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Runs dyad, requires success, returns its standard output.
pub fn run_ok(args: &[&str]) -> String {
    let out = dyad(args);
    assert!(out.status.success(), "dyad {args:?} failed ({:?}): {}", out.status.code(), stderr(&out));
    stdout(&out)
}

/// The JSON objects of JSON Lines text.
pub fn json_lines(s: &str) -> Vec<serde_json::Value> {
    s.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"))).collect()
}
