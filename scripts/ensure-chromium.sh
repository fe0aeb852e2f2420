#!/usr/bin/env bash
# Makes sure a Chromium is there for Karma and Playwright: CHROME_BIN if set, else Debian's
# chromium package, installed with apt-get when missing. Never downloads a browser of its own.
set -euo pipefail
if [ -n "${CHROME_BIN:-}" ] && [ -x "$CHROME_BIN" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Chromium is missing: installing Debian's chromium package…"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Cannot install chromium: run as root, or install Debian's chromium package, or set CHROME_BIN." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium
/usr/bin/chromium --version
