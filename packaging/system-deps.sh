#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries that Qt, QtWebEngine and the screenshot
# tool need, when they are missing. As root it runs apt-get; otherwise it
# prints the exact command to run. Elsewhere (not Debian) it says what it
# would need and carries on: the pip wheels bring Qt itself.
#   packaging/system-deps.sh          libraries to run the editor on X11 (and Wayland's xcb
#                                     fallback) and its tests, Xvfb included: the tests start the
#                                     real window under X11 (xcb), not only offscreen
#   packaging/system-deps.sh --x11    the same (kept for make screenshot)
#   packaging/system-deps.sh --jekyll Debian's jekyll (make test: the built-page tests and
#                                     `post-editor build`); optional, so without root it only
#                                     prints the command and succeeds
#   packaging/system-deps.sh --package the checkers `make package` runs on the .desktop and
#                                     AppStream files (desktop-file-validate, appstreamcli);
#                                     optional like --jekyll
# The lists were checked with ldd against PySide6's libqxcb.so, libqwayland.so (and their
# GL and shell plugins), libQt6WebEngineCore and QtWebEngineProcess: every library they
# link that is not in the wheel comes from a package here or from one of their dependencies.
set -u

# Alternatives are separated by '|': the first one the archive knows is used
# (Debian 13 renamed some libraries with a t64 suffix).
RUNTIME=(
  libglib2.0-0t64\|libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  libegl1 libgl1 libopengl0 libgbm1 libdrm2 libnss3 libnspr4 libasound2t64\|libasound2
  libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libxshmfence1 libx11-xcb1
  libxcb1 libxext6 libxfixes3 libxrender1 libxi6 libxcursor1 libgssapi-krb5-2 fonts-dejavu-core
)
# The native Wayland platform (Qt tries it first in a Wayland session; without these it
# falls back to xcb through XWayland, which the X11 list covers).
WAYLAND=(libwayland-client0 libwayland-cursor0 libwayland-egl1)
X11=(
  xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  libxcb-shm0 libxcb-sync1 libxcb-render0 libxcb-glx0 x11-utils
)

wanted=("${RUNTIME[@]}" "${X11[@]}" "${WAYLAND[@]}")
optional=0
if [ "${1:-}" = "--jekyll" ]; then
  command -v jekyll >/dev/null 2>&1 && exit 0  # (any jekyll will do: a gem install as well)
  wanted=(jekyll)
  optional=1
elif [ "${1:-}" = "--package" ]; then
  wanted=(desktop-file-utils appstream)
  optional=1
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  if [ $optional = 1 ]; then
    [ "${1:-}" = "--jekyll" ] && \
      echo "system-deps: Jekyll not found; the built-page tests are skipped (see https://jekyllrb.com/docs/installation/)." >&2
  else
    echo "system-deps: not a Debian/Ubuntu system; make sure Qt's usual libraries (EGL, NSS, xkbcommon, fontconfig, xcb-cursor) are installed." >&2
  fi
  exit 0
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for spec in "${wanted[@]}"; do
  IFS='|' read -r -a alts <<<"$spec"
  have=0
  for alt in "${alts[@]}"; do installed "$alt" && have=1 && break; done
  [ $have = 1 ] || missing+=("$spec")
done
[ ${#missing[@]} = 0 ] && exit 0

# The alternative this system's archive knows (apt-cache needs no root); the first one
# when the archive does not know any (its lists not yet downloaded).
pick() {
  IFS='|' read -r -a alts <<<"$1"
  for alt in "${alts[@]}"; do
    if apt-cache show "$alt" >/dev/null 2>&1; then echo "$alt"; return; fi
  done
  [ "${2:-}" = --or-first ] && echo "${alts[0]}"
}

if [ "$(id -u)" != 0 ]; then
  names=()
  for spec in "${missing[@]}"; do
    case $spec in *\|*) names+=("$(pick "$spec" --or-first)") ;; *) names+=("$spec") ;; esac
  done
  if [ "${1:-}" = "--package" ]; then
    echo "The .desktop and AppStream checkers are not installed: make package skips them. To run them:" >&2
    echo "  sudo apt-get install -y ${names[*]}" >&2
    exit 0
  elif [ $optional = 1 ]; then
    echo "Jekyll is not installed: the built-page tests are skipped. To run them:" >&2
    echo "  sudo apt-get install -y ${names[*]}" >&2
    exit 0
  fi
  echo "Qt needs system libraries that are not installed. Run:" >&2
  echo "  sudo apt-get install -y ${names[*]}" >&2
  exit 1
fi

echo "system-deps: installing ${#missing[@]} missing packages with apt-get" >&2
apt-get update -qq >/dev/null 2>&1 || true
names=()
for spec in "${missing[@]}"; do
  name=$(pick "$spec")
  [ -n "$name" ] && names+=("$name")
done
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${names[@]}" >/dev/null \
  || { echo "system-deps: apt-get install ${names[*]} failed" >&2; [ $optional = 1 ] && exit 0; exit 1; }
