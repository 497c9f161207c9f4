#!/usr/bin/env bash
# Installs what the test suite needs from Debian's packages when it is missing:
# PostgreSQL and dovecot (the tests start their own servers on 127.0.0.1), Node.js with npm (the GraphQL-over-HTTP audit),
# Chromium with a font (the portal's browser tests drive it headless; no browser is downloaded).
set -euo pipefail

need=()
compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || need+=(postgresql)
[ -x /usr/sbin/dovecot ] && [ -e /usr/lib/dovecot/imap ] || need+=(dovecot-imapd)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
command -v setpriv >/dev/null || need+=(util-linux)
[ -x /usr/lib/chromium/chromium ] || [ -x /usr/bin/chromium ] || need+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Missing for the tests: ${need[*]}. Install them (Debian: apt-get install ${need[*]}) and run again." >&2
  exit 1
fi

echo "Installing ${need[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
