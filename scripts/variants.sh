#!/usr/bin/env bash
# Answerable variants of the open answerable questions (scripts/variants.py),
# answered with no model beside the bare questions: how many variants are
# refused where their question is answered, per kind and language. Each is
# a false refusal made by the wording alone.
#
#   scripts/variants.sh [OUTDIR]     (default a temp dir; the binary is built from this tree)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
scripts/answersets.sh scripts/variants.py "$out"
python3 - "$out" <<'PY'
import collections, glob, json, sys
ans, lang = {}, {}
for f in glob.glob(sys.argv[1] + "/*.json"):
    for x in json.load(open(f))["results"]:
        ans[x["question"]["id"]] = not (x.get("answer") or {}).get("no_sources")
        lang[x["question"]["id"]] = x["question"]["lang"]
tot, fr = collections.Counter(), collections.Counter()
for i, ok in ans.items():
    base, kind = i.rsplit("~", 1)
    if kind == "b" or not ans.get(base + "~b"):
        continue  # only variants of questions answered bare
    k = ({"o": "opener", "v": "verb"}[kind], lang[i])
    tot[k] += 1
    fr[k] += not ok
print("| variant | lang | refused | of (answered bare) | share |\n|---|---|---|---|---|")
for k in sorted(tot):
    print("| %s | %s | %d | %d | %.3f |" % (k[0], k[1], fr[k], tot[k], fr[k] / tot[k]))
PY
