#!/usr/bin/env bash
# A developer's local rules/ becomes a draft rule set on a server: every rule file (*.drl, parameters.yaml,
# catalog.yaml, region/*.yaml) is sent as one bundle (POST /api/v1/rules/versions, an admin's key). The server
# compiles it and stores it as a new draft; an admin reviews its diff and impact in the workbench and publishes.
#   ADVISOR_KEY=gba_… scripts/rules-upload.sh http://localhost:8080 "why this change" [rules-dir]
set -euo pipefail
URL=${1:?server URL, e.g. http://localhost:8080}
COMMENT=${2:?why this change}
DIR=${3:-rules}
KEY=${ADVISOR_KEY:?an admin key in ADVISOR_KEY}
ACTIVE=$(curl -sf -H "X-API-Key: $KEY" "$URL/api/v1/rules" | jq .activeRuleSet)
cd "$DIR"
FILES=$(find . -type f \( -name '*.drl' -o -name parameters.yaml -o -name catalog.yaml -o -path './region/*.yaml' \) \
  | sed 's|^\./||' | sort)
BODY=$(for f in $FILES; do jq -n --arg name "$f" --rawfile text "$f" '{($name): $text}'; done \
  | jq -s --arg comment "$COMMENT" --argjson base "$ACTIVE" '{basedOn: $base, comment: $comment, files: add}')
echo "$BODY" | curl -sS -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d @- "$URL/api/v1/rules/versions" | jq .
