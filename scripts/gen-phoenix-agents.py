#!/usr/bin/env python3
"""Generate dictionaries/agents-phoenix.tsv from the Phoenix agents dictionary.

Usage: scripts/gen-phoenix-agents.py [--phoenix FILE] [--wordnet DIR] [--out FILE]

Defaults:
  --phoenix  ../shared/petrarch2/dictionaries/Phoenix.agents.txt
             (PETRARCH2's Phoenix agents, from the Computational Event Data System project's
             CAMEO agents file; MIT licence, Copyright (c) 2014 Open Event Data Alliance)
  --wordnet  /usr/share/wordnet  (Debian package wordnet-base: index.noun, data.noun, noun.exc)
  --out      dictionaries/agents-phoenix.tsv

The Phoenix file lists role words ("FARMER [~AGR]", "RIOT_POLICE [~COP]", "CHAMBER_OF_COMMERCE
{CHAMBERS_OF_COMMERCE} [~BUS]") with the CAMEO role code an actor takes from them. Each entry
becomes one row of dyad's agents format: the written forms in lower case (underscores become
spaces, `!PERSON!` and `!MINIST!` expand to their substitution sets, and a regular plural is added
to the last word where the source gives none, as PETRARCH does), the CAMEO role code(s), and the
PLOVER sector of the role through the ontology crate's table (crates/ontology/data/cameo_roles.tsv).
A role of two codes takes the sector of the more specific one where it names an armed, police,
intelligence or judicial body ("GOVMIL": MIL, "MILSPY": SPY), else the first's ("GOVHLH": GOV,
"REBMUS": REB); the religious codes (MUS, CHR, CTH, PRO, JEW, HIN, BUD) give REL.

What is left out, and why:
- forms already in dictionaries/agents.tsv, organisations.tsv or countries.tsv: the project's own
  entries take precedence (dyad also drops them when it loads the file);
- entries whose code is no role (`[IGO~]` prefixes, `~NGO`) or has no PLOVER sector (`~RAD`,
  `~MOD`);
- stems (a last word that is not an English word in dictionaries/lexicon/word-classes.tsv, such
  as "MINISTR"): dyad matches whole words only;
- entries whose head noun (the last word, or the word before a preposition) does not name a
  person or a group of people in its first WordNet sense (lexicographer files noun.person and
  noun.group), or names a group alone: places, things and acts ("prison", "blog", "uprising",
  "village") would make actors of ordinary nouns;
- forms of one word that WordNet knows as a verb or an adjective and not as a noun, and heads
  whose everyday sense differs from the source's role (AMBIGUOUS below: "advocate");
- religious codes on heads that are no clergy or religious body ("Sunni tribesmen" are
  tribesmen, not religious actors).
Irregular plurals come from WordNet's noun.exc; a word that is itself a plural there gets none.

The output is deterministic (sorted by id). dyad reads it in addition to agents.tsv.
"""

import argparse
import collections
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DICT = ROOT / "dictionaries"

# The lexicon generator's English noun plurals and WordNet .exc reader.
_spec = importlib.util.spec_from_file_location("gen_lexicon", Path(__file__).with_name("gen-lexicon.py"))
lexicon = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lexicon)

RELIGIOUS = {"MUS", "CHR", "CTH", "PRO", "JEW", "HIN", "BUD", "SHI", "SUN", "ORT", "SIK", "JAN", "ZRO", "DOX", "MOS", "ALE"}
# Clergy and religious bodies: the heads a religious code makes a religious actor of.
CLERGY = {
    "imam", "mullah", "ayatollah", "cleric", "clergy", "clergyman", "priest", "bishop", "archbishop",
    "pope", "cardinal", "rabbi", "monk", "nun", "pastor", "preacher", "mufti", "sheikh", "patriarch",
    "archpriest", "archimandrite", "cantor", "deacon", "vicar", "abbot", "lama", "missionary",
    "evangelist", "metropolitan", "chaplain", "friar", "prelate", "primate", "ulema", "ulama",
    "church", "mosque", "synod", "diocese", "seminary", "council", "brotherhood", "order",
}
# Heads whose everyday sense is another than the source's role: "advocates" are mostly campaigners
# (the source: lawyers), "settlers" and "natives" no sector of their own.
AMBIGUOUS = {"advocate", "native", "settler", "member", "supporter", "follower", "leader", "head", "chief", "official", "figure"}
# Second codes that name the body itself, and so its sector ("GOVMIL": the government's army).
SPECIFIC = {"MIL", "SPY", "JUD", "COP"}


