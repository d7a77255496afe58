#!/usr/bin/env bash
# Load run against the real server on loopback, one server process, side by side:
#   bare    POST /api/v1/bench/bare: reads and writes the profile from the first filter (no other filter, no MVC)
#   echo    POST /api/v1/bench/echo: the same through every filter and the dispatcher
#   miss    POST /api/v1/advice, a different profile every request (a cache miss: planners and officials)
#   hit     POST /api/v1/advice, the same profile every request (a cache hit: a portal repeating one)
# Each endpoint gets DURATION in all, in ROUNDS slices taken in turn (bare, echo, miss, hit, bare, echo, …), so
# that a change in the machine's load during the run falls on all of them alike.
# Prints start-up time, requests per second, p50/p99 latency, the server's CPU time per request, the ratios to the
# echo and to the bare endpoint (of throughput, and of CPU time per request, which a busy machine disturbs less),
# errors, resident memory and the heap after a full GC before and after the measured runs, and the load average.
# Not part of ./mvnw -B verify.
#
#   scripts/load.sh                    # defaults below
#   FIXTURE=shenzhen DURATION=60s CONNECTIONS=64 WARMUP=60s JAVA_OPTS=-Xmx512m scripts/load.sh
#   ENDPOINTS="echo miss" scripts/load.sh
#   PROFILE=1 scripts/load.sh          # also a JFR recording per measured endpoint, summed up by scripts/jfr-shares.py
# The server runs with the deployment's JVM options (scripts/jvm.options: the heap, the JIT's thresholds, Spring AOT)
# unless JAVA_OPTS says otherwise; a JAR= built without process-aot needs JAVA_OPTS without -Dspring.aot.enabled.
# After WARMUP of misses and of the echo, the warm-up goes on in rounds of every endpoint (WARMUP_ROUND each) until
# the JIT's compiler threads took under JIT_QUIET % of the server's CPU in a round, or WARMUP_MAX has passed: with
# the raised thresholds the JIT settles minutes into a run, and a measurement before that counts its compiling.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ready.sh
. scripts/wrk-lib.sh

PORT=${PORT:-18080}
FIXTURE=${FIXTURE:-dongguan}
DURATION=${DURATION:-20s}
ROUNDS=${ROUNDS:-4}
ENDPOINTS=${ENDPOINTS:-bare echo miss hit}
WARMUP=${WARMUP:-60s}
JAVA_OPTS=${JAVA_OPTS:-@scripts/jvm.options}
WARMUP_ROUND=${WARMUP_ROUND:-5s}
WARMUP_MAX=${WARMUP_MAX:-300s}
JIT_QUIET=${JIT_QUIET:-2}
PROFILE=${PROFILE:-}
BASE="http://127.0.0.1:$PORT"

ensure_wrk
JAR=$(jar_to_run)
LOG=target/load-server.log

start_ns=$(date +%s%N)
# shellcheck disable=SC2086
java $JAVA_OPTS ${PROFILE:+-XX:FlightRecorderOptions=stackdepth=512} -jar "$JAR" --server.port="$PORT" --advisor.bench.echo-endpoint=true >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
wait_ready "$BASE" "$PID" "$LOG"
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
echo "start-up: ready after ${ready_ms} ms (launch to readiness UP); $(grep -ao 'Started AdvisorApplication in [0-9.]* seconds' "$LOG" || true); $(grep -ao '[A-Z_]* build, [0-9]* ms' "$LOG" || true)"
echo "rss after start: $(awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/$PID/status)"

BODY=$(mktemp)
cp "fixtures/$FIXTURE.json" "$BODY"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$BODY" "$BASE/api/v1/advice")
[ "$code" = 200 ] || { echo "advice answered $code"; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$BODY" "$BASE/api/v1/bench/echo")
[ "$code" = 200 ] || { echo "echo answered $code"; exit 1; }

run() { wrk_run "$BODY" "$BASE${PATHS[$1]}" "$1" "$2"; } # name duration: sets SUMMARY
seconds() { case "$1" in *m) echo $(( ${1%m} * 60 ));; *s) echo "${1%s}";; *) echo "$1";; esac; }
# the metrics need an admin key: ADMIN_KEY, or the first admin key a fresh store prints in the log
KEY=${ADMIN_KEY:-$(grep -ao 'First admin key[^:]*: [^ ]*' "$LOG" | awk '{print $NF}' || true)}
evaluations() {
  [ -n "$KEY" ] || { echo 0; return; }
  curl -s -H "X-API-Key: $KEY" "$BASE/actuator/metrics/advisor.evaluations" \
    | sed -E 's/.*"statistic":"COUNT","value":([0-9.E]+).*/\1/'
}

echo "warm-up: $WARMUP of cache misses, then $WARMUP of the echo, then rounds of $ENDPOINTS until the JIT is quiet"
run miss "$WARMUP"
run echo "$WARMUP"
waited=0
while :; do
  cpu_before=$(cpu_ticks "$PID"); jit_before=$(jit_ticks "$PID")
  for name in $ENDPOINTS; do run "$name" "$WARMUP_ROUND"; done
  cpu=$(( $(cpu_ticks "$PID") - cpu_before )); jit=$(jit_delta "$jit_before" "$(jit_ticks "$PID")")
  waited=$(( waited + $(seconds "$WARMUP_ROUND") * $(echo $ENDPOINTS | wc -w) ))
  share=$(awk -v j="$jit" -v c="$cpu" 'BEGIN { printf "%.1f", (c > 0 ? 100 * j / c : 0) }')
  if awk -v s="$share" -v q="$JIT_QUIET" 'BEGIN { exit !(s < q) }'; then
    echo "JIT quiet: ${share} % of the server's CPU in the last warm-up round, after ${waited} s more"; break
  fi
  if [ "$waited" -ge "$(seconds "$WARMUP_MAX")" ]; then
    echo "JIT not quiet after ${waited} s more (WARMUP_MAX): ${share} % of the server's CPU in the last round"; break
  fi
