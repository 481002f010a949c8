#!/usr/bin/env bash
# Detente benchmark suite: one table of search latency (hybrid vs raw
# chromem-go vs the dot-product floor), cold start, memory, ingest.
#
#   scripts/bench.sh            full run (1k/10k/100k chunks × 384/1536 dims; minutes),
#                               table printed and written into BENCHMARKS.md
#   scripts/bench.sh --smoke    1k chunks only, under a minute, prints the table (CI); with
#                               DETENTE_TEST_POSTGRES_URL set it adds PostgreSQL vs SQLite at 1k
#   scripts/bench.sh --pg       PostgreSQL vs SQLite side by side (10k and 100k chunks; needs
#                               DETENTE_TEST_POSTGRES_URL, e.g. eval "$(scripts/pgserver.sh)"),
#                               written into BENCHMARKS.md between its own markers; then
#                               answers/s through 1 or 2 serve replicas at 200 users (its own
#                               markers; `scripts/bench.sh --pg -- -replicas-only` runs just that)
#   scripts/bench.sh -- ARGS    extra flags for bench/cmd/detente-bench (e.g. -cpuprofile cpu.prof)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"

smoke=0
pg=0
extra=()
for a in "$@"; do
  case "$a" in
    --smoke) smoke=1 ;;
    --pg) pg=1 ;;
    --) ;;
    *) extra+=("$a") ;;
  esac
done

bin=$(mktemp -d)/detente-bench
trap 'rm -rf "$(dirname "$bin")"' EXIT
# The cold-start measurement re-executes this binary, so build it once
# (not go run, whose temporary binary would be rebuilt and timed).
CGO_ENABLED=0 go build -o "$bin" ./bench/cmd/detente-bench

pg_url="${DETENTE_TEST_POSTGRES_URL:-}"
if [ "$pg" = 1 ]; then
  if [ -z "$pg_url" ]; then
    echo 'bench.sh --pg: DETENTE_TEST_POSTGRES_URL is not set; run eval "$(scripts/pgserver.sh)" first' >&2
    exit 2
  fi
  "$bin" -pg "$pg_url" -backends-only -write BENCHMARKS.md "${extra[@]}"
  exit 0
fi
pg_flags=()
if [ -n "$pg_url" ]; then
  pg_flags=(-pg "$pg_url")
fi

if [ "$smoke" = 1 ]; then
  # Retrieval quality floors on the shipped seeds: run here, without -race,
  # because under the race detector SQLite FTS5 is ~25x slower (see eval/seeds_test.go).
  go test -count=1 -run '^TestSeedQuestionFloors$' ./eval/
  "$bin" -smoke "${pg_flags[@]}" "${extra[@]}"
  exit 0
fi
# The 10k-subscriber digest broadcast lives in digest's test files; run it
# once and hand its result line to the table.
digest_out="$(dirname "$bin")/digest-bench.txt"
go test -run '^$' -bench '^BenchmarkBroadcast10k$' -benchtime 1x ./digest/ | tee "$digest_out" >&2
"$bin" -write BENCHMARKS.md -digest-bench "$digest_out" "${extra[@]}"
