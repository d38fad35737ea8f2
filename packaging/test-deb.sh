#!/usr/bin/env bash
# Builds the Debian package, installs it, checks what it installed, launches the program from its
# desktop entry (and as a double-click would) on a session under a virtual display, takes a
# screenshot to docs/screenshots/installed.png, and uninstalls it. Run as root on Debian 12 or
# later, from anywhere.
#
# Usage: packaging/test-deb.sh [PACKAGE.deb]
#   With a .deb given, that one is tested instead of building one (cargo deb).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
say() { printf '\n== %s\n' "$*"; }
fail() { printf 'test-deb: FAILED: %s\n' "$*" >&2; exit 1; }

say "tools"
# The desktop's own tools: the ones a Debian desktop has (GLib's gio, xdg-utils with the
# shared-mime-info reader it recommends, the caches' triggers), and a virtual display.
need=(desktop-file-utils xdg-utils libfile-mimeinfo-perl shared-mime-info hicolor-icon-theme
      libglib2.0-bin xvfb xauth xdotool imagemagick libgl1 libgl1-mesa-dri libegl1 libegl-mesa0
      libxkbcommon-x11-0 libxcursor1 libxi6 libxrandr2)
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

deb=${1:-}
if [ -z "$deb" ]; then
  say "build"
  command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
  deb=$(cargo deb --locked 2>&1 | tee /dev/stderr | tail -1)
fi
[ -f "$deb" ] || fail "no package at '$deb'"
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $6}'

say "install"
dpkg -i "$deb" || { DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >/dev/null; dpkg -s huiwu >/dev/null; }
uninstall() { dpkg -r huiwu >/dev/null 2>&1 || true; }
trap uninstall EXIT

say "installed files"
for f in /usr/bin/huiwu /usr/share/applications/huiwu.desktop /usr/share/mime/packages/huiwu.xml \
         /usr/share/icons/hicolor/scalable/apps/huiwu.svg; do
  [ -e "$f" ] || fail "missing $f"; echo "ok  $f"
done
for size in 16 24 32 48 64 128 256; do
  f=/usr/share/icons/hicolor/${size}x${size}/apps/huiwu.png
  [ -e "$f" ] || fail "missing $f"
  [ "$(identify -format '%wx%h' "$f")" = "${size}x${size}" ] || fail "$f is not ${size}x${size}"
done
echo "ok  icons 16…256"
desktop-file-validate /usr/share/applications/huiwu.desktop && echo "ok  desktop-file-validate"
# The triggers of shared-mime-info and desktop-file-utils have run: the caches know the type.
[ -e /usr/share/mime/application/x-huiwu-session.xml ] || fail "mime database not updated"
grep -q 'application/x-huiwu-session=huiwu.desktop' /usr/share/applications/mimeinfo.cache \
  || fail "desktop database not updated"
huiwu --version

