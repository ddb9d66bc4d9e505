#!/usr/bin/env bash
# Installs what Ronten needs to build, run and test on Debian 12, as root.
# Does nothing when everything is already there, so it is cheap to call often.
set -euo pipefail

packages=(
  # build
  gcc meson ninja-build pkg-config gettext libglib2.0-dev-bin
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libsqlite3-dev
  libcairo2-dev libpango1.0-dev
  # Word and Excel (zip, XML, .xlsx writing); minutes from PDF (poppler,
  # with the CJK encodings of poppler-data), Word and web pages
  libzip-dev libxml2-dev libxlsxwriter-dev libpoppler-glib-dev poppler-data
  # theme suggestions: Japanese morphological analysis
  libmecab-dev mecab-ipadic-utf8
  # run: Japanese fonts and locale
  fonts-noto-cjk locales dbus dbus-x11
  # tests: display, real key presses, validators, PDF and image tools, sanitizers and fuzzing
  xvfb xauth xdotool desktop-file-utils appstream imagemagick poppler-utils
  clang libclang-rt-14-dev python3 valgrind
  # tests: independent readers of the Word and Excel files
  python3-docx python3-openpyxl libreoffice-writer-nogui
  # benchmarks: Graphviz's sfdp, the layout the issue map is compared with
  graphviz
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: these packages are missing; run as root or install them: ${missing[*]}" >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Japanese locale, so that the app and its tests can run in Japanese.
if ! locale -a 2>/dev/null | grep -qi '^ja_JP\.utf-\?8$'; then
  if [ "$(id -u)" -eq 0 ]; then
    sed -i 's/^# *ja_JP.UTF-8 UTF-8/ja_JP.UTF-8 UTF-8/' /etc/locale.gen
    grep -q '^ja_JP.UTF-8 UTF-8' /etc/locale.gen || echo 'ja_JP.UTF-8 UTF-8' >> /etc/locale.gen
    locale-gen >/dev/null
  else
    echo "install-deps: the ja_JP.UTF-8 locale is missing; Japanese tests will be skipped" >&2
  fi
fi
