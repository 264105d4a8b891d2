#!/usr/bin/env bash
# Scale run: N documents (copies of the development corpus under distinct names) through the real
# jar, measured with GNU time. Prints documents/second and peak RSS.
#   scripts/scale-run.sh 1000            # N documents, default JVM options
#   JAVA_OPTS=-Xmx768m scripts/scale-run.sh 10000
#   SCALE_ARGS="--briefing.force=true" scripts/scale-run.sh 1000   # extra job options
#   JAR=app/briefing-pack.jar JAVA_OPTS="-XX:SharedArchiveFile=app/app.jsa" scripts/scale-run.sh 1000   # another jar (AppCDS)
#   JAVA_OPTS="-Xmx768m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC" scripts/scale-run.sh 1000   # one-shot JVM options
#   LAUNCHER=1 scripts/scale-run.sh 1000   # through scripts/briefing (its trained start-up cache; JAVA_OPTS as it reads them)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: scripts/scale-run.sh N}
corpus=${CORPUS:-../shared/corpus/dev}
work=${SCALE_DIR:-target/scale/$n}
jar=${JAR:-target/briefing-pack.jar}
[ -f target/briefing-pack.jar ] || ./mvnw -B -q -DskipTests package
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }

mkdir -p "$work/input"
if [ "$(find "$work/input" -type f | wc -l)" -ne "$n" ]; then
  rm -rf "$work/input" && mkdir -p "$work/input"
  mapfile -t docs < <(find "$corpus" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | sort)
  for ((i = 0; i < n; i++)); do
    src=${docs[i % ${#docs[@]}]}
    base=$(basename "$src"); ext=${base##*.}; stem=${base%.*}
    cp "$src" "$work/input/$(printf '%s-%05d.%s' "$stem" "$i" "$ext")"
  done
fi

log="$work/time.log"
start=$(date +%s.%N)
if [ -n "${LAUNCHER:-}" ]; then # scripts/briefing: the jar started from its trained cache (JAVA_OPTS as it reads them)
  run=(env BRIEFING_JAR="$jar" scripts/briefing)
  env BRIEFING_JAR="$jar" scripts/briefing --help > /dev/null # builds the cache first, unmeasured, if it is not there
else
  # shellcheck disable=SC2206
  run=(java ${JAVA_OPTS:-} -jar "$jar")
fi
/usr/bin/time -v -o "$log" "${run[@]}" \
  --input="$work/input" --output="$work/output" --briefing.links.fetch=false \
  --spring.datasource.url="jdbc:h2:file:$PWD/$work/jobrepo" ${SCALE_ARGS:-} > "$work/run.log" 2>&1 || status=$?
end=$(date +%s.%N)
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log")
# The job's own time (after Spring start-up), from its closing log line: "... in 47.1 s; outputs in ..."
job=$(grep -E "documents? read" "$work/run.log" | tail -1 | sed -nE 's/.* in ([0-9.]+) s;.*/\1/p')
awk -v n="$n" -v s="$start" -v e="$end" -v rss="$rss_kb" -v rc="${status:-0}" -v cpu="$cpu" -v job="${job:-0}" 'BEGIN {
  wall = e - s
  printf "documents: %d\nwall: %.1f s\ndocuments/second: %.1f\nms/document: %.1f\n", n, wall, n / wall, 1000 * wall / n
  if (job > 0) printf "job (after start-up): %.1f s = %.1f ms/document\n", job, 1000 * job / n
  printf "CPU (user + system): %.1f s = %.1f ms/document\npeak RSS: %.0f MB\nexit: %s\n", cpu, 1000 * cpu / n, rss / 1024, rc
}'
grep -E "documents? read" "$work/run.log" | tail -1 || true
