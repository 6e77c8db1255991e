#!/bin/sh
# Installs the Debian/Ubuntu packages citecheck needs, only those missing.
# Uses apt-get directly as root, sudo otherwise; says what to do when neither works.
set -u
PKGS="make gcc pkg-config libpcre2-dev libjansson-dev libcurl4-openssl-dev libutf8proc-dev libgumbo-dev python3"
[ -n "${CITECHECK_EXTRA_PKGS:-}" ] && PKGS="$PKGS $CITECHECK_EXTRA_PKGS"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "citecheck: missing packages:$missing" >&2
    echo "citecheck: this is not a Debian/Ubuntu system; install their equivalents by hand" >&2
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=""
elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"
else
    echo "citecheck: missing packages:$missing" >&2
    echo "citecheck: run as root or install sudo, or run: apt-get install$missing" >&2
    exit 1
fi
echo "citecheck: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2 || true
# shellcheck disable=SC2086
if ! $SUDO apt-get install -y -qq --no-install-recommends $missing >&2; then
    echo "citecheck: apt-get install failed for:$missing" >&2
    exit 1
fi
