#!/usr/bin/env bash
# The stable-Rust fuzz campaign of dyad: for each target, AFL++ (cargo-afl,
# coverage-guided, seeded with the test fixtures and generated inputs) and
# then the structured-input runner (stable-fuzz: deep/wide/huge HTML, feeds
# with entities, odd JSONL, bad WARC lengths, gzip/zstd damage, dates,
# news text, fixture mutations), one target at a time, at low priority.
#
#   fuzz/stable/run.sh [AFL_SECONDS [STRUCTURED_SECONDS [TARGET...]]]
#
# Defaults: 300 s of AFL++ and 120 s of stable-fuzz per target, all targets.
# Environment: OUT (results directory, default /work/fuzz-out/<time>),
# CARGO_TARGET_DIR (default /work/target-fuzz), NO_BUILD=1 to skip building,
# NICE (default 15).
# Prints a table: tool, target, seconds, executions, corpus (AFL++ queue) or
# inputs generated, crashes, hangs (and slow / memory findings).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
AFL_SECS="${1:-300}"
ST_SECS="${2:-120}"
shift $(( $# > 2 ? 2 : $# ))
ALL_TARGETS=(read_auto read_html read_feed read_jsonl read_warc read_text clean_text parse_date code)
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi
OUT="${OUT:-/work/fuzz-out/$(date -u +%Y%m%dT%H%M%SZ)}"
TD="${CARGO_TARGET_DIR:-/work/target-fuzz}"
NICE="${NICE:-15}"
mkdir -p "$OUT"

if [ "${NO_BUILD:-0}" != 1 ]; then
  command -v cargo-afl >/dev/null || { echo "cargo-afl missing: cargo install cargo-afl" >&2; exit 1; }
  (cd "$HERE" && CARGO_TARGET_DIR="$TD/plain" nice -n "$NICE" cargo build --release --bin stable-fuzz)
  (cd "$HERE" && CARGO_TARGET_DIR="$TD/afl" nice -n "$NICE" cargo afl build --release --features afl --bin afl_target)
fi
SF="$TD/plain/release/stable-fuzz"
AFLT="$TD/afl/release/afl_target"
# AFL++'s own dictionaries, shipped with cargo-afl's build of AFL++.
AFL_DICTS="$(ls -d "$HOME"/.local/share/afl.rs/rustc-*/afl.rs-*/afl/share/afl/dictionaries 2>/dev/null | tail -1)"
FIX="$ROOT/crates/ingest/tests/fixtures"

dicts_for() {
  case "$1" in
    read_html) echo "$AFL_DICTS/html_tags.dict" ;;
    read_feed) echo "$AFL_DICTS/xml.dict $AFL_DICTS/rss.dict $AFL_DICTS/atom.dict" ;;
    read_jsonl) echo "$AFL_DICTS/json.dict" ;;
    read_warc) echo "$HERE/dict/warc.dict $AFL_DICTS/html_tags.dict" ;;
    read_auto) echo "$AFL_DICTS/html_tags.dict $AFL_DICTS/xml.dict $AFL_DICTS/json.dict $HERE/dict/warc.dict" ;;
    read_text | clean_text) echo "$HERE/dict/news.dict $HERE/dict/date.dict" ;;
    parse_date) echo "$HERE/dict/date.dict" ;;
    code) echo "$HERE/dict/news.dict" ;;
  esac
}

