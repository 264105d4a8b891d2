#!/usr/bin/env bash
# JMH benchmarks (test scope; never part of ./mvnw verify). Examples:
#   scripts/bench.sh ExtractionBenchmark           # extraction alone over ../shared/corpus/dev
#   scripts/bench.sh RenderBenchmark               # each renderer, warm, ms per document
#   taskset -c 1 scripts/bench.sh ExtractionBenchmark   # pin to one core
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "${@:-ExtractionBenchmark}"
