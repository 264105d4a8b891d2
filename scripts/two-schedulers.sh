#!/usr/bin/env bash
# Two scheduler processes on one PostgreSQL job repository and one output folder, as two hosts in failover run
# them: ticks every 5 s for about a minute; at half time the instance that is running is killed with SIGKILL in the
# middle of its run. Prints what the job repository holds: runs, executions per run, overlaps, the killed run.
#   scripts/two-schedulers.sh                    # 60 s, PostgreSQL at 127.0.0.1:5432/test as the current user
#   SECONDS_TOTAL=90 PGURL=jdbc:postgresql://db:5432/briefing scripts/two-schedulers.sh
#   CP=$PWD/target/classes:$(cat target/cp.txt) scripts/two-schedulers.sh   # compiled classes, no jar (absolute)
set -euo pipefail
cd "$(dirname "$0")/.."
total=${SECONDS_TOTAL:-60}
pgurl=${PGURL:-jdbc:postgresql://127.0.0.1:5432/test}
pguser=${PGUSER:-$(id -un)}
schema=two_schedulers_$$
export PGOPTIONS=--client-min-messages=warning
psql_() { psql -h 127.0.0.1 -d test -U "$pguser" -At -c "$1"; }
if [ -n "${CP:-}" ]; then
  app=(-cp "$CP" org.briefingpack.BriefingPackApplication)
else
  [ -f target/briefing-pack.jar ] || ./mvnw -B -q -DskipTests package
  app=(-jar "$PWD/target/briefing-pack.jar")
fi
work=$PWD/target/two-schedulers
rm -rf "$work" && mkdir -p "$work/input" "$work/host-a" "$work/host-b"
cp src/test/resources/documents/*.{txt,md,html} "$work/input/"
psql_ "CREATE SCHEMA $schema" >/dev/null
trap 'kill -9 $(cat "$work"/*.pid 2>/dev/null) 2>/dev/null || true; psql_ "DROP SCHEMA $schema CASCADE" >/dev/null' EXIT
for host in a b; do
  (cd "$work/host-$host" && exec java -Xmx512m -XX:TieredStopAtLevel=1 "${app[@]}" \
    --briefing.schedule="*/5 * * * * *" --briefing.schedule-lock-ttl=6s --briefing.force=true \
    --input="$work/input" --output="$work/output" --briefing.links.fetch=false \
    --spring.datasource.url="$pgurl?currentSchema=$schema" --spring.datasource.username="$pguser" \
    --spring.datasource.password= > "$work/$host.log" 2>&1) &
  echo $! > "$work/$host.pid"
  disown
done
sleep $((total / 2))
killed=""
for _ in $(seq 1 600); do   # the first instance seen in the middle of a run (rendering) is killed
  for host in a b; do
    if tail -1 "$work/$host.log" | grep -q ": rendered "; then
      kill -9 "$(cat "$work/$host.pid")"; killed=$host; break 2
    fi
  done
  sleep 0.05
done
killed_run=$(grep -o 'run [0-9TZ-]*: reading' "$work/$killed.log" | tail -1 | cut -d' ' -f2 | tr -d :)
echo "killed host-$killed with SIGKILL during run $killed_run at $(date -u +%T)"
sleep $((total - total / 2))
runs="select p.parameter_value from $schema.batch_job_execution e join $schema.batch_job_execution_params p
  on p.job_execution_id = e.job_execution_id and p.parameter_name = 'run.id'"
echo "runs: $(psql_ "select count(distinct parameter_value) from ($runs) r")"
echo "executions: $(psql_ "select count(*) from $schema.batch_job_execution")"
echo "runs with more than one execution: $(psql_ "select string_agg(parameter_value || ' x' || n, ', ')
  from (select parameter_value, count(*) n from ($runs) r group by 1 having count(*) > 1) m")"
echo "overlapping executions: $(psql_ "select count(*) from $schema.batch_job_execution x join
  $schema.batch_job_execution y on x.job_execution_id < y.job_execution_id
  and y.start_time < coalesce(x.end_time, now()) and x.start_time < coalesce(y.end_time, now())")"
echo "killed run's executions: $(psql_ "select string_agg(e.status, ' then ' order by e.job_execution_id)
  from $schema.batch_job_execution e join $schema.batch_job_execution_params p on p.job_execution_id = e.job_execution_id
  where p.parameter_name = 'run.id' and p.parameter_value = '$killed_run'")"
for host in a b; do
  echo "host-$host: $(grep -c ': reading ' "$work/$host.log") runs started," \
    "$(grep -c 'this one yields' "$work/$host.log") ticks yielded"
done
ticks=$(cat "$work"/*.log | grep -oE 'schedule tick [0-9T:-]+Z|run [0-9T-]+Z: reading' | sed -E 's/schedule tick //; s/run //; s/: reading//; s/T([0-9]+)-([0-9]+)-/T\1:\2:/' | sort -u | wc -l)
echo "ticks seen by either instance: $ticks (a tick that comes while a run is going is yielded by both)"
python3 - "$work/output/$killed_run/run-report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print("killed run's report:", report["status"], report["summary"])
PY
