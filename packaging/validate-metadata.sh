#!/bin/sh
# Checks the .desktop file and the AppStream metainfo with the freedesktop tools,
# where they are installed (Debian: desktop-file-utils, appstream; system-deps.sh --package).
set -u
here=$(dirname "$0")
status=0
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$here"/*.desktop && echo "desktop-file-validate: ok" || status=1
else
  echo "desktop-file-validate not installed: the .desktop file is not checked"
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$here"/*.metainfo.xml || status=1
else
  echo "appstreamcli not installed: the AppStream metainfo is not checked"
fi
exit $status
