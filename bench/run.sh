#!/usr/bin/env bash
# Benchmark harness: builds the jar, starts it on PostgreSQL (embedded, or the one BENCH_PG_URL
# names) with the JVM flags and memory limit of the Kubernetes manifests, loads a province-scale
# dataset, runs wrk at 32 connections against six endpoints (and the scorecard at 4) with
# authentication on, and measures two yardsticks in the same run: pgbench (prepared statements) on
# the SQL the reads need, and the minimal Quarkus + Panache service of BENCH_ANCHOR (built once
# into target/minimal-quarkus) reading a row by key from the same database with the same JVM
# flags. Prints one table with the budgets of issue 17 (also written to docs/performance.md
# unless --smoke).
#
#   bench/run.sh            full run: 200 indicators × 15 years × 100 areas, 20 s per endpoint
#   bench/run.sh --smoke    a few seconds on a tiny dataset (CI), nothing written to docs/
#
#   BENCH_PG_URL=postgresql://user:password@host:5432/db bench/run.sh   an existing, empty database
#   BENCH_SECONDS=10        seconds per endpoint;  BENCH_SKIP_BUILD=1  reuse target/quarkus-app
#   BENCH_ANCHOR=dir        the minimal Quarkus service's sources (bench/minimal-quarkus, a copy of the
#                           issue's ../shared/anchors/minimal-quarkus)
set -euo pipefail
cd "$(dirname "$0")/.."

SMOKE=false
[[ "${1:-}" == "--smoke" ]] && SMOKE=true
# Warm-up: three rounds of WARMUP seconds before each endpoint's measurement, as issue 17 measured
# (a JVM that only writes keeps getting faster for about 100 s: docs/performance.md, run 7).
if $SMOKE; then SECONDS_PER_RUN=${BENCH_SECONDS:-3}; WARMUP=1; WARMUP_ROUNDS=1; INDICATORS=200; YEARS=2; AREAS=2
else SECONDS_PER_RUN=${BENCH_SECONDS:-20}; WARMUP=10; WARMUP_ROUNDS=3; INDICATORS=200; YEARS=15; AREAS=100; fi
CONNECTIONS=32
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=target/bench
ISSUER=https://chitieu.invalid/bench

# The pods' JVM: their JAVA_TOOL_OPTIONS, MaxRAM set to their memory limit so that the JVM sizes
# its heap as it does inside the container, and the image's class-data-sharing archive.
POD_FLAGS=$(sed -n 's/^JAVA_TOOL_OPTIONS=//p' k8s/base/chitieu.env)
ARENAS=$(sed -n 's/^MALLOC_ARENA_MAX=//p' k8s/base/chitieu.env)
[[ -z "$ARENAS" ]] || export MALLOC_ARENA_MAX=$ARENAS
POD_LIMIT=$(awk '/limits:/ {l = 1} l && /memory:/ {print $2; exit}' k8s/base/deployment.yaml)
JVM_FLAGS="$POD_FLAGS -XX:MaxRAM=$(numfmt --from=iec-i "$POD_LIMIT")"
ANCHOR_FLAGS=$JVM_FLAGS
ANCHOR_SOURCES=${BENCH_ANCHOR:-bench/minimal-quarkus}
ANCHOR=target/minimal-quarkus

command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
[[ -x node_modules/.bin/spectral ]] || npm ci --no-audit --no-fund >/dev/null
[[ -f target/quarkus-app/quarkus-run.jar && -n "${BENCH_SKIP_BUILD:-}" ]] || ./mvnw -B -q package -DskipTests
[[ -f target/quarkus-app/app-cds.jsa ]] && JVM_FLAGS="$JVM_FLAGS -XX:SharedArchiveFile=app-cds.jsa"
if [[ ! -f $ANCHOR/target/quarkus-app/quarkus-run.jar ]]; then
  [[ -f $ANCHOR_SOURCES/pom.xml ]] || { echo "No minimal Quarkus service at $ANCHOR_SOURCES (BENCH_ANCHOR)" >&2; exit 1; }
  rm -rf "$ANCHOR"; mkdir -p "$ANCHOR"; cp -r "$ANCHOR_SOURCES/." "$ANCHOR/"; chmod -R u+w "$ANCHOR"
  (cd "$ANCHOR" && "$OLDPWD/mvnw" -B -q package -DskipTests)
