#!/usr/bin/env bash
# Makes sure the tools the tests use are there, installing Debian's packages with apt-get when
# missing: a Chromium for Karma and Playwright (CHROME_BIN if set, else Debian's chromium) and
# poppler-utils (pdftotext), with which the end-to-end tests read the brief's PDF. Never
# downloads a browser of its own.
set -euo pipefail
missing=()
if ! { [ -n "${CHROME_BIN:-}" ] && [ -x "$CHROME_BIN" ]; } && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian's ${missing[*]} for the tests…"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Cannot install ${missing[*]}: run as root, or install Debian's packages ${missing[*]}, or set CHROME_BIN." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q "${missing[@]}"
