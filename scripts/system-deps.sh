#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Koers needs, only those missing. As root it runs apt-get; otherwise it prints the
# exact command and stops, so `make` never half-installs.
set -euo pipefail
packages=(
  # Qt (PySide6) offscreen and under X11/Xvfb
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxkbcommon-x11-0
  # PDF checks in the tests (pdftoppm, pdffonts, pdftotext) and fonts for the screen
  poppler-utils fonts-noto-core
  # the central server's tests run against a real PostgreSQL
  postgresql
)
python=${PYTHON:-python3}
if ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then packages+=(python3-venv); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Koers needs these system packages. Run, then try again:"
  echo "  sudo apt-get install -y ${missing[*]}"
  exit 1
fi
