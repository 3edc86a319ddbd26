#!/bin/sh
# Debian/Ubuntu system libraries Qt needs, and a Chinese font with TrueType outlines.
# Installs them when run as root; otherwise prints the exact apt command to run.
PKGS="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-wqy-microhei"
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing to do here
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ]; then
  echo "Installing system packages:$missing"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
  echo "Xianbao needs these system packages. Please run:"
  echo "  sudo apt-get install -y$missing"
  exit 1
fi
