#!/usr/bin/env bash
# Installs the Debian packages Kijkwijzer needs when they are missing (as root), or names the exact
# apt-get line to run (when not root). Used by every make target before anything else; packages given as
# arguments are needed as well (make bench: what BORIS, the peer it is timed against, links to).
set -euo pipefail

PACKAGES=(python3-venv vlc-bin vlc-plugin-base vlc-plugin-video-output libvlc5 ffmpeg espeak-ng xvfb xauth
          libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
          libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 libfontconfig1
          libdbus-1-3 fonts-dejavu-core postgresql poppler-utils "$@")

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$pkg")
done
# python3-venv is only needed when the python3 on PATH cannot make a venv by itself.
if python3 -c "import venv, ensurepip" 2>/dev/null; then
  missing=("${missing[@]/python3-venv}")
fi
read -r -a missing <<< "${missing[*]:-}"

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v dpkg-query >/dev/null; then
  echo "Dit is geen Debian-systeem; installeer zelf: libvlc, ffmpeg, espeak-ng, Xvfb, PostgreSQL." >&2
  echo "Not a Debian system; please install libvlc, ffmpeg, espeak-ng, Xvfb and PostgreSQL yourself." >&2
  exit 1
fi
line="apt-get install -y ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "Er ontbreken systeempakketten. Voer als root uit / System packages are missing. Run as root:" >&2
  echo "  sudo apt-get update && sudo $line" >&2
  exit 1
fi
echo "Systeempakketten installeren / installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
