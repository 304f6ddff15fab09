#!/usr/bin/env bash
# Install the system packages the browser tests and benchmarks need:
# Debian's Chromium (+ chromedriver) and the Noto CJK fonts that render Chinese labels.
# Idempotent: installs only what is missing, does nothing when all is present.
# Usage: scripts/setup-system.sh   (as root, or with sudo available)
set -euo pipefail

packages=(chromium chromium-driver fonts-noto-cjk)
missing=()
for pkg in "${packages[@]}"; do
  if [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != *"install ok installed"* ]]; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-system: ${packages[*]} already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "setup-system: need root to install: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "setup-system: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
