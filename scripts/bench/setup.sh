#!/usr/bin/env bash
# Installs what `make bench` needs beyond the test tools, only when missing:
# Debian's Chromium, nginx (the gzip server for page weight), Node.js + npm, and
# Lighthouse from the committed package-lock.json into scripts/bench/node_modules.
set -euo pipefail
cd "$(dirname "$0")"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
{ command -v node >/dev/null && command -v npm >/dev/null; } || need+=(nodejs npm)
[ -x "$CHROMIUM" ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "make bench needs: ${need[*]}. Install them with: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
  echo "Installing ${need[*]} from Debian..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ ! -d node_modules/lighthouse ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing Lighthouse (npm ci, about 10 s)..."
  npm ci --no-audit --no-fund --loglevel=error
fi
