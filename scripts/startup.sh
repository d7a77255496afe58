#!/usr/bin/env bash
# Launch to readiness and rules reload, measured on this machine (docs/performance.md, rows 10 and 12):
#   1. builds the jar and its fast-start form (scripts/cds-archive.sh: the extracted jar and its CDS archive);
#   2. makes a store (H2 under target/startup/) with one first start, which seeds it and prints the admin key;
#   3. starts each variant STARTS times on that existing store and prints each launch-to-readiness time (from the
#      launch of java to the first 200 UP of /actuator/health/readiness), the process's CPU time by then, the load
#      average, and the median; variants: cds (the documented deployment: extracted jar + archive) and jar
#      (java -jar of the fat jar, as before);
#   4. with the last start still up, reloads the rules RELOADS times the way an admin does (POST
#      /api/v1/rules/reload after a change of a DRL file in the instance's rules folder: compile aside, store as a
#      new version, publish, swap in) and publishes an earlier version once (a rollback), each timed end to end by
#      the client, and prints the median.
# Not part of ./mvnw verify.
#
#   scripts/startup.sh                         # defaults below
#   STARTS=5 VARIANTS="cds" SKIP_BUILD=1 scripts/startup.sh
#   JAVA_OPTS="-Xmx1g" scripts/startup.sh   # the archive is made with the same options
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ready.sh

PORT=${PORT:-18080}
STARTS=${STARTS:-5}
RELOADS=${RELOADS:-5}
VARIANTS=${VARIANTS:-cds jar}
JAVA_OPTS=${JAVA_OPTS:-@scripts/jvm.options} # the deployment's options, as in the README's deployment command
WORK=target/startup
BASE="http://127.0.0.1:$PORT"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -B -q -DskipTests package
  PORT=$((PORT + 1)) JAVA_OPTS="$JAVA_OPTS" scripts/cds-archive.sh
fi
JAR=$(ls target/gba-advisor-*.jar | grep -v original | head -1)
NAME=$(basename "$JAR")
[ -f target/app/application.jsa ] || { echo "no target/app/application.jsa: run scripts/cds-archive.sh"; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK"
cp -r rules "$WORK/rules" # the instance's own rules folder, which the reloads change
DB="jdbc:h2:file:$PWD/$WORK/store/advisor;LOCK_TIMEOUT=10000;WRITE_DELAY=0"
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null || true' EXIT

command_of() { # variant
  case "$1" in
    cds) echo "java $JAVA_OPTS -XX:SharedArchiveFile=target/app/application.jsa -jar target/app/$NAME" ;;
    jar) echo "java $JAVA_OPTS -jar $JAR" ;;
    *) echo "unknown variant $1" >&2; exit 1 ;;
  esac
}

# Starts a variant and waits for readiness UP; sets PID and READY_MS, CPU_MS.
start() { # variant log
  local cmd start_ns
  cmd=$(command_of "$1")
  if curl -s -o /dev/null "$BASE/"; then echo "something already answers on port $PORT (PORT=…)"; exit 1; fi
  start_ns=$(date +%s%N)
  # shellcheck disable=SC2086
  $cmd --server.port="$PORT" --spring.datasource.url="$DB" --advisor.rules-dir="$WORK/rules" >"$2" 2>&1 &
  PID=$!
  wait_ready "$BASE" "$PID" "$2"
  READY_MS=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$PID/stat")
}

stop() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

start cds "$WORK/first.log"
KEY=$(grep -o 'First admin key[^:]*: [^ ]*' "$WORK/first.log" | awk '{print $NF}')
[ -n "$KEY" ] || { echo "no admin key in $WORK/first.log"; exit 1; }
stop
echo "store: $WORK/store (made and seeded by a first start); rules folder: $WORK/rules"

for variant in $VARIANTS; do
  echo "== $variant: $(command_of "$variant")"
  times=()
  for i in $(seq 1 "$STARTS"); do
    sleep 2 # let the last one's exit settle
    log="$WORK/$variant-$i.log"
    start "$variant" "$log"
    echo "start $i: ready after $READY_MS ms (cpu $CPU_MS ms; load average $(cut -d' ' -f1-3 /proc/loadavg));" \
      "$(grep -o 'Started AdvisorApplication in [0-9.]* seconds' "$log" || true)"
    times+=("$READY_MS")
    stop
  done
  echo "$variant: median launch to readiness $(printf '%s\n' "${times[@]}" | median) ms over $STARTS starts"
done

# the reloads, on one more start of the first variant
first=$(echo "$VARIANTS" | awk '{print $1}')
sleep 2
start "$first" "$WORK/reloads.log"
echo "== reloads on a $first start (ready after $READY_MS ms)"
reload_times=()
drl=$(cd "$WORK/rules" && ls models/*.drl | head -1)
for i in $(seq 1 "$RELOADS"); do
  echo "// reload $i at $(date +%s%N): a change of the DRL text, so the whole folder is compiled again" >>"$WORK/rules/$drl"
  out=$(curl -s -w ' %{http_code} %{time_total}' -X POST -H "X-API-Key: $KEY" "$BASE/api/v1/rules/reload")
  code=$(echo "$out" | awk '{print $(NF-1)}')
  secs=$(echo "$out" | awk '{print $NF}')
  echo "$out" | grep -q '"swapped":true' || { echo "reload $i not swapped: $out"; exit 1; }
  ms=$(awk -v s="$secs" 'BEGIN { printf "%d", s * 1000 }')
  served=$(curl -s -o /dev/null -D - "$BASE/api/v1/catalog" | tr -d '\r' | sed -n 's/^X-Rules-Version: //Ip')
  version=$(echo "$out" | sed -E 's/.*"version":"([^"]+)".*/\1/')
  [ "$served" = "$version" ] || { echo "reload $i: serves $served, not $version"; exit 1; }
  echo "reload $i: $code in $ms ms, serving rule set $(echo "$out" | sed -E 's/.*"ruleSet":([0-9]+).*/\1/') ($version);" \
    "load average $(cut -d' ' -f1 /proc/loadavg)"
  reload_times+=("$ms")
done
echo "reload: median $(printf '%s\n' "${reload_times[@]}" | median) ms over $RELOADS reloads (each a new DRL text: its single-place rules compiled afresh)"
out=$(curl -s -w ' %{http_code} %{time_total}' -X POST -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
  -d '{"comment": "rollback, timed by scripts/startup.sh"}' "$BASE/api/v1/rules/versions/1/publish")
echo "publish rule set 1 (a rollback: its DRL compiled here, read back as the start kept it, then swapped in): $(echo "$out" | awk '{print $(NF-1)}')" \
  "in $(awk -v s="$(echo "$out" | awk '{print $NF}')" 'BEGIN { printf "%d", s * 1000 }') ms"
echo "compiles in the server (the start's, then each reload's and the rollback's):"
sed -nE 's/.*Loaded ([0-9]+ rules).*(CLASSIC|EXECUTABLE_MODEL) build(.*)\)$/  \1, \2\3/p' "$WORK/reloads.log"
stop
