#!/usr/bin/env bash
# Cold start: RUNS fresh JVMs, each over one document (the Paris input), per way of starting; prints each
# run and the medians of wall, CPU (user + system), peak RSS, Spring start-up and the job's steps.
#   jar        java -jar target/briefing-pack.jar
#   oneshot    java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -jar target/briefing-pack.jar
#   launcher   scripts/briefing (extracted jar + CDS archive, built on first use; see the README)
#   custom     the command in COLD_START_CMD (custom2, custom3, ...: in COLD_START_CMD2, COLD_START_CMD3, ...)
# Every run: links not fetched, a new pack (--briefing.force=true), its own H2 file database (created by
# a first, unmeasured run, so the tables exist as in a scheduled run).
# Usage: scripts/cold-start.sh [RUNS] [WAY...]     e.g. nice taskset -c 0,1 scripts/cold-start.sh 5 jar launcher
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
if [ $# -gt 0 ]; then ways=("$@"); else ways=(jar oneshot launcher); fi
work=target/cold-start
mkdir -p "$work/input"
cp input/paris-ai-summit-2025.txt "$work/input/"
args=(--input="$work/input" --briefing.links.fetch=false --briefing.force=true
  --spring.datasource.url="jdbc:h2:file:./$work/db;AUTO_SERVER=FALSE")

command_for() {
  case $1 in
    jar) echo "java -jar target/briefing-pack.jar" ;;
    oneshot) echo "java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -jar target/briefing-pack.jar" ;;
    launcher) echo "scripts/briefing" ;;
    custom*) v=COLD_START_CMD${1#custom} && echo "${!v}" ;;
    *) echo "unknown way: $1" >&2; exit 2 ;;
  esac
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for way in "${ways[@]}"; do
  # shellcheck disable=SC2086
  $(command_for "$way") "${args[@]}" --output="$work/out-$way" > "$work/$way-warmup.log" 2>&1 # tables, archive; not measured
  : > "$work/$way.tsv"
done
for ((i = 1; i <= runs; i++)); do
  for way in "${ways[@]}"; do # interleaved, so that a change in the machine's load falls on every way alike
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" $(command_for "$way") "${args[@]}" --output="$work/out-$way" \
      > "$work/$way.log" 2>&1
    read -r wall user sys rss < "$work/time.txt"
    spring=$(sed -n 's/.*Started .* in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\2/p' "$work/$way.log")
    steps=$(python3 - "$work/out-$way/latest/run-report.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
s = {x["name"]: x["millis"] for x in r["steps"]}
print(r["totalMillis"] / 1000, s.get("extract", 0) / 1000, s.get("render", 0) / 1000, s.get("renderRun", 0) / 1000)
EOF
)
    echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') $((rss / 1024)) $spring $steps" >> "$work/$way.tsv"
  done
done
for way in "${ways[@]}"; do
  echo "== $way: $(command_for "$way")  ($runs runs, load average at the end $(cut -d' ' -f1-3 /proc/loadavg))"
  echo "   wall s | CPU s | peak RSS MB | JVM + Spring up s | job s | extract s | render s | renderRun s"
  sed 's/^/   /' "$work/$way.tsv"
  printf "   median:"
  for col in 1 2 3 4 5 6 7 8; do printf " %s" "$(cut -d' ' -f$col "$work/$way.tsv" | median)"; done
  echo
done
