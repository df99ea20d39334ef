#!/usr/bin/env bash
# The TypeScript client's checks (run by .ci/run after the Maven build): generates it from
# docs/openapi.yaml, type-checks a typed use of it, then runs its Node tests (node --test) against
# the packaged service with the demo data on its embedded PostgreSQL. Installs its npm packages
# from package-lock.json; a key pair made for this run only signs the tokens (docs/mint-token.mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ ! -f target/quarkus-app/quarkus-run.jar ]]; then
  ./mvnw -B -q package -DskipTests
fi
(
  cd clients/typescript
  [[ -d node_modules ]] || npm ci --no-audit --no-fund --ignore-scripts
  npm run --silent generate
  npm run --silent typecheck
)

work=target/typescript-client
rm -rf "${work}"
mkdir -p "${work}"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "${work}/privateKey.pem" 2>/dev/null
openssl pkey -in "${work}/privateKey.pem" -pubout -out "${work}/publicKey.pem"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
management_port=$(free_port)
issuer=https://chitieu.invalid/typescript-client
java -Dquarkus.http.port="${port}" -Dquarkus.management.port="${management_port}" -Dchitieu.demo-data=true \
  -Dchitieu.embedded.data-dir="${work}/postgres" \
  -Dmp.jwt.verify.publickey.location="${PWD}/${work}/publicKey.pem" \
  -Dmp.jwt.verify.issuer="${issuer}" -Dmp.jwt.verify.audiences=chitieu \
  -jar target/quarkus-app/quarkus-run.jar > "${work}/service.log" 2>&1 &
service=$!
trap 'kill "${service}" 2>/dev/null; wait "${service}" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://localhost:${management_port}/q/health/ready" >/dev/null && break
  sleep 0.5
done

export CHITIEU_URL="http://localhost:${port}"
CHITIEU_READER_TOKEN=$(node docs/mint-token.mjs "${work}/privateKey.pem" "${issuer}" reader)
CHITIEU_EDITOR_TOKEN=$(node docs/mint-token.mjs "${work}/privateKey.pem" "${issuer}" editor)
export CHITIEU_READER_TOKEN CHITIEU_EDITOR_TOKEN
(cd clients/typescript && node --test test/api.test.js)
echo "TypeScript client checks passed"
