#!/usr/bin/env python3
"""Generate dictionaries/lexicon/verb-forms.tsv and word-classes.tsv from WordNet 3.0.

Usage: scripts/gen-lexicon.py [--wordnet DIR] [--out DIR]

Defaults:
  --wordnet  /usr/share/wordnet          (Debian package wordnet-base: index.*, *.exc)
  --out      dictionaries/lexicon

verb-forms.tsv (form, lemma, tag): every single-word verb lemma of index.verb with
its base, 3sg, past, ppart and ing forms. Regular forms come from English spelling
rules; WordNet's exception list (verb.exc) replaces them where it lists a form,
and a small hand list below settles what verb.exc cannot say (it gives a form and
its lemma but not whether the form is the past or the past participle).

word-classes.tsv (word, classes): every single word of index.noun/verb/adj/adv
with the letters n v a r for the classes WordNet gives it, plus noun plurals
(n), verb forms (v) and irregular comparatives from adj.exc/adv.exc (a/r), so
that clause analysis can tell "attacks" (n and v) from "attacked" (v only).

The output is deterministic (sorted) and committed; building dyad never needs
WordNet. The script checks a sample of forms at the end and exits non-zero,
writing nothing, if any check fails.
"""

import argparse
import os
import re
import subprocess
import sys

VOWELS = set("aeiou")
WORD_RE = re.compile(r"^[a-z][a-z'-]*$")

# Multi-syllable verbs whose stressed final syllable doubles its consonant
# (admit -> admitted); monosyllables are handled by rule.
DOUBLE_FINAL = {
    "admit", "commit", "submit", "permit", "omit", "transmit", "emit", "remit",
    "acquit", "outwit", "refer", "prefer", "confer", "defer", "infer",
    "transfer", "deter", "inter", "occur", "recur", "concur", "incur",
    "compel", "expel", "propel", "repel", "dispel", "impel", "regret",
    "control", "patrol", "enrol", "equip", "kidnap", "worship", "format",
    "program", "abhor", "allot", "annul", "befit", "embed", "rebel", "excel",
    "forbid", "upset", "beset", "outbid", "overrun", "unplug", "unwrap",
}

# Verbs ending in -c take -ck- before a vowel suffix (panic -> panicked).
CK_VERBS = {"panic", "picnic", "mimic", "traffic", "frolic", "bivouac", "politic"}

# Strong verbs: (past forms, past-participle forms). These override what
# verb.exc implies, because verb.exc does not tag its forms.
STRONG = {
    "be": (["was", "were"], ["been"]),
    "have": (["had"], ["had"]),
    "do": (["did"], ["done"]),
    "go": (["went"], ["gone"]),
    "see": (["saw"], ["seen"]),
    "come": (["came"], ["come"]),
    "become": (["became"], ["become"]),
    "overcome": (["overcame"], ["overcome"]),
    "run": (["ran"], ["run"]),
    "rerun": (["reran"], ["rerun"]),
    "outrun": (["outran"], ["outrun"]),
    "overrun": (["overran"], ["overrun"]),
    "begin": (["began"], ["begun"]),
    "swim": (["swam"], ["swum"]),
    "ring": (["rang"], ["rung"]),
    "sing": (["sang"], ["sung"]),
    "drink": (["drank"], ["drunk"]),
    "sink": (["sank"], ["sunk"]),
    "shrink": (["shrank"], ["shrunk"]),
    "stink": (["stank"], ["stunk"]),
    "spring": (["sprang"], ["sprung"]),
    "bear": (["bore"], ["born", "borne"]),
    "lie": (["lay", "lied"], ["lain", "lied"]),
    "get": (["got"], ["got", "gotten"]),
    "forget": (["forgot"], ["forgotten", "forgot"]),
    "hang": (["hung", "hanged"], ["hung", "hanged"]),
    "show": (["showed"], ["shown", "showed"]),
    "prove": (["proved"], ["proven", "proved"]),
    "mow": (["mowed"], ["mown", "mowed"]),
    "sew": (["sewed"], ["sewn", "sewed"]),
    "swell": (["swelled"], ["swollen", "swelled"]),
    "strike": (["struck"], ["struck", "stricken"]),
    "learn": (["learned", "learnt"], ["learned", "learnt"]),
    "burn": (["burned", "burnt"], ["burned", "burnt"]),
    "dream": (["dreamed", "dreamt"], ["dreamed", "dreamt"]),
    "spell": (["spelled", "spelt"], ["spelled", "spelt"]),
    "spill": (["spilled", "spilt"], ["spilled", "spilt"]),
    "spoil": (["spoiled", "spoilt"], ["spoiled", "spoilt"]),
    "leap": (["leaped", "leapt"], ["leaped", "leapt"]),
    "kneel": (["kneeled", "knelt"], ["kneeled", "knelt"]),
    "light": (["lit", "lighted"], ["lit", "lighted"]),
    "fit": (["fitted", "fit"], ["fitted", "fit"]),
    "speed": (["sped", "speeded"], ["sped", "speeded"]),
    "plead": (["pleaded", "pled"], ["pleaded", "pled"]),
    "beat": (["beat"], ["beaten", "beat"]),
    "wake": (["woke"], ["woken"]),
    "awake": (["awoke"], ["awoken"]),
    "bid": (["bid", "bade"], ["bid", "bidden"]),
    "forbid": (["forbade"], ["forbidden"]),
    "tread": (["trod"], ["trodden"]),
    "strive": (["strove", "strived"], ["striven", "strived"]),
    "dive": (["dived", "dove"], ["dived"]),
    "wed": (["wed", "wedded"], ["wed", "wedded"]),
    "shine": (["shone", "shined"], ["shone", "shined"]),
}

