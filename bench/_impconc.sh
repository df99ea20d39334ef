#!/usr/bin/env bash
# Bulk import against PostgreSQL's own COPY (issue 19): builds the jar (unless BENCH_SKIP_BUILD),
# starts it with the pods' JVM flags on its embedded PostgreSQL, then, in the same run and on the
# same table, alternately
#   - imports N achievements as one CSV request (POST /api/v1/imports, as an admin), and
#   - COPYs the same N rows, every column filled, into the achievement table with psql,
# deleting them after each. Prints rows per second of each (best of the rounds) and their ratio.
#
#   bench/import.sh              100,000 rows, 3 rounds
#   BENCH_ROWS=20000 BENCH_ROUNDS=1 bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${BENCH_ROWS:-100000}
ROUNDS=${BENCH_ROUNDS:-3}
INDICATORS=100
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=target/bench-import
ISSUER=https://chitieu.invalid/bench
POD_FLAGS=$(sed -n 's/^JAVA_TOOL_OPTIONS=//p' k8s/base/chitieu.env)
POD_LIMIT=$(awk '/limits:/ {l = 1} l && /memory:/ {print $2; exit}' k8s/base/deployment.yaml)
JVM_FLAGS="$POD_FLAGS -XX:MaxRAM=$(numfmt --from=iec-i "$POD_LIMIT")"

[[ -f target/quarkus-app/quarkus-run.jar && -n "${BENCH_SKIP_BUILD:-}" ]] || ./mvnw -B -q package -DskipTests
rm -rf "$WORK"; mkdir -p "$WORK/keys"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/keys/privateKey.pem" 2>/dev/null
openssl pkey -in "$WORK/keys/privateKey.pem" -pubout -out "$WORK/keys/publicKey.pem"
TOKEN=$(node docs/mint-token.mjs "$WORK/keys/privateKey.pem" "$ISSUER" admin)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
BASE="http://localhost:$PORT"

# shellcheck disable=SC2086
(cd target/quarkus-app && exec java $JVM_FLAGS -Dquarkus.http.port="$PORT" \
  -Dmp.jwt.verify.publickey.location="$OLDPWD/$WORK/keys/publicKey.pem" \
  -Dmp.jwt.verify.issuer="$ISSUER" -Dmp.jwt.verify.audiences=chitieu -Dquarkus.management.port=0 \
  -Dquarkus.log.console.json.enabled=false -Dchitieu.embedded.data-dir="$OLDPWD/$WORK/postgres" \
  -jar quarkus-run.jar) > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null || true' EXIT
until curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/indicators?size=1"; do
  kill -0 "$SERVICE" || { cat "$WORK/service.log"; exit 1; }
  sleep 0.1
done
DB_PORT=$(grep -o 'PostgreSQL on port [0-9]*' "$WORK/service.log" | tail -1 | grep -o '[0-9]*$')
PSQL=("$PGBIN/psql" -q -X -v ON_ERROR_STOP=1 "postgresql://postgres@localhost:$DB_PORT/postgres")

# 100 indicators; the rows: one achievement per indicator and area (ROWS / 100 areas) for 2024.
# The registry must know every area a row names (10001 on); codes it already has stay as they are.
"${PSQL[@]}" -c "insert into area (code, name, search_text, kind)
  select g::text, 'Bench ' || g, 'bench ' || g, 'xã' from generate_series(10001, 10000 + $ROWS / $INDICATORS) g
  on conflict do nothing"
"${PSQL[@]}" -c "insert into indicator (code, name_vi, sector, measure, unit, decimals, polarity,
  frequency, active, search_text)
  select 'BENCH_IMPORT_' || i, 'Chỉ tiêu ' || i, 'BENCH', 'COUNT', 'người', 0, 'HIGHER_IS_BETTER',
  'ANNUAL', true, 'bench_import_' || i from generate_series(1, $INDICATORS) i"
python3 - "$ROWS" "$INDICATORS" "$WORK" <<'PY'
import sys, uuid
rows, indicators, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
areas = rows // indicators
with open(f"{work}/import.csv", "w") as imp, open(f"{work}/copy.csv", "w") as cp:
    imp.write("kind,indicator,period,area,value,status,reportedOn,source\n")
    for i in range(1, indicators + 1):
        for a in range(areas):
            area, value = f"{10001 + a:05d}", 1000 + (i * 7 + a) % 5000
            imp.write(f"achievement,BENCH_IMPORT_{i},2024,{area},{value},ESTIMATED,2025-01-15,Báo cáo\n")
            cp.write(f"{uuid.uuid4()},BENCH_IMPORT_{i},2024,2024-01-01,2024-12-31,{area},{value},"
                     f"ESTIMATED,2025-01-15,Báo cáo,bench,2025-01-15 00:00:00+00,bench,"
                     f"2025-01-15 00:00:00+00,0\n")
PY
clear_rows() {
  "${PSQL[@]}" -c "delete from achievement_aud where indicator_code like 'BENCH_IMPORT_%';
    delete from achievement where indicator_code like 'BENCH_IMPORT_%'" -c "vacuum analyze achievement"
}
count() { "${PSQL[@]}" -At -c "select count(*) from achievement where indicator_code like 'BENCH_IMPORT_%'"; }


sed 's/,2024,/,2023,/' "$WORK/import.csv" > "$WORK/import2.csv"
start=$(date +%s.%N)
curl -sS -o "$WORK/s1.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @"$WORK/import.csv" "$BASE/api/v1/imports" &
curl -sS -o "$WORK/s2.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @"$WORK/import2.csv" "$BASE/api/v1/imports" &
wait %1 %2
echo "stored: $("${PSQL[@]}" -At -c "select count(*) from achievement where indicator_code like 'BENCH_IMPORT_%'")"
grep VmHWM /proc/$(pgrep -f quarkus-run.jar | head -1)/status
grep -c OutOfMemory "$WORK/service.log"
