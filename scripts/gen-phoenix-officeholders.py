#!/usr/bin/env python3
"""Generate dictionaries/officeholders-phoenix.tsv from the Phoenix country actors dictionary.

Usage: scripts/gen-phoenix-officeholders.py [--phoenix FILE] [--out FILE]

Defaults:
  --phoenix  ../shared/petrarch2/dictionaries/Phoenix.Countries.actors.txt
             (PETRARCH2's Phoenix country actors, from CountryInfo.140130.txt of the Computational
             Event Data System project; MIT licence, Copyright (c) 2014 Open Event Data Alliance)
  --out      dictionaries/officeholders-phoenix.tsv

The Phoenix file lists, per country, people with dated codes: `[ESPGOV 040417-080414]` says the
person was a member of Spain's government between those days. Each dated code of a person becomes
one row of dyad's officeholders format with office `official` (the source names no office), the
country (dyad's ISO-3 codes; codes dyad does not know are left out and counted), and the PLOVER
sector of the code's role: GOV for government and its ministries (business, agriculture, media,
education, health, development, labour, environment, human rights, religion, refugees), MIL for the
defence ministry (dyad's convention for defence ministers), JUD, LEG, COP, SPY, and ELI for former
officials. Undated default codes are left out: outside the dated terms dyad already treats a known
officeholder as their country's person without an office. Two-digit years are 19YY from 21 on and
20YY below (the file was made in 2014). Names are title-cased from the source's capitals.

What is left out, and why:
- people whose name (or alias) is in dictionaries/officeholders.tsv: the project's own entries
  take precedence;
- names of one word that are English words (WordNet, dictionaries/lexicon/word-classes.tsv), or
  shorter than four letters: as phrases they would match ordinary text;
- entries that are not people (countries, cities, regions: the source writes them with a bare
  country code and no CountryInfo comment).

The output is deterministic (sorted). dyad reads it in addition to officeholders.tsv.
"""

import argparse
import collections
import datetime
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SECTORS = {
    "GOV": "GOV", "ELI": "ELI", "SPY": "SPY",
    "GOVMIL": "MIL", "GOVJUD": "JUD", "GOVLEG": "LEG", "GOVCOP": "COP", "GOVSPY": "SPY",
    "GOVBUS": "GOV", "GOVAGR": "GOV", "GOVMED": "GOV", "GOVEDU": "GOV", "GOVHLH": "GOV", "GOVDEV": "GOV",
    "GOVLAB": "GOV", "GOVENV": "GOV", "GOVHRI": "GOV", "GOVREL": "GOV", "GOVREF": "GOV",
}


def year2(yy):
    return 1900 + yy if yy >= 21 else 2000 + yy


def parse_date(s):
    s = s.strip()
    if len(s) == 8:
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    elif len(s) == 6:
        y, m, d = year2(int(s[:2])), int(s[2:4]), int(s[4:])
    else:
        raise ValueError(s)
    # The source has a few impossible days (31 June): the month's last day.
    for day in range(d, 0, -1):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            continue
    raise ValueError(s)


def title(words):
    out = []
    for w in words:
        parts = [p[:1] + p[1:].lower() for p in w.split("-")]
        out.append("-".join(parts))
    return " ".join(out)


