#!/usr/bin/env python3
"""Runs `dyad code` on hostile inputs at full size and prints a Markdown
table: exit status, what the summary line said, wall time and peak memory.

Each input is generated here (nothing large is committed). The inputs are
the ones that once ended a whole run (deep HTML, huge element counts, link
loops, short texts classed as other languages, feeds with a DOCTYPE
subset, stray NUL bytes), plus the worst pages that still pass the
budgets. Figures go into docs/reliability.md.

usage: python3 scripts/hostile-inputs.py [path/to/dyad]   (default target/release/dyad)
"""
import json
import os
import subprocess
import sys
import tempfile
import time

DYAD = sys.argv[1] if len(sys.argv) > 1 else "target/release/dyad"
STORY = "Russian troops shelled Ukrainian positions near Donetsk on Monday, officials said."


def page(body):
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


def good_lines(n):
    return "".join(json.dumps({"id": f"g{i}", "text": STORY}) + "\n" for i in range(n))


def inputs(tmp):
    """(label, paths to pass to dyad) for every input, files written under tmp."""
    def write(name, data, mode="w"):
        path = os.path.join(tmp, name)
        with open(path, mode) as f:
            f.write(data)
        return path

    deep = page("<div><span>" * 10_000 + STORY)
    yield "10,000 unclosed `<div><span>` (110 KB page)", [write("deep.html", deep)]
    yield "2,500 unclosed `<div><span>` (27 KB)", [write("deep2500.html", page("<div><span>" * 2_500 + STORY))]
    yield "5,000 unclosed `<div><span>` (55 KB)", [write("deep5000.html", page("<div><span>" * 5_000 + STORY))]
    yield "100,000 closed `<div>`", [write("closed.html", page("<div>" * 100_000 + STORY + "</div>" * 100_000))]
    yield "1 million `<p>` (11 MB)", [write("million.html", page("<p>x" * 1_000_000))]
    yield "10,001 good JSON Lines documents, then the 110 KB deep page in an `html` field", [
        write("batch.jsonl", good_lines(10_001) + json.dumps({"id": "bad", "html": deep}) + "\n")]
    escaped = deep.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    yield "RSS item whose description is the 110 KB deep page, then a good item", [write("deep.xml",
        "<rss version=\"2.0\"><channel><title>F</title>"
        f"<item><guid>bad</guid><description>{escaped}</description></item>"
        f"<item><guid>good</guid><description>{STORY}</description></item></channel></rss>")]
    items = "".join(f"<item><guid>{n}</guid><description>Russia condemned Ukraine on Monday number {n}.</description></item>"
                    for n in range(1, 20_001))
    yield "20,000 one-sentence feed items (once all classed French)", [write("short.xml",
        f"<rss version=\"2.0\"><channel><title>F</title>{items}</channel></rss>")]
    yield "feed with a `<!DOCTYPE rss [ ... ]>` internal subset", [write("doctype.xml",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY % p \"<!ENTITY x 'y'>\">\n%p;]>\n"
        f"<rss version=\"2.0\"><channel><title>F</title><item><guid>1</guid><description>{STORY}</description></item></channel></rss>")]
    yield "text file with a NUL byte and an invalid byte", [write("nul.txt", (STORY[:20] + "\0" + STORY[20:]).encode() + b"\xff\n", "wb")]
    loops = os.path.join(tmp, "loops")
    os.makedirs(os.path.join(loops, "a", "sub"))
    for rel in ["a/one.txt", "a/sub/two.txt"]:
        write(os.path.join("loops", rel), STORY)
    os.symlink(".", os.path.join(loops, "a", "self"))
    os.symlink("..", os.path.join(loops, "a", "sub", "up"))
    yield "directory with `a/self -> .` and `a/sub/up -> ..`", [loops]
    yield "the same with `--follow-links`", ["--follow-links", loops]
    # Found by fuzzing: one document with thousands of distinct events (the
    # coder's merge of repeated events was once quadratic: 5 s here).
    countries = ["Russia", "Ukraine", "China", "Iran", "Israel", "Egypt", "Turkey", "Syria", "Iraq", "Japan",
                 "France", "Germany", "India", "Pakistan", "Brazil", "Mexico", "Canada", "Cuba", "Chile", "Peru",
                 "Spain", "Italy", "Poland", "Greece", "Sweden", "Norway", "Kenya", "Nigeria", "Ghana", "Sudan",
                 "Libya", "Jordan", "Lebanon", "Qatar", "Yemen", "Oman", "Nepal", "Vietnam", "Thailand", "Indonesia"]
    verbs = ["accused", "attacked", "praised", "threatened", "met with", "condemned"]
    many = " ".join(f"{a} {v} {b}." for a in countries for b in countries if a != b for v in verbs)
    yield "one text of 9,360 sentences \"A verb B.\" over 40 countries (220 KB)", [write("many-events.txt", many)]
    yield "the same sentence 50,000 times (one event, 50,000 sentences of evidence)", [
        write("repeated.txt", " ".join(["Russia attacked Ukraine."] * 50_000))]
    # Found by fuzzing: text without sentence punctuation, clause after
    # clause naming people (once 40 s for 4 MB, and over 120 s for 11 MB).
    people = ["German Chancellor Angela Merkel", "President Putin", "Xi Jinping", "French President Emmanuel Macron",
              "Japan's prime minister", "the European Union", "Kurdish fighters", "Iranian police"]
    acts = ["threatened", "met with", "accused", "attacked", "praised", "signed an agreement with"]
    links = ["while", "after", "and", "who"]
    clauses = (f"{people[i % 8]} {acts[i % 6]} {people[(i * 3 + 1) % 8]} {links[i % 4]}" for i in range(200_000))
    yield "one unpunctuated run of 200,000 clauses naming people (11 MB)", [write("run-on.txt", " ".join(clauses) + ".")]
    # The worst pages inside the budgets.
    yield "page nested 256 levels (the depth budget)", [write("d256.html", page("<div><span>" * 128 + STORY + "</span></div>" * 128))]
    yield "99,990 paragraphs (just under the element budget)", [write("p99k.html", page(f"<p>{STORY}" * 99_990))]


def run(args):
    start = time.monotonic()
    p = subprocess.Popen([DYAD, "code", *args, "-o", os.devnull], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    stderr = p.stderr.read()
    # wait4 gives this child's own peak resident size (KB on Linux).
    _, wait_status, usage = os.wait4(p.pid, 0)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(wait_status)
    status = f"signal {-code}" if code < 0 else str(code)
    lines = stderr.strip().splitlines()
    summary = lines[-1].removeprefix("dyad: ") if lines else ""
    first = next((l.removeprefix("dyad: ") for l in lines if "skipped " in l and "documents read" not in l), "")
    return status, summary, first, seconds, f"{usage.ru_maxrss / 1024:.0f}"


def main():
    print("| input | exit | summary | first report | s | peak MB |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for label, args in inputs(tmp):
            status, summary, first, seconds, peak = run(args)
            first = first.replace(tmp + "/", "")
            if len(first) > 70:
                first = first[:67] + "..."
            print(f"| {label} | {status} | {summary} | {first} | {seconds:.2f} | {peak} |", flush=True)


if __name__ == "__main__":
    main()