fi
rm -rf "$WORK"; mkdir -p "$WORK"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Load average before the run: $LOAD_BEFORE"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
BASE="http://localhost:$PORT"
# A key pair for this run only (nothing private is committed): the service trusts its public half.
mkdir -p "$WORK/keys"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/keys/privateKey.pem" 2>/dev/null
openssl pkey -in "$WORK/keys/privateKey.pem" -pubout -out "$WORK/keys/publicKey.pem"
TOKEN=$(node docs/mint-token.mjs "$WORK/keys/privateKey.pem" "$ISSUER" admin)

start_service() {  # port log [java options…] -> SERVICE, STARTUP (s to the first 200)
  local port=$1 log=$2; shift 2
  # shellcheck disable=SC2086
  (cd target/quarkus-app && exec java $JVM_FLAGS "$@" -Xlog:gc:file="${log%.log}-gc.log" -Dquarkus.http.port="$port" \
    -Dmp.jwt.verify.publickey.location="$OLDPWD/$WORK/keys/publicKey.pem" \
    -Dmp.jwt.verify.issuer="$ISSUER" -Dmp.jwt.verify.audiences=chitieu -Dquarkus.management.port=0 \
    -Dquarkus.log.console.json.enabled=false \
    -jar quarkus-run.jar) > "$log" 2>&1 &
  SERVICE=$!
  local start; start=$(date +%s.%N)
  until curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "http://localhost:$port/api/v1/indicators?size=1"; do
    kill -0 "$SERVICE" || { cat "$log"; exit 1; }
    sleep 0.02
  done
  STARTUP=$(python3 -c "print(f'{$(date +%s.%N) - $start:.2f}')")
}
trap 'kill "${SERVICE:-0}" "${MAIN:-0}" "${ANCHOR_PID:-0}" 2>/dev/null || true' EXIT

if [[ -n "${BENCH_PG_URL:-}" ]]; then
  PG_URL=$BENCH_PG_URL
  DB_FLAGS=($(python3 - "$PG_URL" <<'EOF'
import sys, urllib.parse as u
url = u.urlparse(sys.argv[1])
print(f"-Dquarkus.datasource.jdbc.url=jdbc:postgresql://{url.hostname}:{url.port or 5432}{url.path}")
print(f"-Dquarkus.datasource.username={u.unquote(url.username or '')}")
print(f"-Dquarkus.datasource.password={u.unquote(url.password or '')}")
EOF
))
  start_service "$PORT" "$PWD/$WORK/service.log" "${DB_FLAGS[@]}"
  STARTUP_WITH_DB=""
else
  start_service "$PORT" "$PWD/$WORK/service.log" -Dchitieu.embedded.data-dir="$PWD/$WORK/postgres"
  STARTUP_WITH_DB=$STARTUP
  DB_PORT=$(grep -o 'PostgreSQL on port [0-9]*' "$WORK/service.log" | tail -1 | grep -o '[0-9]*$')
  PG_URL="postgresql://postgres@localhost:$DB_PORT/postgres"
  DB_FLAGS=("-Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:$DB_PORT/postgres"
            "-Dquarkus.datasource.username=postgres")
fi
MAIN=$SERVICE
PSQL=("$PGBIN/psql" -q "$PG_URL")
"${PSQL[@]}" -v indicators=$INDICATORS -v years=$YEARS -v areas=$AREAS -f bench/load.sql
ROWS=$("${PSQL[@]}" -At -c "select count(*) from target")
echo "Loaded $INDICATORS indicators, $ROWS targets and as many achievements"

# Start-up with an existing database: a second instance on the loaded database, three times
# (this machine's noise is about ±0.5 s); the median counts.
STARTUPS=()
for i in 1 2 3; do
  start_service "$(free_port)" "$PWD/$WORK/second-$i.log" "${DB_FLAGS[@]}"
  kill "$SERVICE"; wait "$SERVICE" 2>/dev/null || true
  STARTUPS+=("$STARTUP")
done
SERVICE=$MAIN
STARTUP=$(printf '%s\n' "${STARTUPS[@]}" | sort -n | sed -n 2p)
echo "Start-up to first 200 with an existing database: ${STARTUPS[*]} s, median ${STARTUP} s"