def name_of(raw):
    raw = raw.strip().rstrip("_").strip()
    words = [w for w in re.split(r"[_\s]+", raw) if w]
    return title(words) if words else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--phoenix", default=str(ROOT.parent / "shared" / "petrarch2" / "dictionaries" / "Phoenix.Countries.actors.txt"))
    ap.add_argument("--out", default=str(ROOT / "dictionaries" / "officeholders-phoenix.tsv"))
    args = ap.parse_args()

    countries = set()
    for line in (ROOT / "dictionaries" / "countries.tsv").read_text().splitlines():
        if line and not line.startswith("#") and not line.startswith("code\t"):
            countries.add(line.split("\t")[0])
    english = set()
    for line in (ROOT / "dictionaries" / "lexicon" / "word-classes.tsv").read_text().splitlines()[1:]:
        english.add(line.split("\t")[0])
    project_names = set()
    for line in (ROOT / "dictionaries" / "officeholders.tsv").read_text().splitlines():
        if line and not line.startswith("#") and not line.startswith("id\t"):
            cols = line.split("\t")
            project_names.add(cols[4].lower())
            project_names.update(a.strip().lower() for a in cols[5].split(";") if a.strip())

    # Entries: (name, aliases, restrictions, is_person)
    entries = []
    cur = None
    for raw in Path(args.phoenix).read_text(encoding="latin-1").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body, _, comment = raw.partition("#")
        if raw.startswith("\t") or raw.startswith(" "):
            if cur is not None:
                for m in re.finditer(r"\[([A-Z]+)\s*([^\]]*)\]", body):
                    cur["codes"].append((m.group(1), m.group(2).strip()))
            continue
        if body.startswith("+"):
            if cur is not None:
                cur["aliases"].append(name_of(body[1:].split("[")[0]))
            continue
        name_part = body.split("[")[0]
        cur = {"name": name_of(name_part), "aliases": [], "codes": [], "person": "CountryInfo" in comment}
        entries.append(cur)

    left_out = collections.Counter()
    rows = []
    for e in entries:
        if not e["person"]:
            left_out["not a person (a country, city or region)"] += 1
            continue
        names = [n for n in [e["name"]] + e["aliases"] if n]
        if any(n.lower() in project_names for n in names):
            left_out["in the project's officeholders.tsv"] += 1
            continue
        def usable(n):
            words = n.split()
            if len(words) == 1 and (len(n) < 4 or n.lower() in english):
                return False
            return True
        names = [n for n in names if usable(n)]
        if not names:
            left_out["one-word name that is an English word or shorter than four letters"] += 1
            continue
        dated = [(c, r) for c, r in e["codes"] if r]
        if not dated:
            left_out["no dated code"] += 1
            continue
        for code, rng in dated:
            country, role = code[:3], code[3:]
            if country not in countries:
                left_out[f"country code {country} unknown to dyad"] += 1
                continue
            sector = SECTORS.get(role)
            if sector is None:
                left_out[f"role {role or '(none)'} not a government office"] += 1
                continue
            try:
                if rng.startswith(">"):
                    start, end = parse_date(rng[1:]), None
                elif rng.startswith("<"):
                    start, end = datetime.date(1900, 1, 1), parse_date(rng[1:])
                else:
                    a, b = rng.split("-")
                    start, end = parse_date(a), parse_date(b)
            except ValueError:
                left_out["unreadable date"] += 1
                continue
            if end is not None and end < start:
                left_out["end before start"] += 1
                continue
            rows.append((country, names[0], "; ".join(dict.fromkeys(names[1:])), sector, start, end))

    rows.sort(key=lambda r: (r[0], r[1], r[4], r[3]))
    seen = collections.Counter()
    out = []
    for country, name, aliases, sector, start, end in rows:
        slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
        base = f"{country.lower()}.official.{slug}"
        seen[base] += 1
        rid = base if seen[base] == 1 else f"{base}.{seen[base]}"
        out.append("\t".join([rid, country, "official", sector, name, aliases, start.isoformat(), end.isoformat() if end else ""]))

    header = [
        "# dyad OFFICEHOLDERS generated from the Phoenix country actors dictionary (PETRARCH2's",
        "# Phoenix.Countries.actors.txt, from CountryInfo.140130.txt; MIT licence, Copyright (c) 2014 Open Event",
        "# Data Alliance; see dictionaries/NOTICE). Do not edit: run scripts/gen-phoenix-officeholders.py.",
        "# Office `official`: the source says a person belonged to a country's government (or was a former",
        "# official) between two days, not which office; the terms end in 2014 at the latest, so later offices",
        "# are missing. The project's own officeholders.tsv takes precedence (names in it are left out here).",
        f"# {len(out)} terms of {len({r[1] for r in rows})} people; left out, by reason:",
    ] + [f"#   {n:6}  {reason}" for reason, n in sorted(left_out.items())]
    text = "\n".join(header + ["id\tcountry\toffice\tsector\tname\taliases\tstart\tend"] + out) + "\n"
    Path(args.out).write_text(text)
    print(f"{args.out}: {len(out)} terms", file=sys.stderr)
    for reason, n in sorted(left_out.items()):
        print(f"  left out {n:6}  {reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
