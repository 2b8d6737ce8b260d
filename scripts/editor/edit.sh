#!/usr/bin/env bash
# `make edit REGION=slug`: edit a site in the browser on this computer, without any account.
# Starts decap-server (writes the files of this folder, listens on 127.0.0.1 only) and
# `mkdocs serve`; open http://127.0.0.1:8000/<slug>/admin/ and press "Masuk".
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
config="${1:?usage: edit.sh path/to/mkdocs.yml [host:port]}"
address="${2:-127.0.0.1:8000}"
port="$("$root/.venv/bin/python" - "$config" <<'PY'
import sys
from sosialisasi.project import read_config
editor = (read_config(__import__("pathlib").Path(sys.argv[1])).get("extra") or {}).get("editor")
if not editor:
    sys.exit(f"{sys.argv[1]} has no extra.editor block: add one (see the guide), or run "
             "sosialisasi new-region, which writes it")
print(editor.get("local_port", 8081) if isinstance(editor, dict) else 8081)
PY
)"
bash "$root/scripts/editor/setup.sh"
PORT="$port" BIND_HOST=127.0.0.1 MODE=fs GIT_REPO_DIRECTORY="$root" \
  node "$root/scripts/editor/node_modules/decap-server/dist/index.js" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT INT TERM
echo "Editor: open http://$address/<site path>/admin/ and press Masuk (Ctrl+C stops both servers)."
"$root/.venv/bin/mkdocs" serve -f "$config" --dev-addr "$address"
