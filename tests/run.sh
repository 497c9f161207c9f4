#!/usr/bin/env bash
# Runs all tests. Installs missing prerequisites (as root on Debian: PostgreSQL, dovecot-imapd, Node.js), the pinned audit package,
# then the whole xunit suite; the tests start and stop their own servers on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/prerequisites.sh
(cd tests/audit && npm ci --no-audit --no-fund --loglevel=error)

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
status=0
dotnet test LivcR.Support.sln --logger "console;verbosity=normal" --logger "trx;LogFileName=results.trx" \
  --results-directory "$results" || status=$?

# One plain summary line: "tests: N passed, N failed, N skipped".
trx="$(find "$results" -name results.trx | head -n 1)"
if [ -n "$trx" ]; then
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  # The failed tests by name, with the first lines of their messages, so the end of a long log tells what broke.
  python3 - "$trx" <<'PY' || true
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for r in ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult", ns):
    if r.get("outcome") == "Failed":
        msg = r.find(".//t:Message", ns)
        text = (msg.text or "").strip().splitlines()[:6] if msg is not None else []
        print("FAILED " + r.get("testName", "?"))
        for line in text:
            print("    " + line[:300])
PY
  total="$(get total)"; passed="$(get passed)"; failed="$(get failed)"
  echo "tests: ${passed:-0} passed, ${failed:-0} failed, $(( ${total:-0} - ${passed:-0} - ${failed:-0} )) skipped"
else
  echo "tests: 0 passed, 1 failed (no test results were written)"
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
