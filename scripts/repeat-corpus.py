#!/usr/bin/env python3
"""Repeats a JSON Lines news corpus into a larger one for store benchmarks.

Copy k of each document gets the id `<id>-r<k>`, its date moved k*7 days
(modulo about three years, so that copies 157 apart share a day and their
events merge into stories), the source `<source> <k mod 10>` (ten
publishers), and a last sentence `Copy k.` so that its text, and so its
content hash, differs from the other copies'. Everything else is the
original text, so coding finds the same events in every copy.

    scripts/repeat-corpus.py ../shared/corpus/guardian-2019-dev.jsonl --copies 80 > /tmp/big.jsonl
"""
import argparse
import datetime
import json
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--copies", type=int, required=True)
    args = ap.parse_args()
    docs = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
    out = sys.stdout
    for k in range(args.copies):
        shift = datetime.timedelta(days=(k * 7) % 1099)
        for d in docs:
            c = dict(d)
            c["id"] = f"{d['id']}-r{k}"
            if d.get("date"):
                c["date"] = (datetime.date.fromisoformat(d["date"][:10]) + shift).isoformat()
            c["source"] = f"{d.get('source') or 'source'} {k % 10}"
            c["text"] = d["text"].rstrip() + f" Copy {k}."
            out.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
