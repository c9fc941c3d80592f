#!/usr/bin/env bash
# The whole test suite: the type check, then unit, component and browser tests (the browser tests build and
# serve real sites). `next build` leaves type checking to this script (see next.config.ts).
# Installs Debian's Chromium and xmllint first where they are missing. Ends with one line: `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests need where missing: Chromium (browser tests), xmllint (sitemap schema checks).
missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if ! command -v xmllint >/dev/null; then missing+=(libxml2-utils); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (Debian packages) for the tests..."
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null ||
    { echo "Could not install ${missing[*]}"; exit 1; }
fi

# The type check counts as one test in the total.
echo "Type check (tsc --noEmit)..."
if npx tsc --noEmit -p .; then typecheck=0; echo "Type check passed."; else typecheck=1; echo "Type check FAILED."; fi

mkdir -p test-results
rm -f test-results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
status=$?

node -e '
  const fs = require("fs");
  const file = "test-results/vitest.json";
  const typecheck = Number(process.argv[1]);
  if (!fs.existsSync(file)) { console.log(`${1 - typecheck} passed, ${1 + typecheck} failed`); process.exit(0); }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  // A file that fails to load counts as a failure even though it ran no test.
  const broken = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  console.log(`${r.numPassedTests + 1 - typecheck} passed, ${r.numFailedTests + broken + typecheck} failed`);
' "$typecheck"
[ "$typecheck" -ne 0 ] && exit 1
exit $status
