#!/usr/bin/env bash
# Builds the shaded benchmarks.jar and runs a benchmark profile, writing JMH's JSON results, JMH's
# console output and a Markdown table to benchmarks/results/PROFILE/.
#
#   benchmarks/run.sh [quick|full|smoke] [--no-peers]
#
#   quick  (default) every workload, N up to 1M, short warm-ups; about 30 minutes on 2 quiet cores.
#          Also rewrites benchmarks/RESULTS.md, benchmarks/RESULTS.json (JMH's JSON of every result
#          in the table) and the table in the README's performance section.
#   full   the parameters and iteration counts written in the benchmark classes (much longer).
#          Also rewrites benchmarks/RESULTS.md, RESULTS.json and the README's table.
#   portfolio  the columnar path and the baseline alone at 1M x 52 and 1M x 25 on 1 and 2 threads,
#          on the java chosen below (e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java); puts the
#          table in a section of benchmarks/RESULTS.md of its own, named for the JDK, and the JSON
#          in benchmarks/RESULTS-jdkN.json; the rest of RESULTS.md is left alone.
#   smoke  N = 10k and small attribution inputs, one measurement iteration, small heaps: proves the
#          harness works in about a minute; RESULTS.md and the README are left alone.
#   --render    neither build nor run: render the table, RESULTS.md and RESULTS.json again from the
#               JSON files already in benchmarks/results/PROFILE (e.g. after re-running one group).
#   --no-peers  build without the Maven profile peers, so DuckDB is neither downloaded nor measured.
#   --only=NAME[,NAME...]  (quick or full) run only the named groups of the profile (e.g.
#               --only=forecast,mapping), keeping the other groups' JSON from the last run; RESULTS.md
#               then names the groups re-run, with the date and the load during the re-run.
#
# Environment: MVN_ARGS adds arguments to the Maven build (e.g. -o); JAVA selects the java binary
# the benchmarks run on (default: java on the PATH, or $JAVA_HOME/bin/java).
set -euo pipefail

profile=quick
peers=true
render_only=false
only=""
for arg in "$@"; do
  case "$arg" in
    --only=*) only="${arg#--only=}" ;;
    quick|full|smoke|portfolio) profile="$arg" ;;
    --no-peers) peers=false ;;
    --render) render_only=true ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (see $0 --help)" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
results="$here/results/$profile"
jar="$here/target/benchmarks.jar"
if [[ -n "${JAVA:-}" ]]; then java="$JAVA"
elif [[ -n "${JAVA_HOME:-}" ]]; then java="$JAVA_HOME/bin/java"
else java=java; fi