say "file types"
session="$repo/sessions/hebi-12-09.ron"
tmp=$(mktemp -d)
cp "$session" "$tmp/会议.ron"
printf '(\n    name: "some other program",\n    size: 3,\n)\n' > "$tmp/other.ron"
cp "$session" "$tmp/本机关.huiwu-body.ron"
check_type() { # FILE EXPECTED
  local xdg gio
  xdg=$(xdg-mime query filetype "$1")
  gio=$(gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p')
  printf '%-28s xdg-mime: %-34s gio: %s\n' "$(basename "$1")" "$xdg" "$gio"
  [ "$xdg" = "$2" ] || fail "xdg-mime gives $xdg for $1, not $2"
  [ "$gio" = "$2" ] || fail "gio gives $gio for $1, not $2"
}
check_type "$session" application/x-huiwu-session
check_type "$tmp/会议.ron" application/x-huiwu-session
check_type "$repo/sessions/hebi-12/body.ron" application/x-huiwu-session
check_type "$tmp/本机关.huiwu-body.ron" application/x-huiwu-house-style
check_type "$tmp/other.ron" text/plain   # another program's .ron is not taken
default=$(xdg-mime query default application/x-huiwu-session)
echo "default application: $default"
[ "$default" = huiwu.desktop ] || fail "the default for sessions is '$default'"

say "launch under a virtual display"
for d in $(seq 90 140); do [ -e /tmp/.X$d-lock ] || { disp=:$d; break; }; done
# -noreset: the server would otherwise reset as the last window closes, refusing the next one.
Xvfb "$disp" -screen 0 1440x900x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$disp XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# A config folder of its own: no recovery file or recent file of another run is offered.
export HUIWU_CONFIG_DIR="$tmp/config" HUIWU_CACHE_DIR="$tmp/cache"
cleanup() { kill $xvfb 2>/dev/null || true; uninstall; }
trap cleanup EXIT
sleep 1
# Waits for a window of huiwu whose title contains $1; prints its id. The window is found by its
# class (WM_CLASS "huiwu", the desktop entry's StartupWMClass) and its title read from
# _NET_WM_NAME: xdotool's --name matches WM_NAME, which winit fills with UTF-8 bytes as Latin-1,
# so a Chinese title never matches there.
wait_for_window() {
  local wid
  for _ in $(seq 1 60); do
    for wid in $(xdotool search --class '^huiwu$' 2>/dev/null || true); do
      case "$(xdotool getwindowname "$wid" 2>/dev/null)" in *"$1"*) echo "$wid"; return 0;; esac
    done
    sleep 0.5
  done
  return 1
}
close_window() { # WID: with 退出 (Ctrl+Q), then by its process id if it is still there
  local pid
  pid=$(xdotool getwindowpid "$1" 2>/dev/null || true)
  xdotool windowfocus --sync "$1" 2>/dev/null || true
  xdotool key --window "$1" ctrl+q 2>/dev/null || true
  [ -n "$pid" ] || return 0
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill "$pid" 2>/dev/null || true
}

# 1. From the desktop entry, with a file (what a file manager's 「打开方式 → 会务」 does): GLib
#    reads Exec=huiwu %f and puts the file in for %f.
cd "$tmp"
gio launch /usr/share/applications/huiwu.desktop "$tmp/会议.ron" >"$tmp/launch.log" 2>&1 &
wid=$(wait_for_window "会议.ron") || { cat "$tmp/launch.log"; fail "no window named after the session"; }
title=$(xdotool getwindowname "$wid")
echo "window title: $title"
case "$title" in *会议.ron*会务*) ;; *) fail "the title '$title' does not name the session and the program";; esac
sleep 2
mkdir -p "$repo/docs/screenshots"
import -window "$wid" "$repo/docs/screenshots/installed.png"
echo "screenshot: docs/screenshots/installed.png"
close_window "$wid"

# 2. A double-click: the file's type, its default application, its desktop entry.
gio open "$session" >"$tmp/open.log" 2>&1 &
wid=$(wait_for_window "hebi-12-09.ron") || { cat "$tmp/open.log"; fail "gio open did not open the session in huiwu"; }
echo "double-click opens: $(xdotool getwindowname "$wid")"
close_window "$wid"

# 3. From the menu, with no file: %f is dropped; the last session opens (or the start page).
gio launch /usr/share/applications/huiwu.desktop >"$tmp/menu.log" 2>&1 &
wid=$(wait_for_window "会务") || { cat "$tmp/menu.log"; fail "no window without a file"; }
echo "without a file: $(xdotool getwindowname "$wid")"
close_window "$wid"
cd "$repo"

say "uninstall"
dpkg -r huiwu >/dev/null
[ ! -e /usr/bin/huiwu ] || fail "/usr/bin/huiwu is still there"
[ "$(xdg-mime query filetype "$session")" != application/x-huiwu-session ] || fail "the type is still known"
echo "removed"
trap 'kill $xvfb 2>/dev/null || true' EXIT
say "test-deb: all checks passed"
