#!/usr/bin/env bash
# Crash durability: a burst of concurrent profile submissions, kill -9 in the middle of it, a restart on the
# same data, then every version that was answered 201 must be there with its hash and its content, the
# versions of each id must run 1..n without a gap, and the next submission must get a number never handed out.
#
#   scripts/crash-check.sh                       # the embedded default (H2 under ./data of a scratch folder)
#   CRASH_DB_URL='jdbc:postgresql://localhost:5432/db?user=u&password=p' scripts/crash-check.sh
#
# Settings (environment): CRASH_PORT (default 18090), CRASH_DB_URL (default: none, the embedded store as
# configured in application.yaml), CRASH_SUBMITTERS (20), CRASH_SECONDS (10, the time from the first
# submission to kill -9), CRASH_JAR (default target/gba-advisor-*.jar; build it with ./mvnw -B package),
# CRASH_JAVA_OPTS (default: the deployment's, @scripts/jvm.options, Spring AOT included, so that what is checked is
# the start the README deploys).
# Needs java, curl and jq. Exits non-zero on any lost or reused version.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=${CRASH_PORT:-18090}
SUBMITTERS=${CRASH_SUBMITTERS:-20}
SECONDS_BEFORE_KILL=${CRASH_SECONDS:-10}
JAR=${CRASH_JAR:-$(ls "$ROOT"/target/gba-advisor-*.jar | grep -v original | head -1)}
JAVA_OPTS=${CRASH_JAVA_OPTS:-@$ROOT/scripts/jvm.options}
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
PID=
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

start() { # log file
  local args=(--server.port="$PORT" --advisor.rules-dir="$ROOT/rules" --advisor.fixtures-dir="$ROOT/fixtures")
  if [ -n "${CRASH_DB_URL:-}" ]; then args+=(--spring.datasource.url="$CRASH_DB_URL"); fi
  # The scratch folder is the working directory, so the embedded default makes its ./data there.
  # shellcheck disable=SC2086
  (cd "$WORK" && exec java $JAVA_OPTS -jar "$JAR" "${args[@]}") >"$1" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "$BASE/api/v1/catalog" && return 0
    kill -0 "$PID" 2>/dev/null || break
    sleep 1
  done
  echo "the instance on port $PORT did not start:"; tail -40 "$1"; exit 1
}

case "${CRASH_DB_URL:-}" in
  '') store="the embedded default store" ;;
  jdbc:postgresql:*) store="PostgreSQL" ;;
  *) store="${CRASH_DB_URL%%;*}" ;;
esac
echo "crash check on $store: $SUBMITTERS submitters, kill -9 after ${SECONDS_BEFORE_KILL}s"
start "$WORK/first.log"
for _ in $(seq 1 30); do grep -q 'First admin key' "$WORK/first.log" && break; sleep 1; done
ADMIN=$(grep -o 'First admin key.*: gba_[A-Za-z0-9_-]*' "$WORK/first.log" | grep -o 'gba_[A-Za-z0-9_-]*' || true)
if [ -z "$ADMIN" ]; then echo "no first admin key in the log (is the database empty?)"; exit 1; fi

RUN=$(date +%s)$$
IDS=("crash-a-$RUN" "crash-b-$RUN" "crash-c-$RUN")
OFFICIAL=$(jq -nc --arg a "${IDS[0]}" --arg b "${IDS[1]}" --arg c "${IDS[2]}" \
    '{role: "OFFICIAL", places: [$a, $b, $c], label: "crash check"}' \
  | curl -sf -H "X-API-Key: $ADMIN" -H 'Content-Type: application/json' -d @- "$BASE/api/v1/keys" | jq -r .key)
# One compact profile with a placeholder note: each submission's note is its own comment, so the content of
# every stored version can be told apart and checked.
PROFILE=$(jq -c '. + {note: "@NOTE@"}' "$ROOT/fixtures/zhongshan.json")