maven_profiles=()
if $peers; then maven_profiles=(-Ppeers); fi
if ! $render_only; then
  echo "== building $jar"
  (cd "$root" && ./mvnw -B -q ${MVN_ARGS:-} "${maven_profiles[@]}" -DskipTests package -pl benchmarks -am)

  mkdir -p "$results"
  # The load average before the run and, every 10 s, during it: the benchmarks' own threads load
  # the machine (up to 2), anything above that is another process competing for the cores.
  if [[ -z "$only" ]]; then
    rm -f "$results"/*.json "$results"/*.txt "$results"/table.md
    load_file="$results/load.txt"
    cut -d' ' -f1-3 /proc/loadavg > "$results/load-before.txt"
  else
    for name in ${only//,/ }; do rm -f "$results/$name.json" "$results/$name.txt"; done
    load_file="$results/load-partial.txt"
    cut -d' ' -f1-3 /proc/loadavg > "$results/load-before-partial.txt"
  fi
  ( while sleep 10; do cut -d' ' -f1 /proc/loadavg; done ) > "$load_file" &
  sampler=$!
  trap 'kill $sampler 2>/dev/null || true' EXIT
fi
load_before="$(cat "$results/load-before.txt" 2>/dev/null || echo unknown)"

# Runs one JMH invocation: run NAME REGEX [JMH options...]
run() {
  local name="$1" regex="$2"
  shift 2
  if [[ -n "$only" && ",$only," != *",$name,"* ]]; then
    return 0
  fi
  echo "== $name: $regex $*"
  "$java" -jar "$jar" "$regex" -foe true -prof gc -rf json -rff "$results/$name.json" "$@" \
    | tee "$results/$name.txt"
}

$render_only && profile_runs=false || profile_runs=true
case "$($profile_runs && echo "$profile")" in
  quick)
    # One fork per parameter set, 2 x 1 s warm-up, 3 x 1 s measurement (at least one operation
    # per iteration: the slow object path at 1M runs one per iteration).
    common=(-f 1 -wi 2 -w 1s -i 3 -r 1s)
    # 100k and 1M on one and two threads; 10k on one thread only (two threads barely pay there).
    run portfolio-52 'portfolio\.' "${common[@]}" -p rows=100000,1000000 -p factors=52
    run portfolio-52-10k 'portfolio\.' "${common[@]}" -p rows=10000 -p factors=52 -p threads=1
    # The 25-factor scorecard at 1M without the object API, whose 1M x 52 run is the slowest.
    run portfolio-25 'portfolio\.(Baseline|Columnar|MemoryScan|DuckDb)Benchmark' "${common[@]}" \
      -p rows=1000000 -p factors=25
    run attribution 'attribution\.' "${common[@]}"
    # The forecast at one million opportunities (its target's size), by quarter and 1,000 partners
    # with all four implementations, and by quarter and one partner (the row pass alone) with the
    # library's columns and the baseline: six forks, each generating the data and cross-checking
    # all four implementations, about 2.5 minutes. Account mapping at 100,000 accounts a list: at
    # a million, hashing and normalising 2M names takes seconds per operation and its three forks
    # alone would take most of the 10 minutes (the full profile runs 1M).
    run forecast 'forecast\.' "${common[@]}" -p rows=1000000 -p partners=1000
    run forecast-1 'forecast\.ForecastBenchmark\.(columns|baseline)' "${common[@]}" \
      -p rows=1000000 -p partners=1
    # The mapping's code is still being compiled after two 1 s warm-up iterations (its first
    # measured ones are a third slower than its last), so it warms up for three of 2 s.
    run mapping 'mapping\.' -f 1 -wi 3 -w 2s -i 5 -r 1s -p accounts=100000
    # Reading at 10,000 relationships: one read takes seconds and its first ones far longer, so the
    # iterations are 10 s, as for the analysis (with 1 s iterations the warm-up is not over).
    run read-folder 'io\.ReadFolderBenchmark' -f 1 -wi 2 -w 10s -i 3 -r 10s
    # The whole analysis at 10,000 and 40,000 relationships (200,000 and 800,000 opportunities),
    # and reading the 10,000 folder in the same run for the analysis/read ratio (reading the
    # 40,000 folder takes about 30 s an operation and is left to the full profile). One analysis
    # takes seconds, so the iterations are 5 s, two of warm-up (the JIT needs a few analyses of
    # the small portfolio); each fork first generates and reads its folder and checks one
    # analysis (about a minute at 40,000). Three forks, about 5 minutes on 2 quiet cores.
    run analysis 'analysis\.AnalysisBenchmark\.analyze' -f 1 -wi 2 -w 5s -i 3 -r 5s
    run analysis-read 'analysis\.AnalysisBenchmark\.readFolder' -f 1 -wi 2 -w 5s -i 3 -r 5s \
      -p relationships=10000
    ;;
  full)
    run portfolio 'portfolio\.'
    run attribution 'attribution\.'
    run forecast 'forecast\.'
    run mapping 'mapping\.'
    run read-folder 'io\.'
    run analysis 'analysis\.'
    ;;
  portfolio)
    run portfolio-only 'portfolio\.(Baseline|Columnar)Benchmark\.' -f 1 -wi 3 -w 2s -i 5 -r 2s \
      -p rows=1000000 -p factors=52,25
    ;;
  smoke)
    common=(-f 1 -wi 0 -i 1 -r 1s -jvmArgsAppend "-Xms1g -Xmx1g -XX:+AlwaysPreTouch")
    run portfolio-smoke 'portfolio\.' "${common[@]}" -p rows=10000 -p factors=52
    run exact-shapley-smoke 'ExactShapley' "${common[@]}" -p players=5,20
    run sampled-shapley-smoke 'SampledShapley' "${common[@]}" -p players=30
    run attribution-smoke '(RoleSplit|Markov)' "${common[@]}" -p deals=10000 -p journeys=10000
    run forecast-smoke 'forecast\.' "${common[@]}" -p rows=10000 -p partners=1000
    run mapping-smoke 'mapping\.' "${common[@]}" -p accounts=10000
    run read-folder-smoke 'io\.' "${common[@]}" -p relationships=1000
    run analysis-smoke 'analysis\.' "${common[@]}" -p relationships=1000
    ;;
esac

$render_only || kill $sampler 2>/dev/null || true
if ! $render_only && [[ -n "$only" ]]; then
  partial_load="$(sort -n "$results/load-partial.txt" | awk '{ s += $1; n++; max = $1 } END {
    if (n) printf "mean %.2f, max %.2f over %d samples", s / n, max, n; else print "not sampled" }')"
  echo "The groups ${only//,/, } were run again on $(date -u +%Y-%m-%d), load average before:" \
    "$(cat "$results/load-before-partial.txt") (1, 5, 15 min), during: $partial_load." \
    > "$results/partial.txt"
fi
# One JSON array of every result: each file's text between its opening "[" and its closing "]".
merged="$results/all.json.tmp"
{
  echo "["
  first=true
  for f in "$results"/*.json; do
    body="$(cat "$f")"
    body="${body#*[}"
    body="${body%]*}"
    [[ -z "${body//[[:space:]]/}" ]] && continue
    $first || echo ","
    first=false
    printf '%s\n' "$body"
  done
  echo "]"
} > "$merged"
"$java" -cp "$jar" org.alliancekit.benchmarks.ResultsTable "$results/table.md" "$merged"
# A folder that holds only groups re-run with --only (a fresh checkout) has no samples of a whole run.
load_during="$({ sort -n "$results/load.txt" 2>/dev/null || true; } | awk '{ s += $1; n++; max = $1 } END {
  if (n) printf "mean %.2f, max %.2f over %d samples", s / n, max, n; else print "not sampled" }')"
echo "== results: $results/table.md"
cat "$results/table.md"

if [[ "$profile" == portfolio ]]; then
  major="$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }')"
  cp "$merged" "$here/RESULTS-jdk$major.json"
  section="$results/section.md"
  {
    echo "<!-- portfolio:jdk$major:start -->"
    echo "## The portfolio rows on JDK $major"
    echo
    echo "Measured by \`JAVA=... benchmarks/run.sh portfolio\` on $(nproc) cores,"
    echo "$("$java" -version 2>&1 | head -1), load average before the run $load_before, during it $load_during;"
    echo "JMH's JSON in \`RESULTS-jdk$major.json\`."
    echo
    cat "$results/table.md"
    echo "<!-- portfolio:jdk$major:end -->"
  } > "$section"
  out="$here/RESULTS.md"
  touch "$out"
  awk -v section="$section" -v start="<!-- portfolio:jdk$major:start -->" -v end="<!-- portfolio:jdk$major:end -->" '
    $0 == start { skip = 1; next }
    $0 == end { skip = 0; next }
    !skip { print }
    END { print ""; while ((getline line < section) > 0) print line }' "$out" > "$out.tmp"
  # no blank lines piling up at the end of the file
  awk 'NF { for (; blank > 0; blank--) print ""; print; next } { blank++ }' "$out.tmp" > "$out"
  rm -f "$out.tmp"
  echo "== wrote the JDK $major section of $out and $here/RESULTS-jdk$major.json"
elif [[ "$profile" != smoke ]]; then
  {
    echo "# Benchmark results"
    echo
    echo "Measured by \`benchmarks/run.sh $profile$($peers || echo ' --no-peers')\` on $(nproc) cores,"
    echo "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) of memory,"
    echo "$("$java" -version 2>&1 | head -1), CPU $(awk -F': *' '/model name/ { print $2; exit }' /proc/cpuinfo)."
    echo "Load average (1 min) before the run: $load_before (1, 5, 15 min); during it, sampled every"
    echo "10 s: $load_during (the benchmarks themselves load up to 2)."
    if [[ -f "$results/partial.txt" ]]; then cat "$results/partial.txt"; fi
    echo "JMH's JSON of every result below is in \`RESULTS.json\`."
    echo "For each target not met, [PROFILES.md](PROFILES.md) says where the time goes."
    echo "Times are JMH average times per operation with the 99.9% error; bytes/op come from"
    echo "\`-prof gc\`; \"x baseline\" divides by the hand-written loop (or the package's baseline"
    echo "method) at the same parameters and thread count, measured in the same run."
    echo "The workloads, implementations and cross-checks are described in the Javadoc of"
    echo "\`org.alliancekit.benchmarks\` and its packages."
    echo
    cat "$results/table.md"
    # The sections of other JDKs (run.sh portfolio) stay.
    if [[ -f "$here/RESULTS.md" ]]; then
      awk '/^<!-- portfolio:jdk[0-9]+:start -->$/ { keep = 1 } keep { print } /^<!-- portfolio:jdk[0-9]+:end -->$/ { keep = 0; print "" }' "$here/RESULTS.md"
    fi
  } > "$here/RESULTS.md.tmp"
  mv "$here/RESULTS.md.tmp" "$here/RESULTS.md"
  cp "$merged" "$here/RESULTS.json"
  echo "== wrote $here/RESULTS.md and $here/RESULTS.json"
  # The README's performance section shows the same table, between its two markers.
  readme="$root/README.md"
  if grep -q '<!-- benchmarks:table:start -->' "$readme"; then
    awk -v table="$results/table.md" '
      /<!-- benchmarks:table:start -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
      /<!-- benchmarks:table:end -->/ { skip = 0 }
      !skip { print }' "$readme" > "$readme.tmp" && mv "$readme.tmp" "$readme"
    echo "== updated the table in $readme"
  fi
fi