# The minimal Quarkus service reads the same kind of row by key (its entity Ref: code, name) from
# the same database, with the pods' JVM flags (it has no class-data-sharing archive of its own).
"${PSQL[@]}" -c "create table ref as select code, name_vi as name from indicator; alter table ref add primary key (code)"
ANCHOR_PORT=$(free_port)
# shellcheck disable=SC2086
(cd "$ANCHOR/target/quarkus-app" && exec java $ANCHOR_FLAGS -Dquarkus.http.port="$ANCHOR_PORT" \
  "${DB_FLAGS[@]}" -jar quarkus-run.jar) > "$WORK/minimal-quarkus.log" 2>&1 &
ANCHOR_PID=$!
until curl -fs -o /dev/null "http://localhost:$ANCHOR_PORT/ref/BENCH_0001"; do
  kill -0 "$ANCHOR_PID" || { cat "$WORK/minimal-quarkus.log"; exit 1; }
  sleep 0.1
done

cpu_seconds() { awk -v t="$(getconf CLK_TCK)" '{print ($14 + $15) / t}' "/proc/$1/stat"; }
to_ms() { python3 -c "v='$1'; u={'us':0.001,'ms':1,'s':1000,'m':60000}; n=v.rstrip('usm'); print(f'{float(n) * u[v[len(n):]]:.1f}')"; }
ON_BASE=$BASE ON_PID=$MAIN  # which service run_wrk measures
warm_up() {  # path [lua] [connections] [batch] (writes: period 2030, 2031, … one per round)
  local path=$1 script=${2:-} connections=${3:-$CONNECTIONS} batch=${4:-1} round
  for ((round = 0; round < WARMUP_ROUNDS; round++)); do
    wrk -t2 -c"$connections" -d"${WARMUP}s" -H "Authorization: Bearer $TOKEN" \
      ${script:+-s "$script"} "$ON_BASE$path" ${script:+-- $((2030 + round)) $batch} > /dev/null
  done
}
measure() {  # name path [lua] [connections] [batch]: one run into $WORK/name.wrk, server CPU into CPU_name
  local name=$1 path=$2 script=${3:-} connections=${4:-$CONNECTIONS} batch=${5:-1}
  local before; before=$(cpu_seconds "$ON_PID")
  wrk -t2 -c"$connections" -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $TOKEN" \
    ${script:+-s "$script"} "$ON_BASE$path" ${script:+-- 2026 $batch} > "$WORK/$name.wrk"
  eval "CPU_$name=$(python3 -c "print($(cpu_seconds "$ON_PID") - $before)")"
}
row() {  # name [wrk file's name]: the table's row, and RPS_name, P99_name, RSS_name
  local name=$1 file=${2:-$1} rps p50 p99 non2xx rss cpu
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$file.wrk")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$WORK/$file.wrk")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$WORK/$file.wrk")")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/$file.wrk"); non2xx=${non2xx:-0}
  rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$ON_PID/status")
  cpu=CPU_$file
  printf '| %s | %s | %s | %s | %s | %.1f | %s |\n' "$name" "$rps" "$p50" "$p99" "$non2xx" \
    "${!cpu}" "$rss" | tee -a "$WORK/table.md"
  eval "RPS_$name=$rps P99_$name=$p99 RSS_$name=$rss"
}
run_wrk() { warm_up "${@:2}"; measure "$@"; row "$1"; }
faster() {  # two wrk files' names -> the one with more requests per second
  if awk -v a="$(awk '/Requests\/sec/ {print $2}' "$WORK/$1.wrk")" \
         -v b="$(awk '/Requests\/sec/ {print $2}' "$WORK/$2.wrk")" 'BEGIN {exit !(a >= b)}'
  then echo "$1"; else echo "$2"; fi
}
run_pgbench() {  # script -> tps, prepared statements as a driver that reuses them sends them
  "$PGBIN/pgbench" -n -M prepared -c $CONNECTIONS -j 2 -T "$SECONDS_PER_RUN" -f "$1" "$PG_URL" 2>/dev/null |
    awk '/^tps/ {print $3; exit}'
}
stored() { "${PSQL[@]}" -At -c "select count(*) from achievement where period = '$1'"; }
answered() {  # wrk file, achievements per request -> achievements answered 2xx
  local requests errors
  requests=$(awk '/requests in/ {print $1}' "$1")
  errors=$(awk '/Non-2xx/ {print $5}' "$1")
  echo $(( (requests - ${errors:-0}) * $2 ))
}

