#!/usr/bin/env bash
# The 100,000-row workbook (WorkbookScaleTest: 10,000 documents, ten outcomes each) in a JVM of its own, with the
# heap limit given here really applied (surefire's argLine in the pom would replace -DargLine). Prints wall time,
# the writer thread's CPU, peak heap used and peak live heap after a collection, and the process's peak RSS.
# Usage: scripts/workbook-scale.sh [JAVA OPTIONS...]      default -Xmx512m; e.g. scripts/workbook-scale.sh -Xmx256m
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -DskipTests -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
opts=("$@")
[ ${#opts[@]} -gt 0 ] || opts=(-Xmx512m)
/usr/bin/time -f "peakRss=%MKB wallProcess=%es cpuProcess=%Us+%Ss" \
  java "${opts[@]}" -Djava.awt.headless=true -Djava.io.tmpdir=target \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.briefingpack.render.workbook.WorkbookScaleTest