fixtures_for() {
  case "$1" in
    read_html) ls "$FIX"/html/* ;;
    read_feed) ls "$FIX"/feeds/* ;;
    read_jsonl) ls "$FIX"/jsonl/* ;;
    read_warc) ls "$FIX"/warc/*.warc* ;;
    read_auto) ls "$FIX"/*/* | grep -v '\.py$' ;;
    read_text | clean_text | code) ls "$FIX"/text/* ;;
    parse_date) ;;
  esac
}

seed_dir() {
  local t="$1" d="$OUT/$1/seeds"
  rm -rf "$d"; mkdir -p "$d"
  for f in $(fixtures_for "$t"); do cp "$f" "$d/fixture-$(basename "$f")"; done
  "$SF" seeds "$t" "$d" 24 16384
  # Structured extremes AFL++'s mutations would not reach: deep nesting.
  case "$t" in
    read_html | read_auto)
      for n in 100 2000 10000; do
        python3 -c "import sys; sys.stdout.write('<html><body>' + '<div><span>' * $n + 'Police arrested protesters.')" > "$d/deep-div-span-$n.html"
      done
      python3 -c "import sys; sys.stdout.write('<p>' + '<b><i>' * 3000 + 'x')" > "$d/deep-b-i-3000.html" ;;
    read_feed)
      python3 -c "import sys; sys.stdout.write('<rss version=\"2.0\"><channel><item><title>t</title><description>' + '&lt;div&gt;' * 10000 + 'x</description></item></channel></rss>')" > "$d/rss-deep-html-10000.xml"
      printf '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<rss version="2.0"><channel><title>&c;</title><item><title>&c;</title><description>&c;</description></item></channel></rss>\n' > "$d/rss-entities.xml" ;;
  esac
  echo "$d"
}

stat_of() { grep -E "^$2 +:" "$1" 2>/dev/null | sed 's/.*: *//' || true; }

ROWS="$OUT/table.tsv"
printf 'tool\ttarget\tseconds\texecutions\tcorpus/inputs\tcrashes\thangs\tslow\tmemory\n' > "$ROWS"

for t in "${TARGETS[@]}"; do
  seeds="$(seed_dir "$t")"
  if [ "$AFL_SECS" -gt 0 ]; then
    xs=(); for x in $(dicts_for "$t"); do [ -f "$x" ] && xs+=(-x "$x"); done
    echo "== AFL++ $t for ${AFL_SECS}s ($(date -u +%H:%M:%S))" >&2
    rm -rf "$OUT/$t/afl"
    AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
    AFL_IGNORE_SEED_PROBLEMS=1 AFL_FAST_CAL=1 AFL_SKIP_CRASHES=1 \
      nice -n "$NICE" cargo afl fuzz -i "$seeds" -o "$OUT/$t/afl" -V "$AFL_SECS" -t 3000 -m 4096 "${xs[@]}" \
      -- "$AFLT" "$t" > "$OUT/$t/afl.log" 2>&1 || echo "afl-fuzz $t exited $? (see $OUT/$t/afl.log)" >&2
    st="$OUT/$t/afl/default/fuzzer_stats"
    printf 'afl++\t%s\t%s\t%s\t%s\t%s\t%s\t-\t-\n' "$t" "$(stat_of "$st" run_time)" "$(stat_of "$st" execs_done)" \
      "$(stat_of "$st" corpus_count)" "$(stat_of "$st" saved_crashes)" "$(stat_of "$st" saved_hangs)" >> "$ROWS"
  fi
  if [ "$ST_SECS" -gt 0 ]; then
    echo "== stable-fuzz $t for ${ST_SECS}s ($(date -u +%H:%M:%S))" >&2
    rm -rf "$OUT/$t/structured"
    nice -n "$NICE" "$SF" run "$t" "$ST_SECS" "$OUT/$t/structured" > "$OUT/$t/structured.log" 2> "$OUT/$t/structured.err" || true
    s="$(head -1 "$OUT/$t/structured/summary.tsv" 2>/dev/null || true)"
    get() { echo "$s" | tr '\t' '\n' | sed -n "s/^$1=//p"; }
    printf 'stable-fuzz\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$(get seconds)" "$(get execs)" "$(get execs)" \
      "$(get crashes)" "$(get hangs)" "$(get slow)" "$(get memory)" >> "$ROWS"
    grep '^finding' "$OUT/$t/structured.log" >&2 || true
  fi
done

echo
column -t -s $'\t' "$ROWS"
echo
echo "results: $OUT (AFL++ crashes: */afl/default/crashes, hangs: */afl/default/hangs; stable-fuzz findings: */structured/findings)"
