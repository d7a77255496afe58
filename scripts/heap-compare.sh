#!/usr/bin/env bash
# Two heap settings side by side (docs/performance.md, row 7): two instances of one jar run at once, one with
# JAVA_OPTS_A (the default heap), one with JAVA_OPTS_B (the deployment's -Xms512m -Xmx512m), each on its own store; after a warm-up of each,
# every endpoint gets ROUNDS slices per instance taken in turn (A bare, B bare, A miss, B miss, …), so that the
# machine's changing load falls on both alike, which one run after the other does not (row 7b swung by 15 % on the
# bare endpoint, which no heap size moves). Only the instance being measured is loaded.
# Prints requests per second per instance and endpoint, B ÷ A, GC pauses during the measured slices, resident
# memory and the heap after a full GC before and after. Not part of ./mvnw verify.
#
#   scripts/heap-compare.sh
#   JAVA_OPTS_B="-Xmx512m -XX:+UseParallelGC" SLICE=5s ROUNDS=6 scripts/heap-compare.sh
# Two builds side by side instead (same options on both): JAR_A the build before a change, JAR_B after, e.g.
#   JAR_A=/tmp/before/app/gba-advisor-0.1.0-SNAPSHOT.jar JAR_B=target/app/gba-advisor-0.1.0-SNAPSHOT.jar \
#     JAVA_OPTS_A=@scripts/jvm.options JAVA_OPTS_B=@scripts/jvm.options ENDPOINTS="bare echo miss hit" scripts/heap-compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ready.sh
. scripts/wrk-lib.sh

PORT=${PORT:-18090}
FIXTURE=${FIXTURE:-shenzhen}
SLICE=${SLICE:-5s}
ROUNDS=${ROUNDS:-4}
WARMUP=${WARMUP:-120s} # 40 s left the small heap in its warm-up (docs/performance.md, row 7)
ENDPOINTS=${ENDPOINTS:-bare miss hit}
JAVA_OPTS_A=${JAVA_OPTS_A:-}
JAVA_OPTS_B=${JAVA_OPTS_B:--Xms512m -Xmx512m}
WORK=target/heap-compare

ensure_wrk
JAR=$(jar_to_run)
declare -A JARS=([A]=${JAR_A:-$JAR} [B]=${JAR_B:-$JAR})
rm -rf "$WORK"
mkdir -p "$WORK"
cp "fixtures/$FIXTURE.json" "$WORK/body.json"

declare -A PID OPTS URL
OPTS[A]=$JAVA_OPTS_A
OPTS[B]=$JAVA_OPTS_B
trap 'kill ${PID[A]:-} ${PID[B]:-} 2>/dev/null || true' EXIT
port=$PORT
for v in A B; do
  URL[$v]="http://127.0.0.1:$port"
  # shellcheck disable=SC2086
  java ${OPTS[$v]} -Xlog:gc:file="$WORK/gc-$v.log" -jar "${JARS[$v]}" --server.port="$port" --advisor.bench.echo-endpoint=true \
    --spring.datasource.url="jdbc:h2:file:$PWD/$WORK/store-$v/advisor" >"$WORK/server-$v.log" 2>&1 &
  PID[$v]=$!
  port=$((port + 1))
done
for v in A B; do wait_ready "${URL[$v]}" "${PID[$v]}" "$WORK/server-$v.log"; done

run() { wrk_run "$WORK/body.json" "${URL[$1]}${PATHS[$2]}" "$2" "$3"; } # instance endpoint duration: sets SUMMARY
pauses() { grep -c 'Pause' "$WORK/gc-$1.log" || true; }
pause_ms() { grep 'Pause' "$WORK/gc-$1.log" | sed -E 's/.* ([0-9.]+)ms$/\1/' | awk '{ s += $1 } END { printf "%.0f", s }'; }

echo "warm-up: $WARMUP of cache misses and $WARMUP of the hit on each instance"
for v in A B; do run "$v" miss "$WARMUP"; run "$v" hit "$WARMUP"; done

declare -A HEAP0 RSS0 N0 MS0 REQ SEC TICKS
for v in A B; do
  HEAP0[$v]=$(heap_after_gc "${PID[$v]}"); RSS0[$v]=$(awk '/VmRSS/ {print $2}' "/proc/${PID[$v]}/status")
  N0[$v]=$(pauses "$v"); MS0[$v]=$(pause_ms "$v")
  for e in $ENDPOINTS; do REQ[$v$e]=0; SEC[$v$e]=0; TICKS[$v$e]=0; done
done
echo "measured: $ROUNDS rounds of $SLICE per endpoint and instance, $CONNECTIONS connections; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  for e in $ENDPOINTS; do
    for v in A B; do
      t0=$(cpu_ticks "${PID[$v]}")
      run "$v" "$e" "$SLICE"
      TICKS[$v$e]=$(( TICKS[$v$e] + $(cpu_ticks "${PID[$v]}") - t0 ))
      REQ[$v$e]=$(( REQ[$v$e] + $(summary_field requests) ))
      SEC[$v$e]=$(awk -v a="${SEC[$v$e]}" -v b="$(summary_field seconds)" 'BEGIN { print a + b }')
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for v in A B; do
  echo "$v [${OPTS[$v]:-(default heap)}; ${JARS[$v]}]: gc pauses while measured $(( $(pauses "$v") - N0[$v] )), $(( $(pause_ms "$v") - MS0[$v] )) ms;" \
    "rss $(( RSS0[$v] / 1024 )) -> $(( $(awk '/VmRSS/ {print $2}' "/proc/${PID[$v]}/status") / 1024 )) MiB;" \
    "heap used after a full GC ${HEAP0[$v]} -> $(heap_after_gc "${PID[$v]}")"
done
for e in $ENDPOINTS; do
  awk -v e="$e" -v ra="${REQ[A$e]}" -v sa="${SEC[A$e]}" -v rb="${REQ[B$e]}" -v sb="${SEC[B$e]}" \
    -v ta="${TICKS[A$e]}" -v tb="${TICKS[B$e]}" -v hz="$TICK" 'BEGIN {
    a = ra / sa; b = rb / sb; ca = ta / hz * 1e6 / ra; cb = tb / hz * 1e6 / rb
    printf "%-5s A %8.1f req/s %6.0f us cpu/req   B %8.1f req/s %6.0f us cpu/req   B to A %.2f (by cpu %.2f)\n", \
      e, a, ca, b, cb, b / a, ca / cb }'
done
grep -ac ' ERROR ' "$WORK"/server-*.log | sed 's/^/server log ERROR lines: /' || true
