#!/usr/bin/env bash
# Contract checks beyond the Maven build (run them after it, as .ci/run does):
#  1. Spectral lint of docs/openapi.yaml: standard, OWASP and project rules; zero errors.
#  2. Swagger UI in a real browser: the packaged service with demo data, "Authorize" with a token,
#     "Try it out" on the scorecard, 200 with the demo data, screenshot in target/.
# Installs its tools: npm packages from package-lock.json, Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x node_modules/.bin/spectral ]]; then
  npm ci --no-audit --no-fund
fi
if [[ ! -x /usr/bin/chromium ]]; then
  (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null
fi

npx --no-install spectral lint docs/openapi.yaml --fail-severity=error

if [[ ! -f target/quarkus-app/quarkus-run.jar ]]; then
  ./mvnw -B -q package -DskipTests
fi
# A key pair for this run only (nothing private is committed): the service trusts its public half.
mkdir -p target/check-keys
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out target/check-keys/privateKey.pem 2>/dev/null
openssl pkey -in target/check-keys/privateKey.pem -pubout -out target/check-keys/publicKey.pem
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
issuer=https://chitieu.invalid/check
rm -rf target/swagger-ui-postgres
management_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
java -Dquarkus.http.port="${port}" -Dquarkus.management.port="${management_port}" -Dchitieu.demo-data=true \
  -Dchitieu.embedded.data-dir=target/swagger-ui-postgres \
  -Dmp.jwt.verify.publickey.location="${PWD}/target/check-keys/publicKey.pem" \
  -Dmp.jwt.verify.issuer="${issuer}" -Dmp.jwt.verify.audiences=chitieu \
  -jar target/quarkus-app/quarkus-run.jar > target/swagger-ui-service.log 2>&1 &
service=$!
trap 'kill "${service}" 2>/dev/null; wait "${service}" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://localhost:${management_port}/q/health/ready" >/dev/null && break
  sleep 0.5
done
token=$(node docs/mint-token.mjs target/check-keys/privateKey.pem "${issuer}" reader)
node docs/swagger-ui.check.mjs "http://localhost:${port}" "${token}" target/swagger-ui.png
echo "contract checks passed"
