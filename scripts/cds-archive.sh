#!/usr/bin/env bash
# Builds the fast-start form of the service (docs/performance.md, row 10): the jar extracted into target/app
# (the application jar and lib/, so that the JVM can map their classes) and a class-data-sharing archive of the
# classes a start and the first requests load, target/app/application.jsa. Then start it with
#
#   java @scripts/jvm.options -XX:SharedArchiveFile=target/app/application.jsa -jar target/app/gba-advisor-0.1.0-SNAPSHOT.jar
#
# from the repository's root (rules/ and fixtures/ are read from the working directory, as with java -jar).
# The archive belongs to this jar and this JVM: rebuild it after every build (a stale one is refused by the JVM
# with a warning, and the service starts without it, only slower). Not part of ./mvnw verify.
#
#   scripts/cds-archive.sh              # uses target/gba-advisor-*.jar (./mvnw -B package -DskipTests first)
#   PORT=18081 scripts/cds-archive.sh
#   JAR=other.jar APP=/tmp/app JAVA_OPTS="-Xmx1g" scripts/cds-archive.sh
#
# How: a training run of the extracted jar on a throwaway store lists the classes it loads
# (-XX:DumpLoadedClassList) while it starts, seeds the store and answers a few requests; then a static dump
# (-Xshare:dump) archives them. OpenJDK 17's dynamic archive (-XX:ArchiveClassesAtExit) and a static dump of
# the full list both crash in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary on lambdas whose
# class cannot be archived (classes that fail verification, those of a signed jar), so a first
# dump without lambda entries names the classes it skips and the second leaves out the lambdas that touch them.
# The list's @lambda-form-invoker entries are left out too: with them, a start with the archive and Flight
# Recorder on (-XX:StartFlightRecording) crashes in KlassFactory::check_shared_class_file_load_hook.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ready.sh

PORT=${PORT:-18081}
JAVA=${JAVA:-java}
JAR=${JAR:-$(ls target/gba-advisor-*.jar | grep -v original | head -1)}
APP=${APP:-target/app}
# the JVM options of the start it is made for (scripts/jvm.options, the README's deployment command); the heap size
# decides how the archived objects are laid out, so a start with another -Xmx has them relocated first
JAVA_OPTS=${JAVA_OPTS:-@scripts/jvm.options}
WORK=${WORK:-target/cds-training}
NAME=$(basename "$JAR")

rm -rf "$APP" "$WORK"
mkdir -p "$WORK"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
# A signed jar's classes are never archived, and each one read is checked against the signature: that is ECJ,
# the Java compiler Drools compiles the rules' consequences with, read at every start. Its copy here loses its
# signature files (the bytes are those Maven checked on download); a tenth less CPU per start (docs/performance.md).
for lib in "$APP"/lib/*.jar; do
  signatures=$(jar tf "$lib" | grep -E '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$' || true)
  [ -n "$signatures" ] || continue
  if command -v zip >/dev/null; then
    # shellcheck disable=SC2086
    zip -q -d "$lib" $signatures
  else # the JDK's jar tool alone: unpack, drop the signature files, pack again with the same manifest
    abs=$(realpath "$lib")
    rm -rf "$WORK/unsigned" && mkdir -p "$WORK/unsigned"
    (cd "$WORK/unsigned" && jar xf "$abs" && rm -f $signatures && jar cfm "$abs" META-INF/MANIFEST.MF -C . .)
    rm -rf "$WORK/unsigned"
  fi
  echo "unsigned $lib (its classes can be archived)"
done

# the layout must not change after the dump: the archive records the class path's jars by size and time
echo "extracted $JAR into $APP ($(ls "$APP/lib" | wc -l) libraries)"

BASE="http://127.0.0.1:$PORT"
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -XX:DumpLoadedClassList="$WORK/classes.lst" -jar "$APP/$NAME" --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:$(realpath "$WORK")/store/advisor;LOCK_TIMEOUT=10000;WRITE_DELAY=0" \
  >"$WORK/training.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
wait_ready "$BASE" "$PID" "$WORK/training.log" 0.2
# the first requests' classes too: advice (stored and inline), the catalog, a region, the page
for path in /api/v1/profiles/dongguan/advice?lang=en /api/v1/catalog /api/v1/profiles / /actuator/health; do
  curl -fs -o /dev/null "$BASE$path"
done
curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary @fixtures/zhongshan.json "$BASE/api/v1/advice?lang=en"
curl -fs -o /dev/null -H 'Content-Type: application/json' -d '{"profileIds": ["hong-kong", "dongguan"]}' \
  "$BASE/api/v1/region/advice?lang=en"
kill "$PID"
wait "$PID" 2>/dev/null || true
trap - EXIT
echo "training run: $(grep -vc '^@' "$WORK/classes.lst") classes, $(grep -c '^@lambda-proxy' "$WORK/classes.lst") lambdas listed"

grep -v '^@lambda-proxy' "$WORK/classes.lst" >"$WORK/no-lambdas.lst"
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -Xshare:dump -XX:SharedClassListFile="$WORK/no-lambdas.lst" -XX:SharedArchiveFile="$WORK/probe.jsa" \
  -jar "$APP/$NAME" >"$WORK/dump-probe.log" 2>&1 || { echo "first dump failed; see $WORK/dump-probe.log"; exit 1; }
sed -nE 's/.*Skipping ([^:]+): .*/\1/p' "$WORK/dump-probe.log" | sort -u >"$WORK/skipped.txt"
rm -f "$WORK/probe.jsa"
# a lambda line names its caller, its interface and its implementation as internal names (a/b/C, La/b/C;)
awk 'NR == FNR { skip[$1] = 1; next }
     /^@lambda-proxy/ {
       line = $0; gsub(/[();\[]/, " ", line); n = split(line, words, " ")
       for (i = 2; i <= n; i++) { w = words[i]; sub(/^L/, "", w); if ((w in skip) || (words[i] in skip)) next }
     }
     /^@lambda-form-invoker/ { next }
     { print }' "$WORK/skipped.txt" "$WORK/classes.lst" >"$WORK/archived.lst"
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -Xshare:dump -XX:SharedClassListFile="$WORK/archived.lst" -XX:SharedArchiveFile="$APP/application.jsa" \
  -jar "$APP/$NAME" >"$WORK/dump.log" 2>&1 || { echo "dump failed; see $WORK/dump.log"; exit 1; }
echo "archive: $APP/application.jsa ($(du -m "$APP/application.jsa" | cut -f1) MB; $(wc -l <"$WORK/skipped.txt") classes" \
  "left out, e.g. those that fail verification; $(( $(grep -c '^@lambda-proxy' "$WORK/classes.lst") - $(grep -c '^@lambda-proxy' "$WORK/archived.lst") )) lambdas with them)"
echo "start: $JAVA $JAVA_OPTS -XX:SharedArchiveFile=$APP/application.jsa -jar $APP/$NAME"
