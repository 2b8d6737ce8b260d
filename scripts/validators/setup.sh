#!/usr/bin/env bash
# Installs the independent validators `make test` runs, only when missing or outdated:
# vnu-jar (the Nu Html Checker, run with Debian's Java), ajv and yaml, from the committed
# package-lock.json into scripts/validators/node_modules. Node, npm and Java come from
# scripts/setup-system.sh (the one list of Debian packages).
set -euo pipefail
cd "$(dirname "$0")"
for tool in node npm java; do
  if ! command -v "$tool" >/dev/null; then
    echo "$tool is missing: run \`make system\` (as root) to install the Debian packages." >&2
    exit 1
  fi
done
if [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -d node_modules/ajv ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing the validators (npm ci: vnu-jar, ajv, yaml)..."
  npm ci --no-audit --no-fund --loglevel=error
fi
