#!/usr/bin/env bash
# Start-up: wall time of one run over the Paris input (one document), three ways, REPEAT times each:
#   plain      java -jar target/briefing-pack.jar
#   lazy       the same with --spring.main.lazy-initialization=true
#   cds        the jar extracted (java -Djarmode=tools ... extract) plus an AppCDS archive trained with
#              -XX:ArchiveClassesAtExit and -Dspring.context.exit=onRefresh
# Usage: scripts/startup.sh [REPEAT]   (needs target/briefing-pack.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=${1:-3}
work=target/startup
rm -rf "$work" && mkdir -p "$work/input"
cp ../shared/corpus/dev/paris-ai-summit-2025.txt "$work/input/"
args=(--input="$work/input" --briefing.links.fetch=false --briefing.force=true --spring.datasource.url="jdbc:h2:mem:startup")

if [ ! -f "$work/extracted/briefing-pack.jar" ]; then
  java -Djarmode=tools -jar target/briefing-pack.jar extract --destination "$work/extracted" >/dev/null
  java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$work/extracted/briefing-pack.jar" "${args[@]}" --output="$work/out-train" >/dev/null 2>&1 || true
fi

measure() {
  local name=$1; shift
  for ((i = 0; i < repeat; i++)); do
    local s e
    s=$(date +%s.%N)
    "$@" "${args[@]}" --output="$work/out-$name" > "$work/$name.log" 2>&1
    e=$(date +%s.%N)
    ready=$(sed -n 's/.*process running for \([0-9.]*\)).*/\1/p' "$work/$name.log")
    awk -v n="$name" -v s="$s" -v e="$e" -v r="$ready" 'BEGIN { printf "%-6s run %.2f s, context ready after %s s\n", n, e - s, r }'
  done
}
measure plain java -jar target/briefing-pack.jar
measure lazy java -jar target/briefing-pack.jar --spring.main.lazy-initialization=true
measure cds java -XX:SharedArchiveFile="$work/app.jsa" -jar "$work/extracted/briefing-pack.jar"
