#!/usr/bin/env bash
# Extraction time of another build against this checkout's, passes alternated in one JVM pinned to one core
# (CompareBuilds): on a machine whose speed drifts, the median ratio of neighbouring passes is steadier than two
# JMH runs. The other build is a worktree of another commit:
#   git worktree add /tmp/base <commit> && (cd /tmp/base && ./mvnw -B -q -DskipTests compile)
#   scripts/compare-builds.sh /tmp/base [corpus folder, default ../shared/corpus/dev] [warm-up pairs] [pairs]
# Prints A (the other build) and B (this checkout) and B/A: below 1 means this checkout is faster.
# The same build against itself (scripts/compare-builds.sh .) shows the spread to expect.
set -euo pipefail
cd "$(dirname "$0")/.."
other=$(cd "${1:?usage: $0 OTHER_CHECKOUT [corpus] [warm-up] [pairs]}" && pwd)
corpus=${2:-../shared/corpus/dev}
[ -d "$other/target/classes/org/briefingpack" ] || { echo "$other has no compiled classes: run ./mvnw -B -q -DskipTests compile there"; exit 2; }
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
pin=(); command -v taskset > /dev/null && pin=(taskset -c "$(($(nproc) - 1))")
# this checkout's classes pick the corpus files; each build is then loaded apart from them, in a loader of its own
"${pin[@]}" java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.briefingpack.bench.CompareBuilds \
  "$other/target/classes" target/classes "$(cat target/bench-classpath.txt)" "$corpus" "${3:-300}" "${4:-300}"
