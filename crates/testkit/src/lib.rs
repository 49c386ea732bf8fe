//! Test support shared by the dyad crates.
//!
//! The reference material (corpora, gold standards, notes) lives read-only in
//! `../shared`, beside the checkout, not in the repository. Tests that read it
//! locate each file through [`shared`], which says in the test run's output
//! whether the test used the file or skipped, and which fails the test when
//! `DYAD_REQUIRE_SHARED=1` asks for the material and it is absent.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The directory of the reference material: `../shared` beside the checkout
/// (this crate sits at `crates/testkit` inside it).
const SHARED_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

/// The environment variable that turns a missing file into a failure.
pub const REQUIRE_VAR: &str = "DYAD_REQUIRE_SHARED";

/// The file `rel` of `../shared` (e.g. `"corpus/guardian-2019-dev.jsonl"`),
/// or `None` when it is absent so the calling test can return early.
///
/// Either way one line goes to the test run's output:
/// `shared: <test> uses ../shared/<rel>` or
/// `shared: SKIPPED <test>: ../shared/<rel> is missing (...)`.
///
/// # Panics
///
/// When the file is missing and the environment variable
/// `DYAD_REQUIRE_SHARED` is `1`: a run that is meant to check against the
/// reference material must not pass by skipping.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let mut line = Vec::new();
    let found = locate(Path::new(SHARED_DIR), rel, required(), &mut line);
    // Written straight to the stderr handle, not with `eprintln!`: libtest
    // captures `eprintln!` (and shows it only for failing tests), but not
    // direct writes to the handle, and these lines are meant to show in the
    // test run's output whether the test passes or not. The line goes out in
    // one write (stderr is unbuffered, and `writeln!` straight to it writes
    // piece by piece) so other tests' output cannot split it.
    let _ = std::io::stderr().lock().write_all(&line);
    found
}

/// Whether this run requires ../shared: `DYAD_REQUIRE_SHARED=1`.
fn required() -> bool {
    std::env::var_os(REQUIRE_VAR).is_some_and(|v| v == "1")
}

/// [`shared`] with the directory standing for ../shared, the requirement and
/// the output given rather than fixed, read from the environment or stderr,
/// so it can be tested without ../shared, without setting variables and
/// without writing to the run's output.
fn locate(dir: &Path, rel: &str, require: bool, out: &mut dyn Write) -> Option<PathBuf> {
    let path = dir.join(rel);
    // libtest names each test's thread after the test.
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("?");
    if path.exists() {
        let _ = writeln!(out, "shared: {test} uses ../shared/{rel}");
        Some(path)
    } else if require {
        panic!("../shared/{rel} is missing, and {REQUIRE_VAR}=1 requires it");
    } else {
        let _ = writeln!(
            out,
            "shared: SKIPPED {test}: ../shared/{rel} is missing \
             (the reference material is not beside this checkout)"
        );
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// This crate's directory stands in for ../shared, which may be absent.
    fn here() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// The name `locate` gives the running test.
    fn test_name() -> String {
        std::thread::current().name().unwrap_or("?").to_owned()
    }

    const ABSENT: &str = "no-such-dir-dyad-testkit/never/there.txt";

    #[test]
    fn an_existing_path_is_returned_and_reported() {
        for require in [false, true] {
            let mut out = Vec::new();
            let p = locate(here(), "src/lib.rs", require, &mut out).expect("found");
            assert!(p.is_file(), "{}", p.display());
            assert_eq!(p, here().join("src/lib.rs"));
            let line = format!("shared: {} uses ../shared/src/lib.rs\n", test_name());
            assert_eq!(String::from_utf8(out).unwrap(), line);
        }
    }

    #[test]
    fn a_missing_path_is_skipped_and_reported_when_not_required() {
        let mut out = Vec::new();
        assert_eq!(locate(here(), ABSENT, false, &mut out), None);
        let line = format!(
            "shared: SKIPPED {}: ../shared/{ABSENT} is missing \
             (the reference material is not beside this checkout)\n",
            test_name()
        );
        assert_eq!(String::from_utf8(out).unwrap(), line);
    }

    #[test]
    fn a_missing_path_is_skipped_when_the_variable_is_unset() {
        if std::env::var_os(REQUIRE_VAR).is_some() {
            return; // this run sets it: the panic is tested below
        }
        assert!(!required());
        assert_eq!(locate(here(), ABSENT, required(), &mut Vec::new()), None);
    }

    #[test]
    #[should_panic(
        expected = "../shared/no-such-dir-dyad-testkit/never/there.txt is missing, and DYAD_REQUIRE_SHARED=1 requires it"
    )]
    fn a_missing_path_panics_when_required() {
        locate(here(), ABSENT, true, &mut Vec::new());
    }
}
