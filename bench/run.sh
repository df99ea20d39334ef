#!/usr/bin/env bash
# Benchmark harness: builds the jar, starts it on its embedded PostgreSQL,
# loads a province-scale dataset, runs wrk at 32 connections against five endpoints with
# authentication on, runs pgbench on the SQL the reads need, and prints one table (also written to
# docs/performance.md unless --smoke).
#
#   bench/run.sh            full run: 200 indicators × 15 years × 100 areas, 20 s per endpoint
#   bench/run.sh --smoke    a few seconds on a tiny dataset (CI), nothing written to docs/
set -euo pipefail
cd "$(dirname "$0")/.."

SMOKE=false
[[ "${1:-}" == "--smoke" ]] && SMOKE=true
if $SMOKE; then SECONDS_PER_RUN=${BENCH_SECONDS:-5}; INDICATORS=200; YEARS=2; AREAS=2
else SECONDS_PER_RUN=${BENCH_SECONDS:-20}; INDICATORS=200; YEARS=15; AREAS=100; fi
CONNECTIONS=32
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
JVM_FLAGS="-Xmx384m -XX:+ExitOnOutOfMemoryError"   # what MaxRAMPercentage=50 gives under k8s/base's 768Mi limit
WORK=target/bench
ISSUER=https://chitieu.invalid/bench

command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
[[ -x node_modules/.bin/spectral ]] || npm ci --no-audit --no-fund >/dev/null
[[ -f target/quarkus-app/quarkus-run.jar && -n "${BENCH_SKIP_BUILD:-}" ]] || ./mvnw -B -q package -DskipTests
rm -rf "$WORK"; mkdir -p "$WORK"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
BASE="http://localhost:$PORT"

start_service() {
  # shellcheck disable=SC2086
  java $JVM_FLAGS -Dquarkus.http.port="$PORT" -Dchitieu.embedded.data-dir="$WORK/postgres" \
    -Dmp.jwt.verify.publickey.location="$PWD/src/test/resources/test-keys/publicKey.pem" \
    -Dmp.jwt.verify.issuer="$ISSUER" -Dquarkus.log.console.json.enabled=false \
    -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
  SERVICE=$!
  local start; start=$(date +%s.%N)
  until curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/indicators?size=1"; do
    kill -0 "$SERVICE" || { cat "$WORK/service.log"; exit 1; }
    sleep 0.05
  done
  STARTUP=$(python3 -c "print(f'{$(date +%s.%N) - $start:.2f}')")
  DB_PORT=$(grep -o 'PostgreSQL on port [0-9]*' "$WORK/service.log" | tail -1 | grep -o '[0-9]*$')
  PSQL=("$PGBIN/psql" -q -h localhost -p "$DB_PORT" -U postgres -d postgres)
}
stop_service() { kill "$SERVICE"; wait "$SERVICE" 2>/dev/null || true; }
trap 'kill "${SERVICE:-0}" 2>/dev/null || true' EXIT

TOKEN=$(node docs/mint-token.mjs src/test/resources/test-keys/privateKey.pem "$ISSUER" admin)
start_service
"${PSQL[@]}" -v indicators=$INDICATORS -v years=$YEARS -v areas=$AREAS -f bench/load.sql
ROWS=$("${PSQL[@]}" -At -c "select count(*) from target")
echo "Loaded $INDICATORS indicators, $ROWS targets and as many achievements"

# Start-up to the first 200 with an existing database (the embedded PostgreSQL restarts too).
stop_service; start_service
echo "Start-up to first 200: ${STARTUP}s"

