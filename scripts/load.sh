#!/usr/bin/env bash
# Load run against the real server on loopback, one server process, side by side:
#   bare    POST /api/v1/bench/bare: reads and writes the profile from the first filter (no other filter, no MVC)
#   echo    POST /api/v1/bench/echo: the same through every filter and the dispatcher
#   miss    POST /api/v1/advice, a different profile every request (a cache miss: planners and officials)
#   hit     POST /api/v1/advice, the same profile every request (a cache hit: a portal repeating one)
# Prints start-up time, requests per second, p50/p99 latency, the ratios to the echo and to the bare endpoint,
# errors, resident memory and the heap after a full GC before and after the measured runs, and the load average.
# Not part of ./mvnw -B verify.
#
#   scripts/load.sh                    # defaults below
#   FIXTURE=shenzhen DURATION=60s CONNECTIONS=64 WARMUP=60s JAVA_OPTS=-Xmx512m scripts/load.sh
#   ENDPOINTS="echo miss" scripts/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
FIXTURE=${FIXTURE:-dongguan}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
ENDPOINTS=${ENDPOINTS:-bare echo miss hit}
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

declare -A PATHS=([bare]=/api/v1/bench/bare [echo]=/api/v1/bench/echo [miss]=/api/v1/advice [hit]=/api/v1/advice)
declare -A VARIES=([bare]=0 [echo]=0 [miss]=1 [hit]=0)
run() { # name duration
  BODY="$BODY" VARY="${VARIES[$1]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout 10s -s scripts/wrk-report.lua \
    "$BASE${PATHS[$1]}" | grep '^SUMMARY' | sed "s/^SUMMARY/$1/"
}
heap_after_gc() {
  jcmd "$PID" GC.run >/dev/null
  jcmd "$PID" GC.heap_info | awk '/garbage-first heap|total/ && /used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'
}
# the metrics need an admin key: ADMIN_KEY, or the first admin key a fresh store prints in the log
KEY=${ADMIN_KEY:-$(grep -o 'First admin key[^:]*: [^ ]*' "$LOG" | awk '{print $NF}' || true)}
evaluations() {
  [ -n "$KEY" ] || { echo 0; return; }
  curl -s -H "X-API-Key: $KEY" "$BASE/actuator/metrics/advisor.evaluations" \
    | sed -E 's/.*"statistic":"COUNT","value":([0-9.E]+).*/\1/'
}

echo "warm-up: $WARMUP of cache misses, then $WARMUP of the echo (the JIT needs minutes on two cores)"
run miss "$WARMUP" >/dev/null
run echo "$WARMUP" >/dev/null

rss_before=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
heap_before=$(heap_after_gc)
echo "measured: $DURATION each, $CONNECTIONS connections, $THREADS wrk threads, body fixtures/$FIXTURE.json ($(wc -c <"$BODY") bytes); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A RPS
for name in $ENDPOINTS; do
  before=$(evaluations)
  line=$(run "$name" "$DURATION")
  after=$(evaluations)
  RPS[$name]=$(echo "$line" | sed -E 's/.* rps=([0-9.]+).*/\1/')
  requests=$(echo "$line" | sed -E 's/.* requests=([0-9]+).*/\1/')
  [ -n "$KEY" ] || { echo "$line (evaluations per request: set ADMIN_KEY)"; continue; }
  echo "$line evaluations_per_request=$(awk -v a="$before" -v b="$after" -v r="$requests" 'BEGIN { printf "%.2f", (b - a) / (r > 0 ? r : 1) }')"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rss_after=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
heap_after=$(heap_after_gc)

for name in $ENDPOINTS; do
  awk -v n="$name" -v r="${RPS[$name]}" -v e="${RPS[echo]:-}" -v b="${RPS[bare]:-}" 'BEGIN {
    line = sprintf("ratio %-5s", n)
    if (e != "") line = line sprintf("  to echo %.2f", r / e)
    if (b != "") line = line sprintf("  to bare %.2f", r / b)
    print line }'
done
echo "rss: $((rss_before / 1024)) MiB before the measured runs, $((rss_after / 1024)) MiB after"
echo "heap used after a full GC: $heap_before before the measured runs, $heap_after after"
grep -c ' ERROR ' "$LOG" | sed 's/^/server log ERROR lines: /' || true
rm -f "$BODY"
