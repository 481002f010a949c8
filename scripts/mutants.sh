#!/usr/bin/env bash
# Near misses made from the open answerable questions (scripts/mutants.py),
# answered with no model: how many of each kind the judge answers (leaks),
# per language. Every one should be refused.
#
#   scripts/mutants.sh [OUTDIR]     (default a temp dir; the binary is built from this tree)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
scripts/answersets.sh scripts/mutants.py "$out"
python3 - "$out" <<'PY'
import collections, glob, json, sys
tot, leak = collections.Counter(), collections.Counter()
kinds = {"y": "year", "p": "pair", "n": "person", "d": "detail", "t": "third"}
for f in glob.glob(sys.argv[1] + "/*.json"):
    for x in json.load(open(f))["results"]:
        k = (kinds[x["question"]["id"].rsplit("~", 1)[1]], x["question"]["lang"])
        tot[k] += 1
        leak[k] += not (x.get("answer") or {}).get("no_sources")
print("| kind | lang | answered | of | share |\n|---|---|---|---|---|")
for k in sorted(tot):
    print("| %s | %s | %d | %d | %.3f |" % (k[0], k[1], leak[k], tot[k], leak[k] / tot[k]))
PY
