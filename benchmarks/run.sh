#!/usr/bin/env bash
# Runs every benchmark of benchmarks/README.md and prints the results as Markdown tables.
#
#   benchmarks/run.sh           short run: every measurement in about 10 minutes
#   benchmarks/run.sh --full    the longer run recorded in benchmarks/README.md
#
# Results (JMH JSON, probe CSV, the tables) go to benchmarks/target/results/.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=short
if [[ "${1:-}" == "--full" ]]; then
  mode=full
elif [[ $# -gt 0 ]]; then
  echo "usage: benchmarks/run.sh [--full]" >&2
  exit 2
fi

./mvnw -q -pl benchmarks,leicestershire-cares-cli -am package -DskipTests

out=benchmarks/target/results
rm -rf "$out"
mkdir -p "$out"
# The benchmarks jar, not target/classes: JDK 17 archives (AppCDS) classes from jars only.
cp="$(ls benchmarks/target/leicestershire-cares-benchmarks-*.jar):$(cat benchmarks/target/classpath.txt)"

if [[ $mode == full ]]; then
  # Drools' code takes the JIT 25-60 s to compile on 2 cores (benchmarks/README.md).
  assess=(-f 1 -wi 12 -w 5s -i 5 -r 3s)
  reload=(-f 1 -wi 2 -w 10s -i 5 -r 10s)
  report=(-f 1 -wi 3 -i 5)
  starts=(--runs 11 --warmup 1)
else
  assess=(-f 1 -wi 4 -w 4s -i 3 -r 2s)
  reload=(-f 1 -wi 1 -w 5s -i 2 -r 5s)
  report=(-f 1 -wi 1 -i 2)
  starts=(--runs 3 --warmup 1 --variants reference,precompiled,precompiled-container,runtime-compile,precompiled-trimmed,precompiled-appcds,precompiled-appcds-tuned,cli,cli-version,cli-appcds,cli-appcds-tiered1,cli-trimmed,cli-script)
fi

jmh() {
  local name=$1
  shift
  echo "== $name" >&2
  java -cp "$cp" org.openjdk.jmh.Main "$@" -foe true -rf json -rff "$out/$name.json" \
    > "$out/$name.log"
}

{
  echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB;" \
    "$(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?');" \
    "$(date -u '+%Y-%m-%d %H:%M UTC'); $mode run."
  echo
} > "$out/results.md"

# Anchored: a bare AssessmentBenchmark would match ParallelAssessmentBenchmark too.
jmh assessment '\.AssessmentBenchmark\.' "${assess[@]}" -prof gc
# Target 4 (issue 20): assessAll on 1 and 2 threads.
jmh parallel ParallelAssessmentBenchmark "${assess[@]}"
jmh reload ReloadBenchmark "${reload[@]}"
jmh report 'ReportBenchmark\.' "${report[@]}" -prof gc
if [[ $mode == full ]]; then
  jmh report-parallel-gc ReportParallelGcBenchmark "${report[@]}" -prof gc
fi

echo "== cold start" >&2
java -cp "$cp" uk.co.leicestershirecares.benchmarks.coldstart.ColdStart "${starts[@]}" \
  --out "$out/coldstart" \
  --cli-jar "$(ls leicestershire-cares-cli/target/leicestershire-cares-cli-*-all.jar)" \
  --record leicestershire-cares-cli/src/test/resources/uk/co/leicestershirecares/cli/record.json \
  --script leicestershire-cares-cli/bin/leicestershire-cares > "$out/coldstart.log"
cp "$out/coldstart/coldstart.csv" "$out/coldstart.csv"

echo "== memory" >&2
java -XX:+UseSerialGC -cp "$cp" uk.co.leicestershirecares.benchmarks.Footprint > "$out/memory.csv"

java -cp "$cp" uk.co.leicestershirecares.benchmarks.ResultsTable "$out" >> "$out/results.md"
cat "$out/results.md"