echo "| endpoint | req/s | p50 ms | p99 ms | non-2xx | server CPU s | peak RSS MB, so far |" | tee "$WORK/table.md"
echo "|---|---|---|---|---|---|---|" | tee -a "$WORK/table.md"
# Get one indicator against the minimal Quarkus service: both warmed up, then two runs each,
# alternating, so that both see the same load; the faster run of each counts.
KEY_PATH=/api/v1/indicators/BENCH_0001 ANCHOR_PATH=/ref/BENCH_0001
warm_up "$KEY_PATH"
ON_BASE=http://localhost:$ANCHOR_PORT ON_PID=$ANCHOR_PID; warm_up "$ANCHOR_PATH"
for round in 1 2; do
  ON_BASE=$BASE ON_PID=$MAIN; measure "get_indicator_$round" "$KEY_PATH"
  ON_BASE=http://localhost:$ANCHOR_PORT ON_PID=$ANCHOR_PID; measure "minimal_quarkus_$round" "$ANCHOR_PATH"
done
row minimal_quarkus "$(faster minimal_quarkus_1 minimal_quarkus_2)"
ANCHOR_RSS=$RSS_minimal_quarkus
kill "$ANCHOR_PID"; wait "$ANCHOR_PID" 2>/dev/null || true
ON_BASE=$BASE ON_PID=$MAIN
row get_indicator "$(faster get_indicator_1 get_indicator_2)"
run_wrk achievements_page "/api/v1/achievements?indicator=BENCH_0001&area=201&from=2011&to=2025"
run_wrk scorecard "/api/v1/progress?period=2020&area=201"
run_wrk scorecard_4_connections "/api/v1/progress?period=2020&area=201" "" 4
run_wrk series "/api/v1/indicators/BENCH_0001/progress?area=201"
run_wrk write_one "/api/v1/achievements" bench/write.lua
ONE_ANSWERED=$(answered "$WORK/write_one.wrk" 1); ONE_STORED=$(stored 2026)
# The measured writes (2026) and the warm-ups' (2030 onwards, one period per round) go again.
"${PSQL[@]}" -c "delete from achievement where period = '2026' or period >= '2030'"
run_wrk write_batch "/api/v1/achievements/batch" bench/write.lua "" 100
BATCH_ANSWERED=$(answered "$WORK/write_batch.wrk" 100); BATCH_STORED=$(stored 2026)