# Verbs whose past and participle are the base form (verb.exc cannot list
# them, since it only lists forms that differ from the lemma).
ZERO_CHANGE = """bet broadcast burst cast cost cut forecast hit hurt let offset put read rid
set shed shut slit split spread thrust upset beset input output outbid recast
reset preset sublet telecast webcast undercut miscast misread proofread reread
lip-read outcast overspread typeset inset""".split()
for _v in ZERO_CHANGE:
    STRONG.setdefault(_v, ([_v], [_v]))
STRONG["quit"] = (["quit", "quitted"], ["quit", "quitted"])
STRONG["broadcast"] = (["broadcast", "broadcasted"], ["broadcast", "broadcasted"])

# Participle endings of strong verbs (taken, known, gone, torn, slain).
PPART_RE = re.compile(r"(en|wn|ne|rn|ain)$")

# Expected forms: the generator fails if any of these is missing.
CHECKS = [
    ("meet", "past", "met"), ("meet", "ppart", "met"), ("hold", "past", "held"),
    ("seize", "past", "seized"), ("visit", "past", "visited"),
    ("visit", "ing", "visiting"), ("stop", "past", "stopped"),
    ("stop", "ing", "stopping"), ("plan", "past", "planned"),
    ("shell", "past", "shelled"), ("agree", "past", "agreed"),
    ("agree", "ing", "agreeing"), ("see", "ing", "seeing"),
    ("die", "ing", "dying"), ("lie", "ing", "lying"), ("make", "ing", "making"),
    ("accuse", "past", "accused"), ("plead", "past", "pleaded"), ("beat", "past", "beat"), ("sentence", "ppart", "sentenced"),
    ("kidnap", "past", "kidnapped"), ("fight", "past", "fought"),
    ("flee", "past", "fled"), ("lead", "past", "led"), ("shoot", "past", "shot"),
    ("strike", "past", "struck"), ("withdraw", "past", "withdrew"),
    ("withdraw", "ppart", "withdrawn"), ("undertake", "past", "undertook"),
    ("undertake", "ppart", "undertaken"), ("condemn", "past", "condemned"),
    ("admit", "past", "admitted"), ("occur", "past", "occurred"),
    ("begin", "ppart", "begun"), ("begin", "past", "began"),
    ("go", "ppart", "gone"), ("be", "3sg", "is"), ("be", "past", "were"),
    ("be", "ing", "being"), ("have", "3sg", "has"), ("do", "3sg", "does"),
    ("go", "3sg", "goes"), ("carry", "3sg", "carries"), ("carry", "past", "carried"),
    ("push", "3sg", "pushes"), ("say", "past", "said"), ("send", "ppart", "sent"),
    ("panic", "past", "panicked"), ("criticize", "past", "criticised"),
    ("criticise", "past", "criticized"), ("mobilize", "ing", "mobilising"),
    ("recognize", "3sg", "recognises"), ("apologize", "past", "apologised"), ("travel", "past", "travelled"),
    ("travel", "past", "traveled"), ("take", "ppart", "taken"),
    ("play", "past", "played"), ("fix", "past", "fixed"), ("free", "past", "freed"),
    ("ban", "past", "banned"), ("bomb", "past", "bombed"), ("ease", "ing", "easing"),
    ("run", "ppart", "run"), ("benefit", "past", "benefited"), ("put", "past", "put"),
    ("set", "ppart", "set"), ("quit", "past", "quit"), ("hit", "past", "hit"), ("lie", "past", "lied"), ("attack", "3sg", "attacks"),
]
CHECK_WORDS = [("attack", "nv"), ("meeting", "nv"), ("attacks", "nv"),
               ("attacked", "v"), ("children", "n"), ("quickly", "r"),
               ("protesters", "n"), ("police", "nv")]


