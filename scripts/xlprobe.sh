#!/bin/bash
# xlprobe.sh BIN OUTDIR: runs each testdata/xlprobe/SET.jsonl (cross-lingual
# probe questions written over one open set's articles) on that set's corpus,
# into OUTDIR/xl-SET.json (`detente eval --json`: the summary table and each
# question's answer and refusal reason).
BIN=$1; OUT=$2; cd "$(dirname "$0")/.." || exit 1; mkdir -p "$OUT"
for f in testdata/xlprobe/*.jsonl; do
  s=$(basename "$f" .jsonl); D=$(mktemp -d)
  "$BIN" --data "$D" eval --corpus "testdata/$s/articles" --answers \
    --boilerplate "testdata/$s/boilerplate.txt" --json "$f" > "$OUT/xl-$s.json" 2> "$OUT/xl-$s.err"
  rm -rf "$D"
done
