#!/bin/sh
# Installs the bundle `make package` built, for one user (or PREFIX=/usr/local as root):
# the program in PREFIX/lib/post-editor, the command in PREFIX/bin, and the menu entry,
# icons and AppStream data in PREFIX/share, where desktops look for them.
#   packaging/install-bundle.sh [dist/post-editor]
set -eu
bundle=${1:-dist/post-editor}
prefix=${PREFIX:-$HOME/.local}
[ -x "$bundle/post-editor" ] || { echo "no bundle at $bundle: run make package" >&2; exit 2; }
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share"
rm -rf "$prefix/lib/post-editor"
cp -R "$bundle" "$prefix/lib/post-editor"
ln -sf "$prefix/lib/post-editor/post-editor" "$prefix/bin/post-editor"
cp -R "$bundle/_internal/share/." "$prefix/share/"
# Menus pick the new entry up at once where this tool exists (icon themes rescan on their own).
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/share/applications" || true
echo "installed: $prefix/bin/post-editor (make sure $prefix/bin is on PATH)"
