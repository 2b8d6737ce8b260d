#!/usr/bin/env bash
# Installs decap-server (the editor's local backend) from the committed package-lock.json
# into scripts/editor/node_modules, only when missing or older than the lock file.
# Used by `make edit` and `make test` (the editor's browser tests start it).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null; then
  echo "The browser editor's local mode needs Node.js and npm: sudo apt-get install nodejs npm" >&2
  exit 1
fi
if [ ! -d node_modules/decap-server ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing decap-server (npm ci, a few seconds)..."
  npm ci --no-audit --no-fund --loglevel=error
fi