def role_sectors():
    """CAMEO role code -> PLOVER sector, from the ontology crate's table."""
    out = {}
    for line in (ROOT / "crates/ontology/data/cameo_roles.tsv").read_text().splitlines():
        if line.startswith("#") or line.startswith("code\t"):
            continue
        cells = line.split("\t")
        if len(cells) >= 6 and cells[5]:
            out[cells[0]] = cells[5]
    return out


def sector_of(code, sectors):
    """The PLOVER sector of a CAMEO role code of one or more three-letter parts."""
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not parts or any(len(p) != 3 for p in parts):
        return None
    if len(parts) >= 2 and parts[1] in SPECIFIC:
        return sectors.get(parts[1])
    if parts[0] in RELIGIOUS:
        return "REL"
    return sectors.get(parts[0])


def plural(word):
    """A regular English plural of the noun `word` (role nouns in "-man" take "-men")."""
    if word.endswith("man"):
        return word[:-3] + "men"
    return lexicon.noun_plural(word)


def people_nouns(wordnet):
    """Nouns whose first (most frequent) WordNet sense is a person (noun.person: 18) or a group
    (noun.group: 14): word -> that lexicographer file."""
    lexfile = {}
    with open(Path(wordnet) / "data.noun", encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(" "):
                continue
            cells = line.split(" ", 2)
            lexfile[cells[0]] = int(cells[1])
    out = {}
    with open(Path(wordnet) / "index.noun", encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(" "):
                continue
            cells = line.split()
            offsets = [c for c in cells if len(c) == 8 and c.isdigit()]
            if offsets and lexfile.get(offsets[0]) in (14, 18):
                out[cells[0]] = lexfile[offsets[0]]
    return out


def irregular_plurals(wordnet):
    """singular -> plural, and the set of plural forms, from WordNet's noun.exc."""
    singular_to_plural, plurals = {}, set()
    for form, lemma in lexicon.exceptions(Path(wordnet) / "noun.exc"):
        # (The longest where it lists several: "midwives", not "midwive".)
        if len(form) > len(singular_to_plural.get(lemma, "")):
            singular_to_plural[lemma] = form
        plurals.add(form)
    return singular_to_plural, plurals


def word_classes():
    classes = {}
    for line in (DICT / "lexicon/word-classes.tsv").read_text().splitlines():
        if line.startswith("#") or line.startswith("word\t"):
            continue
        w, c = line.split("\t")[:2]
        classes[w] = c
    return classes


def project_forms():
    """Every written form of the project's own actor dictionaries, lower case."""
    forms = set()
    for line in (DICT / "agents.tsv").read_text().splitlines():
        if line.startswith("#") or line.startswith("id\t"):
            continue
        cells = line.split("\t")
        forms.update(f.strip().lower() for f in cells[4].split(";") if f.strip())
    for line in (DICT / "organisations.tsv").read_text().splitlines():
        if line.startswith("#") or line.startswith("id\t"):
            continue
        for cell in line.split("\t")[1:]:
            forms.update(f.strip().lower() for f in cell.split(";") if f.strip())
    for line in (DICT / "countries.tsv").read_text().splitlines():
        if line.startswith("#") or line.startswith("code\t"):
            continue
        cells = line.split("\t")
        if len(cells) >= 3:
            forms.add(cells[2].strip().lower())
    return forms


def parse(path):
    """(line, phrase, plural or None, code) for each entry; substitution sets expanded."""
    subs = {}
    entries = []
    entry_re = re.compile(r"^([^\s\[{#]+)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]")
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            name, values = line.split("=", 1)
            subs[name.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        m = entry_re.match(line)
        if not m:
            continue
        phrase, plural_form, code = m.group(1), m.group(2), m.group(3).strip()
        variants = [phrase]
        for name, values in subs.items():
            if name in phrase:
                variants = [v.replace(name, value) for v in variants for value in values]
        for v in variants:
            entries.append((n, v, plural_form if len(variants) == 1 else None, code))
    return entries


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--phoenix", default=str(ROOT.parent / "shared/petrarch2/dictionaries/Phoenix.agents.txt"))
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default=str(DICT / "agents-phoenix.tsv"))
    args = ap.parse_args()
    source = Path(args.phoenix)
    if not source.is_file():
        sys.exit(f"gen-phoenix-agents: {source}: not found")
    sectors = role_sectors()
    classes = word_classes()
    taken = project_forms()
    people = people_nouns(args.wordnet)
    irregular, plural_forms = irregular_plurals(args.wordnet)
    left_out = collections.Counter()
    by_code = collections.OrderedDict()
    for line, phrase, plural_form, code in parse(source):
        if not code.startswith("~"):
            left_out["no role code"] += 1
            continue
        code = code[1:]
        sector = sector_of(code, sectors)
        if sector is None:
            left_out["role without a PLOVER sector"] += 1
            continue
        words = phrase.lower().strip("_").split("_")
        words = [w for w in words if w]
        # ("A_CABINET_MEETING": an article opens no role.)
        while words and words[0] in ("a", "an", "the"):
            words = words[1:]
        if not words or words[-1] not in classes:
            left_out["stem, not a word"] += 1
            continue
        c = classes[words[-1]]
        if len(words) == 1 and "n" not in c:
            left_out["ambiguous"] += 1
            continue
        # The head is the word before a preposition ("leader in exile",
        # "chamber of commerce"), else the last.
        prep = next((i for i, w in enumerate(words) if i > 0 and w in ("of", "in", "for", "from", "on", "at", "to", "with")), None)
        h = prep - 1 if prep is not None else len(words) - 1
        head = words[h]
        kind = people.get(head.replace("-", "_"), people.get(head))
        # (A group noun alone is mostly a place or a whole people: "village",
        # "community", "settlement"; with a modifier it names a body:
        # "shariah court", "opposition alliance".)
        if kind is None or (kind == 14 and len(words) == 1):
            left_out["head names no person or group"] += 1
            continue
        if head in AMBIGUOUS:
            left_out["ambiguous"] += 1
            continue
        # A religion names a religious actor only in its clergy ("Sunni
        # tribesmen" are no clerics).
        if sector == "REL" and head not in CLERGY:
            left_out["a faith, not a religious actor"] += 1
            continue
        singular = " ".join(words)
        forms = [singular]
        def with_head(w):
            return " ".join(words[:h] + [w] + words[h + 1:])
        if plural_form:
            forms.append(plural_form.lower().replace("_", " "))
        elif head in irregular:
            forms.append(with_head(irregular[head]))
        elif head not in plural_forms and not head.endswith("s") and head not in ("people", "police", "personnel", "staff", "clergy", "media", "press", "military", "youth", "public", "leadership", "artillery", "infantry", "cavalry", "intelligence", "judiciary"):
            forms.append(with_head(plural(head)))
        kept = [f for f in forms if f not in taken]
        if not kept:
            left_out["already in the project's dictionaries"] += 1
            continue
        taken.update(kept)
        slug = re.sub(r"[^a-z0-9]+", "-", singular).strip("-")
        key = f"agent.phoenix.{slug}"
        if key in by_code:
            by_code[key][3].extend(f for f in kept if f not in by_code[key][3])
            continue
        by_code[key] = [sector, code, line, kept]
    rows = sorted(by_code.items())
    out = Path(args.out)
    with out.open("w", encoding="utf-8") as f:
        f.write("# dyad AGENTS dictionary, generated: role words of the Phoenix agents dictionary (PETRARCH2,\n")
        f.write(f"#   {source.name}; MIT licence, Copyright (c) 2014 Open Event Data Alliance; see dictionaries/NOTICE)\n")
        f.write("# generated by scripts/gen-phoenix-agents.py; do not edit by hand. Same columns as agents.tsv; the\n")
        f.write("#   project's own entries (agents.tsv, organisations.tsv, countries.tsv) take precedence.\n")
        f.write(f"# entries: {len(rows)}; left out: " + "; ".join(f"{k} {v}" for k, v in sorted(left_out.items())) + "\n")
        f.write("id\tsector\tcameo\toffice\tforms\tnote\n")
        for key, (sector, code, line, forms) in rows:
            f.write(f"{key}\t{sector}\t{code}\t\t{'; '.join(forms)}\t{source.name}:{line}\n")
    print(f"gen-phoenix-agents: wrote {len(rows)} entries to {out} (left out: {dict(left_out)})")


if __name__ == "__main__":
    main()