PG_KEY=$(run_pgbench bench/select-by-key.sql)
PG_SCORECARD=$(run_pgbench bench/scorecard.sql)
calc() { python3 -c "print($1)"; }
verdict() { if (( $(calc "int($1)") )); then echo yes; else echo no; fi; }
QUARKUS_RATIO=$(calc "f'{$RPS_get_indicator / $RPS_minimal_quarkus:.2f}'")
KEY_RATIO=$(calc "f'{$RPS_get_indicator / $PG_KEY:.2f}'")
ANCHOR_KEY_RATIO=$(calc "f'{$RPS_minimal_quarkus / $PG_KEY:.2f}'")
SCORECARD_RATIO=$(calc "f'{$RPS_scorecard / $PG_SCORECARD:.2f}'")
ONE_RATE=$(calc "round($ONE_STORED / $SECONDS_PER_RUN)")
BATCH_RATE=$(calc "round($BATCH_STORED / $SECONDS_PER_RUN)")
PEAK_RSS=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$MAIN/status")
{
  echo
  echo "The minimal Quarkus service's row is its own process (peak RSS $ANCHOR_RSS MB); every other row is the service's."
  echo "get_indicator and minimal_quarkus: the faster of two alternating runs each."
  echo
  echo "| yardstick, same run | per second | get one indicator ÷ yardstick | scorecard ÷ yardstick |"
  echo "|---|---|---|---|"
  echo "| minimal Quarkus + Panache service, one row by key | $RPS_minimal_quarkus | $QUARKUS_RATIO | |"
  echo "| pgbench -M prepared, $CONNECTIONS clients: select indicator by key | $PG_KEY | $KEY_RATIO (minimal Quarkus: $ANCHOR_KEY_RATIO) | |"
  echo "| pgbench -M prepared, $CONNECTIONS clients: the scorecard's two statements | $PG_SCORECARD | | $SCORECARD_RATIO |"
  echo
  echo "Writes, counted in the database afterwards: one per request, $ONE_ANSWERED answered 2xx," \
       "$ONE_STORED stored ($ONE_RATE per second); 100 per request, $BATCH_ANSWERED answered 2xx," \
       "$BATCH_STORED stored ($BATCH_RATE per second). Requests in flight when wrk stops are stored" \
       "but not counted by wrk."
  echo
  echo "| budget | measured | met |"
  echo "|---|---|---|"
  echo "| get one indicator ≥ 1.0 × the minimal Quarkus service (issue 17) | $QUARKUS_RATIO | $(verdict "$QUARKUS_RATIO >= 1.0") |"
  echo "| scorecard ($INDICATORS indicators) p99 ≤ 25 ms, $CONNECTIONS connections (issue 17) | $P99_scorecard ms | $(verdict "$P99_scorecard <= 25") |"
  echo "| writes ≥ 2,000 achievements/s, one per request, stored ≥ answered (issue 17) | $ONE_RATE/s, $ONE_STORED ≥ $ONE_ANSWERED | $(verdict "$ONE_RATE >= 2000 and $ONE_STORED >= $ONE_ANSWERED") |"
  echo "| peak RSS under load ≤ 350 MB, the manifests' JVM flags (issue 17) | $PEAK_RSS MB | $(verdict "$PEAK_RSS <= 350") |"
  echo "| scorecard ($INDICATORS indicators) p99 ≤ 25 ms, 4 connections | $P99_scorecard_4_connections ms | $(verdict "$P99_scorecard_4_connections <= 25") |"
  echo "| writes ≥ 2,000 achievements/s, 100 per request (batch), stored ≥ answered | $BATCH_RATE/s, $BATCH_STORED ≥ $BATCH_ANSWERED | $(verdict "$BATCH_RATE >= 2000 and $BATCH_STORED >= $BATCH_ANSWERED") |"
  echo "| start-up to first 200 ≤ 4 s, existing database (median of ${STARTUPS[*]} s) | $STARTUP s | $(verdict "$STARTUP <= 4") |"
  [[ -z "$STARTUP_WITH_DB" ]] ||
    echo "Start-up including the embedded PostgreSQL (first start, empty data directory): $STARTUP_WITH_DB s."
} | tee -a "$WORK/table.md"

if (( ONE_STORED < ONE_ANSWERED || BATCH_STORED < BATCH_ANSWERED )); then
  echo "Writes lost: fewer achievements stored than answered 2xx" >&2; exit 1
fi
# Every request of the load must succeed: a rate measured on errors measures nothing.
FAILED=$(awk -F' [|] ' 'NR > 2 && $5 != "" && $5 != "0" {print $1 " " $5}' "$WORK/table.md" | tr -d '|')
if [[ -n "$FAILED" ]]; then
  echo "Requests answered with an error (endpoint, count): $FAILED; see $WORK/service.log" >&2; exit 1
fi
if ! $SMOKE; then
  {
    echo "Measured by \`bench/run.sh\` on $(date -u +%Y-%m-%d): $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB,"
    echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); wrk and pgbench on the same machine;"
    echo "JVM flags \`$JVM_FLAGS\`, MALLOC_ARENA_MAX=${ARENAS:-unset} (k8s/base: JAVA_TOOL_OPTIONS, memory limit $POD_LIMIT);"
    echo "authentication on (RS256 bearer token); PostgreSQL $("${PSQL[@]}" -At -c 'show server_version')."
    echo "Dataset: $INDICATORS indicators × $YEARS years × $AREAS areas = $ROWS targets and as many achievements."
    echo "Each endpoint: \`wrk -t2 -c$CONNECTIONS -d${WARMUP}s\` $WARMUP_ROUNDS times to warm up, then \`wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency\`;"
    echo "load average before the run: $LOAD_BEFORE."
    echo
    cat "$WORK/table.md"
  } > "$WORK/run.md"
  # The run replaces what lies between the markers; the history around them stays.
  python3 - "$WORK/run.md" docs/performance.md <<'EOF'
import sys
run, doc = open(sys.argv[1]).read(), open(sys.argv[2]).read()
begin, end = "<!-- bench/run.sh: begin -->\n", "<!-- bench/run.sh: end -->"
head, rest = doc.split(begin)
open(sys.argv[2], "w").write(head + begin + run + rest[rest.index(end):])
EOF
  echo "Written to docs/performance.md"
fi
kill "$MAIN"; wait "$MAIN" 2>/dev/null || true
