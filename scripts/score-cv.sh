#!/usr/bin/env bash
# The answerability score's whole recipe: dump the features of every open
# labelled set through the real pipeline (no model), then fit and judge the
# score by leaving one set out at a time (answer/internal/scorefit).
#
#   scripts/score-cv.sh [DIR] [-- FIT FLAGS]   dumps into DIR (default a temp dir),
#                                              prints the left-out folds' table
# e.g. scripts/score-cv.sh /tmp/score -- -split -l2 0.1
# The blind sets (testdata/eval/heldout.jsonl, testdata/eval6/, testdata/eval8/) are never read.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"

dir=${1:-$(mktemp -d)}
[ "$#" -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
mkdir -p "$dir/questions"
go build -o "$dir/detente" ./cmd/detente
go run ./answer/internal/scorefit fresh -out "$dir/questions"

dump() { # name articles questions [boilerplate]
	local bp=()
	[ -n "${4:-}" ] && bp=(--boilerplate "$4")
	"$dir/detente" --data "$(mktemp -d)" eval --corpus "$2" --answers "${bp[@]}" \
		--judge-features "$dir/$1.jsonl" "$3" >/dev/null 2>"$dir/$1.log"
}
dump tune testdata/eval/articles testdata/eval/tune.jsonl testdata/eval/boilerplate.txt
dump tune-probe testdata/eval/articles "$dir/questions/tune-probe.jsonl"
for n in 2 3 4 5 7; do
	dump "eval$n" "testdata/eval$n/articles" "testdata/eval$n/questions.jsonl" "testdata/eval$n/boilerplate.txt"
done
for s in frgen nmgen nmgen2 wbullet; do
	dump "$s" "answer/testdata/$s/articles" "$dir/questions/$s.jsonl"
done
go run ./answer/internal/scorefit fit "$@" "$dir"/*.jsonl