submitter() { # n
  local n=$1 i=0 id body out code
  id=${IDS[$((n % 3))]}
  while [ ! -e "$WORK/stop" ]; do
    i=$((i + 1))
    local comment="submitter $n, submission $i"
    body="{\"comment\":\"$comment\",\"profile\":${PROFILE/@NOTE@/$comment}}"
    body=${body/\"id\":\"zhongshan\"/\"id\":\"$id\"}
    # Only an answer received whole with its 201 counts as acknowledged.
    if out=$(curl -s -m 20 -w '\n%{http_code}' -H "X-API-Key: $OFFICIAL" -H 'Content-Type: application/json' \
        -d "$body" "$BASE/api/v1/profiles/$id/versions"); then
      code=${out##*$'\n'}
      if [ "$code" = 201 ]; then echo "${out%$'\n'*}" >>"$WORK/ack.$n"; fi
    fi
  done
}

SUBS=()
for n in $(seq 1 "$SUBMITTERS"); do submitter "$n" & SUBS+=($!); done
sleep "$SECONDS_BEFORE_KILL"
kill -9 "$PID"
wait "$PID" 2>/dev/null || true
PID=
touch "$WORK/stop"
for s in "${SUBS[@]}"; do wait "$s" || true; done
cat "$WORK"/ack.* 2>/dev/null | jq -c '{id: .profileId, v: .version, h: .hash, c: .comment}' >"$WORK/acked.jsonl" || true
ACKED=$(wc -l <"$WORK/acked.jsonl")
echo "killed with -9 after ${SECONDS_BEFORE_KILL}s; $ACKED submissions had been answered 201"
if [ "$ACKED" -lt 10 ]; then echo "too few acknowledged submissions to judge ($ACKED)"; exit 1; fi

start "$WORK/second.log"
FAIL=0
LOST=0
for id in "${IDS[@]}"; do
  curl -sf -H "X-API-Key: $OFFICIAL" "$BASE/api/v1/profiles/$id/versions" >"$WORK/stored.$id.json"
  n=$(jq length "$WORK/stored.$id.json")
  # consecutive from 1, never a gap or a repeat
  if ! jq -e '[.[].version] == [range(1; length + 1)]' "$WORK/stored.$id.json" >/dev/null; then
    echo "$id: the stored versions are not 1..$n"; FAIL=1
  fi
  while read -r a; do
    v=$(jq -r .v <<<"$a")
    stored=$(jq -c --argjson v "$v" '.[] | select(.version == $v) | {h: .hash, c: .comment}' "$WORK/stored.$id.json")
    if [ "$stored" != "$(jq -c '{h, c}' <<<"$a")" ]; then
      echo "$id@$v was answered 201 $(jq -c '{h, c}' <<<"$a") but is now: ${stored:-missing}"; LOST=$((LOST + 1))
      continue
    fi
    note=$(curl -sf -H "X-API-Key: $OFFICIAL" "$BASE/api/v1/profiles/$id/versions/$v" | jq -r .profile.note)
    if [ "$note" != "$(jq -r .c <<<"$a")" ]; then
      echo "$id@$v has the content of another submission: $note"; LOST=$((LOST + 1))
    fi
  done < <(jq -c --arg id "$id" 'select(.id == $id)' "$WORK/acked.jsonl")
  # the next number must be new: one past every version acknowledged before the crash
  body="{\"comment\":\"after the crash\",\"profile\":${PROFILE/@NOTE@/after the crash}}"
  body=${body/\"id\":\"zhongshan\"/\"id\":\"$id\"}
  next=$(curl -sf -H "X-API-Key: $OFFICIAL" -H 'Content-Type: application/json' -d "$body" \
    "$BASE/api/v1/profiles/$id/versions" | jq -r .version)
  highest=$(jq -s --arg id "$id" '[.[] | select(.id == $id) | .v] | max // 0' "$WORK/acked.jsonl")
  if [ "$next" -le "$highest" ]; then
    echo "$id: the first submission after the restart got version $next, already acknowledged (highest $highest)"
    FAIL=1
  fi
  echo "$id: $(jq -s --arg id "$id" '[.[] | select(.id == $id)] | length' "$WORK/acked.jsonl") acknowledged, $n stored, next version $next"
done
if [ "$LOST" -gt 0 ] || [ "$FAIL" -ne 0 ]; then
  echo "CRASH CHECK FAILED on $store: $LOST of $ACKED acknowledged versions lost or changed"
  exit 1
fi
echo "crash check passed on $store: all $ACKED acknowledged versions survived kill -9, no number reused"