def lemmas(path):
    """Single-word lemmas of a WordNet index file."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue  # licence header
            w = line.split(" ", 1)[0]
            if "_" in w or not WORD_RE.match(w):
                continue
            out.append(w)
    return out


def exceptions(path):
    """Pairs (form, lemma) of a WordNet .exc file, single words only."""
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2 or not WORD_RE.match(parts[0]):
                continue
            for lemma in parts[1:]:
                if "_" not in lemma and lemma != parts[0]:
                    pairs.append((parts[0], lemma))
    return pairs


def syllables(w):
    """Rough count of vowel groups ('qu' counts as consonant; final silent e ignored)."""
    w = w.replace("qu", "qw")
    groups = re.findall(r"[aeiouy]+", w[1:]) + (["x"] if w[0] in VOWELS else [])
    n = len(groups)
    if w.endswith("e") and not w.endswith(("ee", "ie", "ye", "oe")) and n > 1:
        n -= 1
    return n


def doubles(v):
    """True if v doubles its final consonant before -ed/-ing (stop -> stopped)."""
    if v in DOUBLE_FINAL:
        return True
    w = v.replace("qu", "qw")
    if len(w) < 3 or w[-1] in VOWELS or w[-1] in "wxy":
        return False
    if w[-2] not in VOWELS or w[-3] in VOWELS:
        return False
    return syllables(v) == 1


def third(v):
    if re.search(r"(s|x|z|ch|sh)$", v) or re.search(r"[^aeiou]o$", v):
        return v + "es"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    return v + "s"


def past(v):
    if v in CK_VERBS:
        return v + "ked"
    if v.endswith("e"):
        return v + "d"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    if doubles(v):
        return v + v[-1] + "ed"
    return v + "ed"


def ing(v):
    if v in CK_VERBS:
        return v + "king"
    if v == "be":
        return "being"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith(("ee", "ye", "oe")) or v in ("singe", "dinge", "tinge", "swinge"):
        return v + "ing"
    if v.endswith("e") and len(v) > 2:
        return v[:-1] + "ing"
    if doubles(v):
        return v + v[-1] + "ing"
    return v + "ing"


def l_variant(rule, exc):
    """British doubling (travelled, benefitted) against American (traveled, benefited): keep both."""
    for suf in ("ed", "ing"):
        if rule.endswith(suf) and exc.endswith(suf):
            stem = rule[: -len(suf)]
            if stem and stem + stem[-1] + suf == exc:
                return True
    return False


def verb_forms(verbs, exc_pairs):
    exc = {}
    for form, lemma in exc_pairs:
        exc.setdefault(lemma, []).append(form)
    rows = set()
    for v in verbs:
        forms = {"base": {v}, "3sg": {third(v)}, "past": {past(v)},
                 "ppart": {past(v)}, "ing": {ing(v)}}
        e_ing, e_s, e_ed, strong_past, strong_pp = [], [], [], [], []
        for f in sorted(exc.get(v, [])):
            if f.endswith("ing") and not v.endswith("ing"):
                e_ing.append(f)
            elif f.endswith("s") and v != "be":
                e_s.append(f)
            elif f.endswith("ed"):
                e_ed.append(f)
            elif PPART_RE.search(f):
                strong_pp.append(f)
            else:
                strong_past.append(f)
        # verb.exc replaces the rule form, except that British -ll- keeps American -l-.
        if e_ing:
            forms["ing"] = set(e_ing) | {r for r in forms["ing"] for f in e_ing if l_variant(r, f)}
        if e_s:
            forms["3sg"] = set(e_s)
        if e_ed:
            keep = {r for r in forms["past"] for f in e_ed if l_variant(r, f)}
            forms["past"] = set(e_ed) | keep
            forms["ppart"] = set(e_ed) | keep
        if strong_past and strong_pp:
            forms["past"], forms["ppart"] = set(strong_past), set(strong_pp)
        elif strong_past:
            # begin: began/begun look alike by spelling; the "u" form is the participle.
            u = [f for f in strong_past if "u" in f and "u" not in v]
            a = [f for f in strong_past if f not in u]
            if u and a:
                forms["past"], forms["ppart"] = set(a), set(u)
            else:
                # a single strong form (met, held, fought) is both past and participle
                forms["past"], forms["ppart"] = set(strong_past), set(strong_past)
        elif strong_pp:
            forms["ppart"] = set(strong_pp) | forms["ppart"]
        if v in STRONG:
            p, pp = STRONG[v]
            forms["past"], forms["ppart"] = set(p), set(pp)
        if v == "be":
            forms["3sg"] = {"am", "is", "are"}
        if v == "have":
            forms["3sg"] = {"has"}
            forms["ing"] = {"having"}
        for tag in ("base", "3sg", "past", "ppart", "ing"):
            for f in forms[tag]:
                rows.add((f, v, tag))
    return rows


def british(v):
    """The -ise/-yse spelling of an -ize/-yze verb (criticize -> criticise), or None."""
    if v.endswith("size") or v in ("seize", "prize", "capsize"):
        return None
    if v.endswith("ize") and len(v) > 5:
        return v[:-3] + "ise"
    if v.endswith("yze"):
        return v[:-3] + "yse"
    return None


def add_spelling_variants(rows, verbs):
    """British text writes "criticised", WordNet's lemma is often "criticize" (and
    sometimes both exist): every form of either spelling is listed under both
    lemmas, so a pattern written with either lemma matches either spelling."""
    known = set(verbs)
    by_lemma = {}
    for form, lemma, tag in rows:
        by_lemma.setdefault(lemma, set()).add((form, tag))
    extra = set()
    for v in verbs:
        b = british(v)
        if not b:
            continue
        if b in by_lemma:
            b_forms = by_lemma[b]
        else:
            b_forms = {(f, t) for f, _, t in verb_forms([b], [])}
        both = by_lemma[v] | b_forms
        for f, t in both:
            extra.add((f, v, t))
            if b in known:
                extra.add((f, b, t))
    return rows | extra


def noun_plural(n):
    if re.search(r"(s|x|z|ch|sh)$", n):
        return n + "es"
    if re.search(r"[^aeiou]y$", n):
        return n[:-1] + "ies"
    return n + "s"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "dictionaries", "lexicon"))
    args = ap.parse_args()
    wn = args.wordnet
    try:
        pkg = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wordnet-base"],
                             capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pkg = "unknown"

    verbs = lemmas(os.path.join(wn, "index.verb"))
    rows = verb_forms(verbs, exceptions(os.path.join(wn, "verb.exc")))
    rows = add_spelling_variants(rows, verbs)

    classes = {}

    def add(word, c):
        if WORD_RE.match(word):
            classes.setdefault(word, set()).add(c)

    for c, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        for w in lemmas(os.path.join(wn, "index." + name)):
            add(w, c)
    nouns = lemmas(os.path.join(wn, "index.noun"))
    noun_exc = exceptions(os.path.join(wn, "noun.exc"))
    irregular = {lemma for _, lemma in noun_exc}
    for n in nouns:
        if n not in irregular:
            add(noun_plural(n), "n")
    for form, _ in noun_exc:
        add(form, "n")
    for form, _ in exceptions(os.path.join(wn, "adj.exc")):
        add(form, "a")
    for form, _ in exceptions(os.path.join(wn, "adv.exc")):
        add(form, "r")
    for form, _, _ in rows:
        add(form, "v")

    failures = []
    have = set(rows)
    for lemma, tag, form in CHECKS:
        if (form, lemma, tag) not in have:
            got = sorted(f for f, l, t in rows if l == lemma and t == tag)
            failures.append(f"verb {lemma} {tag}: expected {form}, got {got}")
    for word, want in CHECK_WORDS:
        got = "".join(c for c in "nvar" if c in classes.get(word, ()))
        if not set(want) <= set(got):
            failures.append(f"word {word}: expected classes ⊇ {want}, got {got!r}")
    if failures:
        for f in failures:
            print("gen-lexicon: check failed:", f, file=sys.stderr)
        sys.exit(1)

    os.makedirs(args.out, exist_ok=True)
    src = f"WordNet 3.0 (Princeton University), Debian package wordnet-base {pkg}"
    with open(os.path.join(args.out, "verb-forms.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# Inflected forms of every single-word verb lemma in {src}: index.verb, verb.exc\n")
        f.write("# regular forms by English spelling rules, irregular ones from verb.exc plus a hand list of strong verbs;\n# -ise/-ize spellings (criticised, criticized) are listed under both lemmas\n")
        f.write("# generated by scripts/gen-lexicon.py; do not edit by hand\n")
        f.write("form\tlemma\ttag\n")
        order = {"base": 0, "3sg": 1, "past": 2, "ppart": 3, "ing": 4}
        for form, lemma, tag in sorted(rows, key=lambda r: (r[1], order[r[2]], r[0])):
            f.write(f"{form}\t{lemma}\t{tag}\n")
    with open(os.path.join(args.out, "word-classes.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# Word classes (n noun, v verb, a adjective, r adverb) of single words in {src}\n")
        f.write("# lemmas of index.noun/verb/adj/adv plus noun plurals (rules + noun.exc), verb forms (verb-forms.tsv), adj.exc/adv.exc forms\n")
        f.write("# generated by scripts/gen-lexicon.py; do not edit by hand\n")
        f.write("word\tclasses\n")
        for w in sorted(classes):
            f.write(w + "\t" + "".join(c for c in "nvar" if c in classes[w]) + "\n")
    print(f"gen-lexicon: {len(rows)} verb forms of {len(verbs)} verbs, {len(classes)} words")


if __name__ == "__main__":
    main()