done

slice=$(awk -v d="$(seconds "$DURATION")" -v r="$ROUNDS" 'BEGIN { printf "%.0f", d / r < 1 ? 1 : d / r }')
rss_before=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
heap_before=$(heap_after_gc "$PID")
echo "measured: $DURATION each in $ROUNDS rounds of ${slice}s, $CONNECTIONS connections, $THREADS wrk threads, body fixtures/$FIXTURE.json ($(wc -c <"$BODY") bytes); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A REQ SEC ERR NON2XX TICKS EVALS P50S P99 MAX JFRS
for name in $ENDPOINTS; do
  REQ[$name]=0; SEC[$name]=0; ERR[$name]=0; NON2XX[$name]=0; TICKS[$name]=0; EVALS[$name]=0; P50S[$name]=""
  P99[$name]=0; MAX[$name]=0; JFRS[$name]=""
done
for round in $(seq 1 "$ROUNDS"); do
  for name in $ENDPOINTS; do
    before=$(evaluations)
    cpu_before=$(cpu_ticks "$PID")
    [ -z "$PROFILE" ] || jcmd "$PID" JFR.start name="$name-$round" settings=profile >/dev/null
    run "$name" "${slice}s"
    if [ -n "$PROFILE" ]; then
      jcmd "$PID" JFR.stop name="$name-$round" filename="$PWD/target/load-$name-$round.jfr" >/dev/null
      JFRS[$name]="${JFRS[$name]} target/load-$name-$round.jfr"
    fi
    cpu_after=$(cpu_ticks "$PID")
    after=$(evaluations)
    REQ[$name]=$(( REQ[$name] + $(summary_field requests) ))
    ERR[$name]=$(( ERR[$name] + $(summary_field errors) ))
    NON2XX[$name]=$(( NON2XX[$name] + $(summary_field non2xx) ))
    TICKS[$name]=$(( TICKS[$name] + cpu_after - cpu_before ))
    SEC[$name]=$(awk -v a="${SEC[$name]}" -v b="$(summary_field seconds)" 'BEGIN { print a + b }')
    EVALS[$name]=$(awk -v a="${EVALS[$name]}" -v x="$before" -v y="$after" 'BEGIN { print a + y - x }')
    P50S[$name]="${P50S[$name]} $(summary_field p50_ms)"
    P99[$name]=$(awk -v a="${P99[$name]}" -v b="$(summary_field p99_ms)" 'BEGIN { print (b > a ? b : a) }')
    MAX[$name]=$(awk -v a="${MAX[$name]}" -v b="$(summary_field max_ms)" 'BEGIN { print (b > a ? b : a) }')
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rss_after=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
heap_after=$(heap_after_gc "$PID")

declare -A RPS CPU
for name in $ENDPOINTS; do
  RPS[$name]=$(awk -v r="${REQ[$name]}" -v s="${SEC[$name]}" 'BEGIN { printf "%.1f", r / s }')
  CPU[$name]=$(awk -v t="${TICKS[$name]}" -v r="${REQ[$name]}" -v k="$TICK" 'BEGIN { printf "%.0f", t * 1e6 / k / (r > 0 ? r : 1) }')
  p50=$(echo ${P50S[$name]} | tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')
  evals=$([ -n "$KEY" ] && awk -v e="${EVALS[$name]}" -v r="${REQ[$name]}" 'BEGIN { printf "%.2f", e / (r > 0 ? r : 1) }' || echo "(set ADMIN_KEY)")
  echo "$name requests=${REQ[$name]} errors=${ERR[$name]} non2xx=${NON2XX[$name]} rps=${RPS[$name]} p50_ms=$p50 (median of rounds) p99_ms=${P99[$name]} max_ms=${MAX[$name]} (worst round) cpu_us_per_request=${CPU[$name]} evaluations_per_request=$evals"
done
for name in $ENDPOINTS; do
  awk -v n="$name" -v r="${RPS[$name]}" -v e="${RPS[echo]:-}" -v b="${RPS[bare]:-}" \
      -v c="${CPU[$name]}" -v ce="${CPU[echo]:-}" -v cb="${CPU[bare]:-}" 'BEGIN {
    line = sprintf("ratio %-5s", n)
    if (e != "") line = line sprintf("  to echo %.2f", r / e)
    if (b != "") line = line sprintf("  to bare %.2f", r / b)
    line = line "   by CPU per request:"
    if (ce != "") line = line sprintf("  to echo %.2f", ce / c)
    if (cb != "") line = line sprintf("  to bare %.2f", cb / c)
    print line }'
done
echo "rss: $((rss_before / 1024)) MiB before the measured runs, $((rss_after / 1024)) MiB after"
echo "heap used after a full GC: $heap_before before the measured runs, $heap_after after"
if [ -n "$PROFILE" ]; then
  # shellcheck disable=SC2086
  for name in $ENDPOINTS; do python3 scripts/jfr-shares.py --name "$name" ${JFRS[$name]}; done
fi
grep -ac ' ERROR ' "$LOG" | sed 's/^/server log ERROR lines: /' || true
rm -f "$BODY"
