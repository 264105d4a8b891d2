#!/usr/bin/env python3
"""Share of a run's wall time spent outside our code (Spring Batch bookkeeping, job repository, hand-offs).

usage: scripts/outside-share.py RUN_DIR RUN_LOG [WORKERS]
  RUN_DIR  a finished run folder (has run-report.json)   e.g. target/scale/1000/output/latest
  RUN_LOG  the job's log (scale-run.sh keeps it)          e.g. target/scale/1000/run.log
  WORKERS  briefing.workers of that run (default: cores)

Our code's own time: every document's extract and render timings (run-report.json) divided by the
workers that ran them side by side, plus the run-level outputs ("wrote N run-level files ... in X ms")
and publish (the rest of the report's totalMillis after renderRun ends is not timed, so it counts as
outside: an upper bound). Whatever remains of the job's totalMillis is outside our code.
"""
import json, os, re, sys

run_dir, log = sys.argv[1], sys.argv[2]
workers = int(sys.argv[3]) if len(sys.argv) > 3 else os.cpu_count()
report = json.load(open(os.path.join(run_dir, 'run-report.json')))
docs = report['documents']
extract = sum(d['timings']['extractMillis'] for d in docs) / workers
render = sum(d['timings']['renderMillis'] for d in docs) / workers
run_level = 0
for line in open(log, encoding='utf-8', errors='replace'):
    m = re.search(r'wrote \d+ run-level files? for \d+ documents? in (\d+) ms', line)
    if m:
        run_level = int(m.group(1))
total = report['totalMillis']
ours = extract + render + run_level
print(f"job {total / 1000:.1f} s; ours: extract {extract / 1000:.1f} s + render {render / 1000:.1f} s "
      f"+ run-level {run_level / 1000:.1f} s = {ours / 1000:.1f} s")
print(f"outside our code: {(total - ours) / 1000:.1f} s = {100 * (total - ours) / total:.1f}% of the job")
