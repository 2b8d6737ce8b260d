#!/usr/bin/env bash
# Installs the Debian packages the test suite drives, when any is missing (root only).
# One list for `make test`, `.ci/run` and the CI workflows: add a package here, not elsewhere.
# Playwright drives Debian's /usr/bin/chromium; `playwright install` is never used.
set -euo pipefail

# "command-or-path package" pairs: the package is installed when the command is missing.
NEEDS=(
  "/usr/bin/chromium chromium"      # browser tests (Playwright)
  "nginx nginx"                     # hosting tests: `nginx -t` and a real server
  "shellcheck shellcheck"           # shell steps of the CI workflows
  "soffice libreoffice-impress-nogui" # trainer slides: .pptx -> PDF, as Impress opens them
  "node nodejs"                     # npm validators (ajv, vnu-jar); decap-server, the editor's local backend
  "npm npm"                         # installs them from their committed lock files
  "java default-jre-headless"       # runs vnu.jar, the Nu Html Checker
)

missing=()
for pair in "${NEEDS[@]}"; do
  read -r probe package <<<"$pair"
  if [[ "$probe" == /* ]]; then
    [ -x "$probe" ] && continue
  else
    command -v "$probe" >/dev/null 2>&1 && continue
    [ -x "/usr/sbin/$probe" ] && continue
  fi
  missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages for the tests: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages for the tests: ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
