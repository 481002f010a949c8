#!/usr/bin/env bash
# Answerable variants of the open answerable questions (scripts/variants.py),
# answered with no model beside the bare questions: how many variants are
# refused where their question is answered, per kind and language. Each is
# a false refusal made by the wording alone.
# With --near, the context, indirect and order rewrites of the near misses
# of scripts/mutants.py: how many are answered (leaks), and how many of
# those the near miss itself was refused (leaks the rewrite opened).
#
#   scripts/variants.sh [--near] [OUTDIR]     (default a temp dir; the binary is built from this tree)
set -euo pipefail
cd "$(dirname "$0")/.."
near=
if [ "${1:-}" = --near ]; then near=--near; shift; fi
out=${1:-$(mktemp -d)}
GENFLAGS=$near scripts/answersets.sh scripts/variants.py "$out"
python3 - "$out" $near <<'PY'
import collections, glob, json, sys
ans, lang = {}, {}
for f in glob.glob(sys.argv[1] + "/*.json"):
    for x in json.load(open(f))["results"]:
        ans[x["question"]["id"]] = not (x.get("answer") or {}).get("no_sources")
        lang[x["question"]["id"]] = x["question"]["lang"]
names = {"o": "opener", "v": "verb", "c": "context", "i": "indirect", "r": "order"}
if len(sys.argv) > 2:  # near misses: every one should be refused
    tot, leak, new = collections.Counter(), collections.Counter(), collections.Counter()
    for i, ok in ans.items():
        base, kind = i.rsplit("~", 1)
        k = (names.get(kind, "(near miss)"), base.rsplit("~", 1)[1], lang[i])
        tot[k] += 1
        leak[k] += ok
        new[k] += ok and kind != "b" and not ans[base + "~b"]
    print("| rewrite | near | lang | answered | of | answered where the near miss is refused |\n|---|---|---|---|---|---|")
    for k in sorted(tot):
        print("| %s | %s | %s | %d | %d | %d |" % (k + (leak[k], tot[k], new[k])))
    sys.exit()
tot, fr = collections.Counter(), collections.Counter()
for i, ok in ans.items():
    base, kind = i.rsplit("~", 1)
    if kind == "b" or not ans.get(base + "~b"):
        continue  # only variants of questions answered bare
    k = (names[kind], lang[i])
    tot[k] += 1
    fr[k] += not ok
print("| variant | lang | refused | of (answered bare) | share |\n|---|---|---|---|---|")
for k in sorted(tot):
    print("| %s | %s | %d | %d | %.3f |" % (k[0], k[1], fr[k], tot[k], fr[k] / tot[k]))
PY
