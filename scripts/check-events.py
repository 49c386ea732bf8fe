#!/usr/bin/env python3
"""Check dictionaries/events/*.tsv against the format in dictionaries/README.md.

Usage: scripts/check-events.py [--root DIR]   (DIR = the repository, default: this script's parent)

Checks, per entry: column count; a unique id `<category>.<name>` whose prefix is
the file name; a CAMEO code that exists in crates/ontology/data/cameo_events.tsv,
is not a 01x/02x code (PLOVER drops them) and maps to the file's PLOVER category
(negative.tsv: `-` or any code); the pattern syntax (CAPS verb lemmas known to
dictionaries/lexicon/verb-forms.tsv, `WIN|TAKE` alternatives of verbs, lower-case literals
and the possessive tokens ' and 's, `x?`, `a|b`, `*`, `...`, at most one `+` and one `$`, a
non-optional anchor); options (mode= valid for the category, context= valid, category= a
PLOVER category that then replaces the code's, reciprocal, intransitive, inverse, passive,
negative only and always in negative.tsv). A mode that restates the code's is a note, not an
error. Prints pattern counts per file; exits 1 on any error.
"""

import argparse
import csv
import os
import re
import sys

CATEGORIES = ["agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "request",
              "accuse", "reject", "threaten", "protest", "sanction", "mobilize", "coerce", "assault"]
HEADER = ["id", "cameo", "pattern", "options"]
LITERAL = re.compile(r"^([a-z0-9][a-z0-9'.-]*|'s?)$")  # "'" and "'s": possessive tokens
VERB = re.compile(r"^[A-Z][A-Z'-]*$")
NAME = re.compile(r"^[a-z0-9_]+$")


def read_tsv(path):
    """Rows (line number, fields) after the comment lines and the header."""
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            rows.append((n, fields))
    return header, rows


def load_ontology(root):
    data = os.path.join(root, "crates", "ontology", "data")
    codes = {}
    header, rows = read_tsv(os.path.join(data, "cameo_events.tsv"))
    ci, pi, mi = header.index("code"), header.index("plover_category"), header.index("plover_modes")
    for _, f in rows:
        codes[f[ci]] = (f[pi], [m for m in f[mi].split(",") if m])
    modes = {}
    _, rows = read_tsv(os.path.join(data, "plover_modes.tsv"))
    for _, f in rows:
        modes.setdefault(f[0], set()).add(f[1])
    _, rows = read_tsv(os.path.join(data, "plover_contexts.tsv"))
    contexts = {f[0] for _, f in rows}
    return codes, modes, contexts


def load_lemmas(root):
    lemmas = set()
    _, rows = read_tsv(os.path.join(root, "dictionaries", "lexicon", "verb-forms.tsv"))
    for _, f in rows:
        lemmas.add(f[1])
    return lemmas


