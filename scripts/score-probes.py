#!/usr/bin/env python3
"""Scores dyad on the probe sentences of docs/probes: one-sentence news reports,
each labelled with the PLOVER category of the one event it reports, or NONE
for a sentence that reports no codable event (sets 5 to 11).

Usage (from the repository root, after `cargo build --release`):
    python3 scripts/score-probes.py [--dyad PATH] [--json] [--misses SET]

For each set: **found** = sentences with an event of their category, **precision** =
events of the sentence's category among all events coded (every event of a NONE
sentence is wrong), **clean** = NONE sentences given no event. `--misses SET` lists
the sentences of that set (file stem) without an event of their category, and its
NONE sentences given one.
Each sentence is coded as its own document dated 2019-06-05.
"""
import argparse
import collections
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "docs" / "probes"


def score(dyad, path):
    rows = [line.rstrip("\n").split("\t") for line in path.read_text().splitlines() if line.strip()]
    docs = "".join(json.dumps({"id": f"p{i:03d}", "date": "2019-06-05", "text": text}) + "\n" for i, (_, text) in enumerate(rows))
    out = subprocess.run([dyad, "code", "-"], input=docs, capture_output=True, text=True, check=True).stdout
    coded = collections.defaultdict(list)
    for line in out.splitlines():
        e = json.loads(line)
        coded[e["doc_id"]].append(e["event"][0])
    found = sum(1 for i, (cat, _) in enumerate(rows) if cat in coded[f"p{i:03d}"])
    labelled = sum(1 for cat, _ in rows if cat != "NONE")
    nones = len(rows) - labelled
    clean = sum(1 for i, (cat, _) in enumerate(rows) if cat == "NONE" and not coded[f"p{i:03d}"])
    events = sum(len(v) for v in coded.values())
    right = sum(1 for i, (cat, _) in enumerate(rows) for c in coded[f"p{i:03d}"] if c == cat)
    misses = [(cat, text, coded[f"p{i:03d}"]) for i, (cat, text) in enumerate(rows) if (bool(coded[f"p{i:03d}"]) if cat == "NONE" else cat not in coded[f"p{i:03d}"])]
    return {"set": path.stem, "sentences": labelled, "found": found, "events": events, "right": right, "none": nones, "clean": clean, "misses": misses}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dyad", default=str(ROOT / "target" / "release" / "dyad"))
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--misses", metavar="SET", help="list the misses of this set")
    args = ap.parse_args()
    # In set order: set1, set2, ..., set10, set11.
    number = lambda p: int("".join(c for c in p.stem.split("-")[0] if c.isdigit()) or 0)
    results = [score(args.dyad, p) for p in sorted(PROBES.glob("*.tsv"), key=number)]
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if k != "misses"} for r in results]))
        return
    for r in results:
        prec = r["right"] / r["events"] if r["events"] else 0.0
        clean = f"  clean {r['clean']}/{r['none']} ({r['clean'] / r['none']:.3f})" if r["none"] else ""
        print(f"{r['set']:16} found {r['found']}/{r['sentences']} ({r['found'] / r['sentences']:.3f})  precision {r['right']}/{r['events']} ({prec:.3f}){clean}")
        if args.misses == r["set"]:
            for cat, text, got in r["misses"]:
                print(f"  {cat:9} {text}  -> {got}")


if __name__ == "__main__":
    sys.exit(main())
