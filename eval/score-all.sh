#!/usr/bin/env bash
# Grades the current jar on the development corpus, the held-out set and the seen real articles.
set -u
top=$(cd "$(dirname "$0")/.." && pwd); jar=${JAR:-$top/target/briefing-pack.jar}
run() { # name input gold texts
  out=/tmp/score-$1; rm -rf $out; mkdir -p $out
  (cd $out && java -jar $jar --input=$2 --output=$out/out --briefing.links.fetch=false > $out/log 2>&1)
  printf '%-8s ' "$1"; python3 $top/../shared/eval/score.py $3 $out/out/latest --texts $4 ${VERBOSE:+--verbose} | tail -1
}
run dev $top/../shared/corpus/dev $top/../shared/corpus/dev/gold $top/../shared/corpus/dev
run heldout $top/eval/heldout $top/eval/heldout/gold $top/eval/heldout
[ -d $top/eval/real/texts ] && { printf "seen     "; $top/eval/real-run.sh seen | tail -1; }