def check_pattern(pattern, lemmas):
    """Errors in one pattern string (empty list if it is well formed)."""
    errs = []
    if pattern != pattern.strip() or "  " in pattern or not pattern:
        return ["pattern is empty or has stray spaces"]
    elems = pattern.split(" ")
    kinds = []
    for e in elems:
        if e in ("+", "$"):
            kinds.append(e)
        elif e in ("*", "*?"):
            kinds.append("*")
        elif e == "...":
            kinds.append("...")
        else:
            opt = e.endswith("?")
            body = e[:-1] if opt else e
            if all(VERB.match(v) for v in body.split("|")):
                if opt:
                    errs.append(f"verb element {e!r} cannot be optional")
                for v in body.split("|"):
                    if v.lower() not in lemmas:
                        errs.append(f"verb {v!r} is not a lemma in lexicon/verb-forms.tsv")
                kinds.append("V")
            else:
                alts = body.split("|")
                for a in alts:
                    if not LITERAL.match(a):
                        errs.append(f"bad literal {a!r} in {e!r} (lower-case words, or verbs in CAPS only)")
                if len(set(alts)) != len(alts):
                    errs.append(f"repeated alternative in {e!r}")
                kinds.append("l?" if opt else "l")
    for sym in ("+", "$"):
        if kinds.count(sym) > 1:
            errs.append(f"more than one {sym!r}")
    if not any(k in ("V", "l") for k in kinds):
        errs.append("no verb and no required literal to anchor on")
    anchor = kinds.index("V") if "V" in kinds else next((i for i, k in enumerate(kinds) if k in ("l", "l?")), None)
    if anchor is not None and kinds[anchor] == "l?":
        errs.append("the anchor (first verb, else first literal) is optional")
    if kinds and kinds[0] in ("*", "...", "+", "l?"):
        errs.append(f"pattern starts with {elems[0]!r}")
    if kinds and kinds[-1] in ("*", "..."):
        errs.append(f"pattern ends with {elems[-1]!r}")
    # Two gaps, or two slots, side by side cannot be told apart ("+ ..." is
    # a noun phrase and then up to four words: allowed).
    for a, b in zip(kinds, kinds[1:]):
        if (a in ("...", "*") and b in ("...", "*")) or (a in ("+", "$") and b in ("+", "$")) or (a == "..." and b in ("+", "$")):
            errs.append(f"{a!r} next to {b!r}")
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    args = ap.parse_args()
    codes, modes, contexts = load_ontology(args.root)
    lemmas = load_lemmas(args.root)
    events = os.path.join(args.root, "dictionaries", "events")
    errors, notes, ids, seen_patterns, counts = [], [], {}, {}, {}
    files = sorted(f for f in os.listdir(events) if f.endswith(".tsv"))
    expected = {c + ".tsv" for c in CATEGORIES} | {"negative.tsv"}
    for missing in sorted(expected - set(files)):
        errors.append(f"{missing}: missing")
    for name in files:
        path = os.path.join(events, name)
        cat = name[:-4]
        if name not in expected:
            errors.append(f"{name}: not a PLOVER category file")
            continue
        with open(path, encoding="utf-8") as f:
            first = f.readline()
        if not first.startswith("#"):
            errors.append(f"{name}:1: no comment lines at the top")
        header, rows = read_tsv(path)
        if header != HEADER:
            errors.append(f"{name}: header must be {HEADER}, found {header}")
        counts[cat] = len(rows)
        for n, fields in rows:
            where = f"{name}:{n}"
            if len(fields) != 4:
                errors.append(f"{where}: {len(fields)} fields, want 4")
                fields = (fields + ["", "", "", ""])[:4]
            pid, code, pattern, options = (x.strip() for x in fields)
            if pid in ids:
                errors.append(f"{where}: id {pid!r} already used at {ids[pid]}")
            ids[pid] = where
            prefix, _, rest = pid.partition(".")
            if prefix != cat or not NAME.match(rest):
                errors.append(f"{where}: id {pid!r} must be {cat}.<name> with [a-z0-9_] name")
            category = None
            # `category=NAME` overrides the CAMEO-to-PLOVER table (README).
            override = next((o.strip()[len("category="):] for o in options.split(",") if o.strip().startswith("category=")), None)
            if override is not None and override.lower() not in CATEGORIES:
                errors.append(f"{where}: category {override!r} is not a PLOVER category")
            if cat == "negative" and code == "-":
                pass
            elif code not in codes:
                errors.append(f"{where}: CAMEO code {code!r} not in cameo_events.tsv")
            elif code[:2] in ("01", "02") or len(code) < 3:
                errors.append(f"{where}: CAMEO code {code!r} is a root or a 01x/02x code")
            else:
                category = override or codes[code][0]
                if cat != "negative" and category.lower() != cat:
                    errors.append(f"{where}: code {code} maps to {category}, not {cat.upper()}")
            for e in check_pattern(pattern, lemmas):
                errors.append(f"{where}: {e}")
            key = (pattern.lower(), cat == "negative")
            if key in seen_patterns:
                errors.append(f"{where}: same pattern as {seen_patterns[key]}")
            seen_patterns[key] = where
            opts = [o.strip() for o in options.split(",")] if options else []
            flags = set()
            for o in sorted(set(o for o in opts if opts.count(o) > 1)):
                errors.append(f"{where}: option {o!r} repeated")
            for o in opts:
                k, eq, v = o.partition("=")
                if eq and k == "mode":
                    if cat == "negative":
                        errors.append(f"{where}: negative patterns take no mode")
                    elif category and v not in modes.get(category, ()):
                        errors.append(f"{where}: mode {v!r} is not a {category} mode")
                    elif category and not override and v in codes[code][1] and sum(x.startswith("mode=") for x in opts) < 2:
                        # Restating the code's mode is harmless (a pattern's modes
                        # replace the code's): a note, not an error.
                        notes.append(f"{where}: mode {v!r} already follows from code {code}")
                elif eq and k == "context":
                    if v not in contexts:
                        errors.append(f"{where}: unknown context {v!r}")
                elif eq and k == "category":
                    pass
                elif eq and k == "also":
                    # Another pattern's id; the loader checks that it exists.
                    pass
                elif not eq and o in ("reciprocal", "intransitive", "negative", "inverse", "passive"):
                    if o in flags:
                        errors.append(f"{where}: option {o!r} repeated")
                    flags.add(o)
                else:
                    errors.append(f"{where}: unknown option {o!r}")
            if ("negative" in flags) != (cat == "negative"):
                errors.append(f"{where}: `negative` belongs in negative.tsv and every pattern there")
            if "intransitive" in flags and "+" in pattern.split(" "):
                errors.append(f"{where}: intransitive pattern with a `+`")
    for e in errors:
        print(e, file=sys.stderr)
    if notes:
        print(f"check-events: {len(notes)} note(s) (not errors), e.g. {notes[0]}", file=sys.stderr)
    total = sum(v for k, v in counts.items() if k != "negative")
    for c in CATEGORIES + ["negative"]:
        print(f"{c:10} {counts.get(c, 0)}")
    print(f"{'total':10} {total} (+ {counts.get('negative', 0)} negative)")
    if errors:
        print(f"check-events: {len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
