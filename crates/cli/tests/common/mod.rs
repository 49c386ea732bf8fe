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

/// The events `dyad code` (with `extra` options) gives for the JSON Lines
/// documents `lines`.
pub fn code_lines(lines: &[&str], extra: &[&str]) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("docs.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let mut args = vec!["code"];
    args.extend_from_slice(extra);
    args.push(path.to_str().unwrap());
    json_lines(&run_ok(&args))
}

/// Codes one document per case `(id, text, category)`, dated 2019-06-05,
/// and asserts that each has an event of its category; returns all events.
pub fn code_cases(cases: &[(&str, &str, &str)]) -> Vec<serde_json::Value> {
    let lines: Vec<String> = cases.iter().map(|(id, text, _)| format!(r#"{{"id":"{id}","date":"2019-06-05","text":"{text}"}}"#)).collect();
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let events = code_lines(&lines, &[]);
    for (id, _, category) in cases {
        let found = categories(&events, id);
        assert!(found.iter().any(|c| c == category), "{id}: {found:?}");
    }
    events
}

/// The sorted codes of an event's actor or recipient list.
pub fn codes(parties: &serde_json::Value) -> Vec<String> {
    let mut v: Vec<String> = parties.as_array().unwrap().iter().map(|p| p["code"].as_str().unwrap().to_string()).collect();
    v.sort();
    v
}

/// (doc id, category, actor codes/sectors) of every event coded from `lines`.
pub fn coded(lines: &[&str], extra: &[&str]) -> Vec<(String, String, Vec<String>)> {
    code_lines(lines, extra)
        .iter()
        .map(|e| {
            let actors = e["actor"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| format!("{}/{}", a["code"].as_str().unwrap_or("-"), a["sector"].as_str().unwrap_or("-")))
                .collect();
            (e["doc_id"].as_str().unwrap().to_string(), e["event"][0].as_str().unwrap().to_string(), actors)
        })
        .collect()
}

/// The actor codes of every event of document `id`, in output order.
pub fn actor_codes(events: &[serde_json::Value], id: &str) -> Vec<String> {
    events
        .iter()
        .filter(|e| e["doc_id"] == id)
        .flat_map(|e| e["actor"].as_array().unwrap().iter().map(|a| a["code"].as_str().unwrap_or("").to_string()))
        .collect()
}

/// The (code, sector) of every actor of document `id`'s events.
pub fn actor_sectors(events: &[serde_json::Value], id: &str) -> Vec<(String, String)> {
    events
        .iter()
        .filter(|e| e["doc_id"] == id)
        .flat_map(|e| e["actor"].as_array().unwrap().iter().map(|a| (a["code"].as_str().unwrap_or("").to_string(), a["sector"].as_str().unwrap_or("").to_string())))
        .collect()
}

/// The PLOVER category of every event of document `id`, in output order.
pub fn categories(events: &[serde_json::Value], id: &str) -> Vec<String> {
    events.iter().filter(|e| e["doc_id"] == id).map(|e| e["event"][0].as_str().unwrap().to_string()).collect()
}

/// The first event of PLOVER category `category` coded from document `id`;
/// panics, listing all events, if there is none.
pub fn event_of<'a>(events: &'a [serde_json::Value], id: &str, category: &str) -> &'a serde_json::Value {
    events.iter().find(|e| e["doc_id"] == id && e["event"][0] == category).unwrap_or_else(|| panic!("no {category} in {id}: {events:?}"))
}
pub mod store;
