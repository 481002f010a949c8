#!/usr/bin/env bash
# Builds detente from this tree, makes question sets with a generator
# (scripts/mutants.py or scripts/variants.py) and answers each with no
# model: OUTDIR/SET.json per set, as `detente eval --json` writes it.
# scripts/mutants.sh and scripts/variants.sh count what it gives.
#
#   [GENFLAGS=--near] scripts/answersets.sh GENERATOR OUTDIR
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"
gen=$1 out=$2
mkdir -p "$out"
go build -o "$out/detente" ./cmd/detente
python3 "$gen" ${GENFLAGS:-} testdata "$out/sets" >/dev/null
for d in "$out"/sets/*/; do
	s=$(basename "$d")
	c=$(cat "$d/corpus")
	data=$(mktemp -d)
	"$out/detente" --data "$data" eval --corpus "testdata/$c/articles" --answers \
		--boilerplate "testdata/$c/boilerplate.txt" --json "$d/questions.jsonl" >"$out/$s.json" 2>/dev/null
	rm -rf "$data"
done
