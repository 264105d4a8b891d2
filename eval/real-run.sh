#!/usr/bin/env bash
# Grades target/briefing-pack.jar on the published-articles corpus: eval/real-run.sh seen|blind|all|fresh|fresh2 ... fresh131 [--verbose]
# "fresh": 8 further articles with gold made for this project (eval/real/fresh/{texts,gold,sources.json},
# git-ignored like the texts; docs/extraction.md says how they were made); "fresh2" to "fresh131": 10 more each, made the same
# way in later sessions (eval/real/fresh2/ to eval/real/fresh131/; a new machine has only the sets made on it).
# The texts are third-party writing: materialize them into the git-ignored eval/real/texts/ as
# ../shared/corpus/real/README.md says. The split is by sorted file name: the first 20 are "seen",
# the last 10 "blind" (grade those only at the end of a piece of work, and report them apart).
# JAR=path grades another build (an earlier commit's jar, say) instead of target/briefing-pack.jar.
set -eu
here=$(cd "$(dirname "$0")" && pwd); top=$here/..; part=${1:-seen}; shift || true
texts=$here/real/texts; gold=$top/../shared/corpus/real/gold
[ -d "$texts" ] || { echo "no texts in $texts: materialize them first (../shared/corpus/real/README.md)"; exit 2; }
if [ "${part#fresh}" != "$part" ]; then # fresh, fresh2, ...: sets made later, each in eval/real/<name>/
  texts=$here/real/$part/texts; gold=$here/real/$part/gold
  [ -d "$texts" ] || { echo "no set in $here/real/$part"; exit 2; }
elif [ "$part" != all ]; then
  split=$here/real/$part; rm -rf "$split"; mkdir -p "$split/texts" "$split/gold"
  names=$(ls "$texts" | sort)
  case "$part" in
    seen) pick=$(echo "$names" | head -20) ;;
    blind) pick=$(echo "$names" | tail -10) ;;
    *) echo "usage: $0 seen|blind|all|fresh|fresh2 ... fresh131 [--verbose]"; exit 2 ;;
  esac
  for f in $pick; do cp "$texts/$f" "$split/texts/"; cp "$gold/${f%.txt}.json" "$split/gold/"; done
  texts=$split/texts; gold=$split/gold
fi
out=/tmp/real-$part${JAR:+-$(basename "$(dirname "$JAR")")}; rm -rf "$out"; mkdir -p "$out"
(cd "$out" && java -jar "${JAR:-$top/target/briefing-pack.jar}" --input="$texts" --output="$out/out" --briefing.links.fetch=false > "$out/log" 2>&1)
python3 "$top/../shared/eval/score.py" "$gold" "$out/out/latest" --texts "$texts" "$@"