cpu_seconds() { awk -v t="$(getconf CLK_TCK)" '{print ($14 + $15) / t}' "/proc/$SERVICE/stat"; }
run_wrk() {  # name path [lua]
  local name=$1 path=$2 script=${3:-}
  echo 5 > "/proc/$SERVICE/clear_refs" 2>/dev/null || true
  local before; before=$(cpu_seconds)
  wrk -t2 -c$CONNECTIONS -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $TOKEN" \
    ${script:+-s "$script"} "$BASE$path" > "$WORK/$name.wrk"
  local after; after=$(cpu_seconds)
  local rps p50 p99 non2xx rss
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$name.wrk")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/$name.wrk")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$name.wrk")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/$name.wrk"); non2xx=${non2xx:-0}
  rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE/status")
  printf '| %s | %s | %s | %s | %s | %.1f | %s |\n' "$name" "$rps" "$p50" "$p99" "$non2xx" \
    "$(python3 -c "print($after - $before)")" "$rss" | tee -a "$WORK/table.md"
  eval "RPS_${name//[^a-z]/_}=$rps"
}
run_pgbench() {  # name script -> tps
  "$PGBIN/pgbench" -n -h localhost -p "$DB_PORT" -U postgres -c $CONNECTIONS -j 2 -T "$SECONDS_PER_RUN" \
    -f "$1" postgres 2>/dev/null | awk '/^tps/ {print $3; exit}'
}

echo "| endpoint | req/s | p50 | p99 | non-2xx | server CPU s | peak RSS MB |" | tee "$WORK/table.md"
echo "|---|---|---|---|---|---|---|" | tee -a "$WORK/table.md"
run_wrk get_indicator "/api/v1/indicators/BENCH_0001"
run_wrk achievements_page "/api/v1/achievements?indicator=BENCH_0001&area=201&from=2011&to=2025"
run_wrk scorecard "/api/v1/progress?period=2020&area=201"
run_wrk series "/api/v1/indicators/BENCH_0001/progress?area=201"
run_wrk write_achievements "/api/v1/achievements" bench/write.lua
WRITTEN_OK=$(awk '/requests in/ {print $1}' "$WORK/write_achievements.wrk")
WRITE_ERRORS=$(awk '/Non-2xx/ {print $5}' "$WORK/write_achievements.wrk"); WRITE_ERRORS=${WRITE_ERRORS:-0}
STORED=$("${PSQL[@]}" -At -c "select count(*) from achievement where period = '2026'")

PG_KEY=$(run_pgbench bench/select-by-key.sql)
PG_SCORECARD=$(run_pgbench bench/scorecard.sql)
ratio() { python3 -c "print(f'{$1 / $2:.2f}' if $2 else 'n/a')"; }
{
  echo
  echo "| yardstick (pgbench, $CONNECTIONS clients) | tps | API ÷ pgbench |"
  echo "|---|---|---|"
  echo "| select indicator by key | $PG_KEY | $(ratio "$RPS_get_indicator" "$PG_KEY") |"
  echo "| scorecard's two statements | $PG_SCORECARD | $(ratio "$RPS_scorecard" "$PG_SCORECARD") |"
  echo
  echo "Writes: $WRITTEN_OK requests, $WRITE_ERRORS non-2xx, $STORED achievements stored" \
       "($(python3 -c "print(f'{$STORED / $SECONDS_PER_RUN:.0f}')") per second)."
  echo "Start-up to the first 200 response with an existing database: ${STARTUP} s."
} | tee -a "$WORK/table.md"

# Requests still in flight when wrk stops are stored but not counted by it: fewer is a loss.
if (( STORED < WRITTEN_OK - WRITE_ERRORS )); then
  echo "Writes lost: $(( WRITTEN_OK - WRITE_ERRORS )) answered 2xx, $STORED stored" >&2; exit 1
fi
if ! $SMOKE; then
  {
    echo "# Performance"
    echo
    echo "Measured by \`bench/run.sh\` on $(date -u +%Y-%m-%d): $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB,"
    echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); wrk and pgbench on the same machine;"
    echo "JVM flags \`$JVM_FLAGS\`; authentication on (RS256 bearer token); embedded PostgreSQL"
    echo "$("${PSQL[@]}" -At -c 'show server_version')."
    echo "Dataset: $INDICATORS indicators × $YEARS years × $AREAS areas = $ROWS targets and as many achievements."
    echo "Each endpoint: \`wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency\`."
    echo
    cat "$WORK/table.md"
  } > docs/performance.md
  echo "Written to docs/performance.md"
fi
stop_service
