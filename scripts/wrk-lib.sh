# Sourced by the load scripts (load.sh, heap-compare.sh): wrk installed, the jar to run, the endpoints measured, wrk's
# load and the miss runs' profile numbers, the heap after a full GC and the CPU taken, so that both measure alike.
ensure_wrk() {
  command -v wrk >/dev/null && return
  echo "installing wrk (Debian package)"
  apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}
# JAR= another build (e.g. a copy of the jar before a change, to compare), which is then not built; SKIP_BUILD=1 the
# last one built
jar_to_run() {
  if [ -z "${JAR:-}" ]; then
    [ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q -DskipTests package >&2
    JAR=$(ls target/gba-advisor-*.jar | grep -v original | head -1)
  fi
  echo "$JAR"
}
# bare: the profile read and written from the first filter; echo: the same through every filter and the dispatcher;
# miss: advice for a different profile every request; hit: advice for the same profile every request
declare -A PATHS=([bare]=/api/v1/bench/bare [echo]=/api/v1/bench/echo [miss]=/api/v1/advice [hit]=/api/v1/advice)
declare -A VARIES=([bare]=0 [echo]=0 [miss]=1 [hit]=0)
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
# The next miss's profile number: every miss run sends profiles no earlier run sent (scripts/wrk-report.lua).
START=0
# wrk_run BODY URL ENDPOINT DURATION: runs wrk and sets SUMMARY to wrk-report.lua's summary line (requests=, seconds=,
# errors=, …); a miss run moves START past the profiles it sent. It sets globals, so call it as a command, never in
# $(…): a subshell would lose START and the next miss run would send the same profiles again, cache hits.
wrk_run() {
  SUMMARY=$(BODY="$1" VARY="${VARIES[$3]}" START="$START" THREADS="$THREADS" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --timeout 10s -s scripts/wrk-report.lua "$2" | grep '^SUMMARY')
  if [ "${VARIES[$3]}" = 1 ]; then
    START=$(( START + ($(summary_field requests) + 100 * CONNECTIONS) * THREADS ))
  fi
}
summary_field() { echo "$SUMMARY" | sed -E "s/.* $1=([0-9.]+).*/\1/"; } # name
heap_after_gc() { # pid; G1 prints one line for the heap, the parallel and serial collectors one per generation
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '
    /garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }
    /(PSYoungGen|ParOldGen|def new generation|tenured generation).*total/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); sum += v; found = 1 } }
    END { if (found) print sum "K" }'
}
# the CPU time of a process (user + system, all its threads: the workers, GC, JIT), in clock ticks
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# the JIT's compiler threads (C1, C2) and their CPU time in clock ticks, one "tid ticks" line each; jit_delta BEFORE
# AFTER sums what each took between the two (a thread started since counts whole: the JVM adds and ends them)
jit_ticks() {
  local t
  for t in /proc/"$1"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in C1\ Compiler*|C2\ Compiler*)
      awk -v tid="${t##*/}" '{ print tid, $14 + $15 }' "$t/stat" 2>/dev/null || true;; esac
  done
}
jit_delta() {
  awk 'NR == FNR { was[$1] = $2; next } { sum += $2 - ($1 in was ? was[$1] : 0) } END { print sum + 0 }' \
    <(echo "$1") <(echo "$2")
}
TICK=$(getconf CLK_TCK)
