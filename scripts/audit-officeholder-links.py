#!/usr/bin/env python3
"""Audit: does any coded person link to an officeholder the article never named?

Usage: dyad code ../shared/corpus/guardian-2019-dev.jsonl > events.jsonl
       scripts/audit-officeholder-links.py events.jsonl ../shared/corpus/guardian-2019-dev.jsonl

For every actor or recipient that dyad linked to a dictionary officeholder (an entity with an
`identifier_text` and an `office`), the article must name that person: the full name, or the
surname after a first name or a title ("Prime Minister Abbott"), accents ignored. The issue of the
coder asks that no actor be a surname-only link to an officeholder the article never named
("any Ahmed became Ethiopia's prime minister"). Prints the entities checked and each one the
article does not name this way (organisations named through a role, "UN special envoy", also
show up here: read them). Exit status 1 if any person link fails.
"""
import json
import re
import sys
import unicodedata


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


TITLES = r"(president|minister|secretary|leader|chancellor|king|queen|premier|prince|general|governor|senator|envoy|ambassador|spokesman|spokeswoman|chief)"


def named(name, text):
    if name in text:
        return True
    sur = re.escape(name.split()[-1])
    return bool(
        re.search(r"\b[A-Z][a-z]+\.? (?:[A-Z][\w'-]+ )*" + sur + r"\b", text)
        or re.search(r"\b" + TITLES + r"\S* (?:[A-Z][\w'-]+ )*" + sur + r"\b", text, re.I)
        # the office after the name: "the Trump administration", "the Assad regime"
        or re.search(r"\b" + sur + r" (administration|government|regime|cabinet)\b", text)
    )


def main():
    events_path, corpus_path = sys.argv[1], sys.argv[2]
    docs = {}
    for line in open(corpus_path, encoding="utf-8"):
        d = json.loads(line)
        docs[d["id"]] = fold(d["text"])
    checked, unnamed = 0, []
    for line in open(events_path, encoding="utf-8"):
        e = json.loads(line)
        for x in e["actor"] + e["recipient"]:
            name = x.get("identifier_text")
            if not name or not x.get("office"):
                continue
            checked += 1
            if not named(fold(name), docs.get(e["doc_id"], "")):
                unnamed.append((e["id"], name, x["entity_text"]))
    print(f"officeholder links checked: {checked}; not named in their article: {len(unnamed)}")
    for row in unnamed:
        print("  " + " | ".join(row))
    # A surname-only link names the person's surname in the mention; the
    # others reach an organisation or person through a role or a pronoun.
    people = [u for u in unnamed if fold(u[1]).split()[-1] in fold(u[2])]
    sys.exit(1 if people else 0)


if __name__ == "__main__":
    main()
