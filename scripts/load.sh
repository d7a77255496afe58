#!/usr/bin/env bash
# Load run against the real server on loopback: POST /api/v1/advice with a fixture beside an echo endpoint
# that parses and writes back the same JSON, in one server process. Prints start-up time, requests per
# second, p50/p99 latency, the advice/echo ratio, errors and resident memory. Not part of ./mvnw -B verify.
#
#   scripts/load.sh                    # defaults below
#   FIXTURE=shenzhen DURATION=60s CONNECTIONS=64 WARMUP=60s scripts/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
FIXTURE=${FIXTURE:-dongguan}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DURATION=${DURATION:-60s}
WARMUP=${WARMUP:-60s}
JAVA_OPTS=${JAVA_OPTS:-}
BASE="http://127.0.0.1:$PORT"

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)"
  apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi

if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -B -q -DskipTests package
fi
JAR=$(ls target/gba-advisor-*.jar | grep -v original | head -1)
LOG=target/load-server.log

start_ns=$(date +%s%N)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --advisor.bench.echo-endpoint=true >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
until curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$PID" 2>/dev/null || { echo "server died; see $LOG"; exit 1; }
  sleep 0.05
done
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
echo "start-up: ready after ${ready_ms} ms (launch to readiness UP); $(grep -o 'Started AdvisorApplication in [0-9.]* seconds' "$LOG" || true); $(grep -o '[A-Z_]* build, [0-9]* ms' "$LOG" || true)"
echo "rss after start: $(awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/$PID/status)"

BODY=$(mktemp)
cp "fixtures/$FIXTURE.json" "$BODY"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$BODY" "$BASE/api/v1/advice")
[ "$code" = 200 ] || { echo "advice answered $code"; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$BODY" "$BASE/api/v1/bench/echo")
[ "$code" = 200 ] || { echo "echo answered $code"; exit 1; }

run() { # name path duration
  BODY="$BODY" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout 10s -s scripts/wrk-report.lua "$BASE$2" \
    | grep '^SUMMARY' | sed "s/^SUMMARY/$1/"
}
heap_after_gc() {
  jcmd "$PID" GC.run >/dev/null
  jcmd "$PID" GC.heap_info | awk '/garbage-first heap|total/ && /used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'
}

echo "warm-up: $WARMUP each, advice then echo (the JIT needs minutes on two cores)"
run warmup-advice /api/v1/advice "$WARMUP" >/dev/null
run warmup-echo /api/v1/bench/echo "$WARMUP" >/dev/null

rss_before=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
heap_before=$(heap_after_gc)
echo "measured: $DURATION each, $CONNECTIONS connections, $THREADS wrk threads, body fixtures/$FIXTURE.json ($(wc -c <"$BODY") bytes)"
echo_line=$(run echo /api/v1/bench/echo "$DURATION"); echo "$echo_line"
advice_line=$(run advice /api/v1/advice "$DURATION"); echo "$advice_line"
rss_after=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
heap_after=$(heap_after_gc)

rps() { echo "$1" | sed -E 's/.* rps=([0-9.]+).*/\1/'; }
awk -v a="$(rps "$advice_line")" -v e="$(rps "$echo_line")" 'BEGIN { printf "ratio advice/echo: %.2f\n", a / e }'
echo "rss: $((rss_before / 1024)) MiB before the measured runs, $((rss_after / 1024)) MiB after"
echo "heap used after a full GC: $heap_before before the measured runs, $heap_after after"
curl -s "$BASE/actuator/metrics/advisor.evaluations" | sed -E 's/.*"statistic":"COUNT","value":([0-9.E]+).*/evaluations counted by the server: \1/'
echo
grep -c ' ERROR ' "$LOG" | sed 's/^/server log ERROR lines: /' || true
rm -f "$BODY"
