#!/usr/bin/env bash
# Build the one-folder app in dist/endorse-desktop/ and prove it runs.
#
#   packaging/build.sh            (from any folder; PYTHON=python3.12 to pick the interpreter)
#
# 1. a private build venv in build/packaging/venv (reused on later runs) gets the project and
#    PyInstaller, so PyInstaller never becomes a dependency of the app itself;
# 2. PyInstaller builds packaging/endorse-desktop.spec into dist/endorse-desktop/;
# 3. the built app makes a sample group and runs --smoke-test on it, offscreen; the script fails
#    if either step does. Nothing is written outside build/, dist/ and a temporary folder.
#
# Build on the oldest Linux you want to support: the bundle uses this machine's glibc.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

python="${PYTHON:-python3}"
work="$repo/build/packaging"
venv="$work/venv"
app="$repo/dist/endorse-desktop/endorse-desktop"

echo "==> build venv: $venv"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
# Reinstall the project every time so the venv's dependencies follow pyproject.toml.
"$venv/bin/python" -m pip install --quiet --upgrade "$repo" "pyinstaller>=6.10,<7"

echo "==> translations (resources/i18n/*.qm from the .ts files)"
(cd "$repo" && "$venv/bin/python" -m endorse_desktop.i18n release)

echo "==> PyInstaller"
"$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$repo/dist" --workpath "$work/pyinstaller" \
  "$repo/packaging/endorse-desktop.spec"

# The X11 plugin needs the xcb libraries (README.md lists them). PyInstaller copies those it finds
# on this machine; any it cannot find are missing from the bundle too, and a desktop without them
# could not open a window. Say so now rather than on a volunteer's laptop.
xcb_plugin="$repo/dist/endorse-desktop/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
if [ -f "$xcb_plugin" ] && command -v ldd >/dev/null 2>&1; then
  missing="$(LD_LIBRARY_PATH="$repo/dist/endorse-desktop/_internal" ldd "$xcb_plugin" |
    awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')"
  if [ -n "$missing" ]; then
    echo "warning: not bundled, so the app needs them on the user's desktop: $missing" >&2
    echo "warning: install them here (see packaging/README.md) and build again" >&2
  fi
fi

echo "==> smoke test of $app"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/endorse-build-check.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
# Offscreen, with private settings and data folders, so the check needs no display and never
# touches the user's own files.
export QT_QPA_PLATFORM=offscreen
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
  XDG_CACHE_HOME="$scratch/cache" XDG_STATE_HOME="$scratch/state"
mkdir -p "$HOME"

"$app" --version
"$app" demo --db "$scratch/sample.sqlite3"
"$app" --db "$scratch/sample.sqlite3" --smoke-test

echo "==> done: $(du -sh "$repo/dist/endorse-desktop" | cut -f1) in dist/endorse-desktop/"
