#!/usr/bin/env bash
# Benchmarks of the event store (docs/performance.md, "The event store").
#
#   scripts/bench-store.sh [WORKDIR]
#
# 1. Ingest rate: the Guardian corpus repeated to 50 MB (80 copies, see
#    scripts/repeat-corpus.py), coded by `dyad code` alone and by `dyad ingest`
#    into a new database, with one and with two coding threads (one writer
#    thread either way); wall times, median of three runs each.
# 2. A database of over a million event reports: the corpus repeated 1,900
#    times (237,500 documents, 1.2 GB, dates spread over three years, ten
#    publishers), ingested with two coding threads; its size per million
#    events.
# 3. Query latency on it: a one-year weekly count by category, and a
#    filtered list; wall time of the whole `dyad query` process, median of
#    five runs after one warm-up.
#
# WORKDIR (default /tmp/dyad-bench-store) needs about 7 GB.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/dyad-bench-store}
mkdir -p "$work"
corpus=../shared/corpus/guardian-2019-dev.jsonl
cargo build --release -q -p dyad-cli
dyad=target/release/dyad

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" > /dev/null 2>&1; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }

[ -f "$work/big80.jsonl" ] || scripts/repeat-corpus.py "$corpus" --copies 80 > "$work/big80.jsonl"
echo "input: $(du -mL "$work/big80.jsonl" | cut -f1) MB, $(wc -l < "$work/big80.jsonl") documents"
for jobs in 1 2; do
  code=$(for r in 1 2 3; do seconds $dyad code --jobs $jobs "$work/big80.jsonl"; done | median)
  ingest=$(for r in 1 2 3; do rm -f "$work/rate.db"*; seconds $dyad ingest --jobs $jobs --db "$work/rate.db" "$work/big80.jsonl"; done | median)
  events=$($dyad query --db "$work/rate.db" --reports --count-by year --format csv | awk -F, 'NR > 1 {n += $2} END {print n}')
  echo "jobs $jobs: code ${code}s, ingest ${ingest}s ($(echo "scale=1; 10000 / $ingest" | bc) documents/s, $(echo "scale=0; $events / $ingest" | bc) events/s), ingest/code $(echo "scale=2; $ingest / $code" | bc)"
done

db="$work/million.db"
if [ ! -f "$db" ]; then
  scripts/repeat-corpus.py "$corpus" --copies 1900 > "$work/big1900.jsonl"
  /usr/bin/time -f "ingest of 1900 copies: %e s, peak %M KB" $dyad ingest --jobs 2 --db "$db" "$work/big1900.jsonl"
fi
$dyad query --db "$db" --reports --count-by year
ls -l "$db"*

q1=(query --db "$db" --from 2018-01-01 --to 2018-12-31 --count-by week --group category --format csv)
q2=(query --db "$db" --actor TUR --category ASSAULT --from 2018-03-01 --to 2018-03-31 --format csv)
for q in q1 q2; do
  declare -n args=$q
  $dyad "${args[@]}" > "$work/$q.csv"
  t=$(for r in 1 2 3 4 5; do seconds $dyad "${args[@]}"; done | median)
  echo "$q: ${t}s, $(($(wc -l < "$work/$q.csv") - 1)) rows: dyad ${args[*]}"
done
