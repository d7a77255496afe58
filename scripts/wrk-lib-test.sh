#!/usr/bin/env bash
# Checks scripts/wrk-lib.sh without a server: wrk is stood in for by a function that prints the summary line
# scripts/wrk-report.lua prints. Run by .ci/run; the load scripts' figures rest on these:
#   - a miss run moves START past the profiles it sent, and a run of another endpoint leaves it, so that no measured
#     miss re-sends a profile an earlier run sent (a subshell once lost START and turned misses into hits);
#   - summary_field reads each field of the summary line;
#   - heap_after_gc sums the generations of collectors that print one line each.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/wrk-lib.sh

fail() { echo "wrk-lib-test: $*" >&2; exit 1; }
SENT=$(mktemp) # wrk runs in wrk_run's command substitution, so it records the START it was given in a file
trap 'rm -f "$SENT"' EXIT
wrk() { # the stand-in: answers 1000 requests in 5 s
  echo "$START" >>"$SENT"
  echo "Running 5s test"
  echo "SUMMARY requests=1000 errors=2 non2xx=0 rps=200.0 p50_ms=12.5 p99_ms=80.0 max_ms=95.1 seconds=5.001"
}

CONNECTIONS=32 THREADS=2
wrk_run body.json http://127.0.0.1:1/api/v1/advice miss 5s
[ "$START" = $(( (1000 + 100 * 32) * 2 )) ] || fail "a miss run left START at $START"
first=$START
wrk_run body.json http://127.0.0.1:1/api/v1/advice hit 5s
[ "$START" = "$first" ] || fail "a hit run moved START to $START"
wrk_run body.json http://127.0.0.1:1/api/v1/advice miss 5s
third=$(sed -n 3p "$SENT")
[ "$third" = "$first" ] || fail "the second miss run started at $third, not where the first stopped ($first)"
[ "$START" = $(( 2 * first )) ] || fail "two miss runs left START at $START"

[ "$(summary_field requests)" = 1000 ] || fail "requests read as $(summary_field requests)"
[ "$(summary_field errors)" = 2 ] || fail "errors read as $(summary_field errors)"
[ "$(summary_field seconds)" = 5.001 ] || fail "seconds read as $(summary_field seconds)"
[ "$(summary_field p50_ms)" = 12.5 ] || fail "p50_ms read as $(summary_field p50_ms)"

jcmd() { # the stand-in for jcmd PID GC.run / GC.heap_info
  [ "$2" = GC.heap_info ] || return 0
  case "$1" in
    g1) echo " garbage-first heap   total 524288K, used 107902K [0x00000000e0000000, 0x0000000100000000)" ;;
    parallel) printf ' PSYoungGen      total 152576K, used 5632K [0x1, 0x2, 0x3)\n ParOldGen       total 349696K, used 102567K [0x4, 0x5, 0x6)\n' ;;
  esac
}
[ "$(heap_after_gc g1)" = 107902K ] || fail "G1's heap read as $(heap_after_gc g1)"
[ "$(heap_after_gc parallel)" = 108199K ] || fail "the parallel collector's heap read as $(heap_after_gc parallel)"
echo "wrk-lib-test: passed"
