#!/usr/bin/env bash
# Contract checks beyond the Maven build: Spectral lint (standard, OWASP and our own rules) of the
# committed document. Installs its tools from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x node_modules/.bin/spectral ]]; then
  npm ci --no-audit --no-fund
fi
npx --no-install spectral lint docs/openapi.yaml --fail-severity=error
echo "contract checks passed"
