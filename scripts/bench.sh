#!/usr/bin/env bash
# Detente benchmark suite: one table of search latency (hybrid vs raw
# chromem-go vs the dot-product floor), cold start, memory, ingest.
#
#   scripts/bench.sh            full run (1k/10k/100k chunks × 384/1536 dims; minutes),
#                               table printed and written into BENCHMARKS.md
#   scripts/bench.sh --smoke    1k chunks only, under a minute, prints the table (CI)
#   scripts/bench.sh -- ARGS    extra flags for bench/cmd/detente-bench (e.g. -cpuprofile cpu.prof)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"

smoke=0
extra=()
for a in "$@"; do
  case "$a" in
    --smoke) smoke=1 ;;
    --) ;;
    *) extra+=("$a") ;;
  esac
done

bin=$(mktemp -d)/detente-bench
trap 'rm -rf "$(dirname "$bin")"' EXIT
# The cold-start measurement re-executes this binary, so build it once
# (not go run, whose temporary binary would be rebuilt and timed).
CGO_ENABLED=0 go build -o "$bin" ./bench/cmd/detente-bench

if [ "$smoke" = 1 ]; then
  # Retrieval quality floors on the shipped seeds: run here, without -race,
  # because under the race detector SQLite FTS5 is ~25x slower (see eval/seeds_test.go).
  go test -count=1 -run '^TestSeedQuestionFloors$' ./eval/
  "$bin" -smoke "${extra[@]}"
  exit 0
fi
# The 10k-subscriber digest broadcast lives in digest's test files; run it
# once and hand its result line to the table.
digest_out="$(dirname "$bin")/digest-bench.txt"
go test -run '^$' -bench '^BenchmarkBroadcast10k$' -benchtime 1x ./digest/ | tee "$digest_out" >&2
"$bin" -write BENCHMARKS.md -digest-bench "$digest_out" "${extra[@]}"
