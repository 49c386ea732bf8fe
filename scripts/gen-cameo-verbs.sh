#!/bin/sh
# Generate dictionaries/events/generated/*.tsv from the PETRARCH CAMEO verb dictionary.
#
# Usage: scripts/gen-cameo-verbs.sh [CAMEO.2.0.txt]
#
# Source: CAMEO.2.0.txt of openeventdata/petrarch2 (MIT licence, Copyright (c) 2015 Open
# Event Data Alliance), default ../shared/petrarch2/dictionaries/CAMEO.2.0.txt. The reader
# and the conversion rules are dyad's own (crates/dict/src/petrarch/): each pattern is
# applied to the verb it was written for, patterns with no noun or adjective after the verb,
# patterns of verbs of saying and bare verbs are left out, codes map to PLOVER through the
# ontology's CAMEO table. The output is deterministic; a test (crates/dict/tests/generated.rs)
# checks that the committed files equal a fresh conversion.
set -eu
cd "$(dirname "$0")/.."
SRC="${1:-../shared/petrarch2/dictionaries/CAMEO.2.0.txt}"
OUT=dictionaries/events/generated
rm -rf "$OUT"
cargo run --release -q -p dyad-dict --example convert-cameo-verbs -- "$SRC" "$OUT"
