#!/usr/bin/env bash
# One document whose text is a single line of N MB (one sentence, figures all along it) through the real
# application under -Xmx768m, measured with GNU time: wall time, peak RSS and the run's outcome.
#   scripts/big-line-run.sh 1 2 4 9          # sizes in MB
#   CP=target/classes:$(cat target/cp.txt) scripts/big-line-run.sh 1   # from compiled classes, no jar
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: scripts/big-line-run.sh MB..." >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
if [ -n "${CP:-}" ]; then
  app=(-cp "$CP" org.briefingpack.BriefingPackApplication)
else
  [ -f target/briefing-pack.jar ] || ./mvnw -B -q -DskipTests package
  app=(-jar target/briefing-pack.jar)
fi
printf '%-4s %-9s %-10s %-6s %s\n' MB wall_s peak_rss exit "document status"
for mb in "$@"; do
  work=target/big-line/$mb
  rm -rf "$work" && mkdir -p "$work/input"
  python3 - "$mb" "$work/input/big-line.txt" <<'PY'
import sys
mb, path = int(sys.argv[1]), sys.argv[2]
head = "Reykjavik Ocean Summit 2024\n\nThe Reykjavik Ocean Summit took place on 14 May 2024.\n\n"
unit = "and delegates of the fund pledged $5 million to coral reefs while 12 countries "
body = (unit * (mb * 1024 * 1024 // len(unit) + 1))[: mb * 1024 * 1024]
open(path, "w").write(head + "The Ocean Fund " + body + "ended.\n")
PY
  start=$(date +%s.%N)
  status=0
  /usr/bin/time -v -o "$work/time.log" java -Xmx768m ${JAVA_OPTS:-} "${app[@]}" \
    --input="$work/input" --output="$work/output" --briefing.links.fetch=false \
    --spring.datasource.url="jdbc:h2:file:$PWD/$work/jobrepo" > "$work/run.log" 2>&1 || status=$?
  end=$(date +%s.%N)
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.log")
  doc=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["documents"][0]["status"])' \
    "$work/output/latest/run-report.json" 2>/dev/null || true)
  awk -v mb="$mb" -v s="$start" -v e="$end" -v rss="$rss_kb" -v rc="$status" -v doc="${doc:-none}" \
    'BEGIN { printf "%-4s %-9.1f %-10s %-6s %s\n", mb, e - s, sprintf("%.0f MB", rss / 1024), rc, doc }'
done
