#!/usr/bin/env bash
# The whole test suite: the type check, then unit, component and browser tests (the browser tests build and
# serve real sites). `next build` leaves type checking to this script (see next.config.ts).
# Installs Debian's Chromium and xmllint first where they are missing. Ends with one line,
# `N passed, N failed, N skipped`, summing every runner (scripts/test-summary-reporter.ts says what counts as
# failed), and exits non-zero whenever anything failed.
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

# The type check and the lint count as one test each in the total.
echo "Type check (tsc --noEmit)..."
if npx tsc --noEmit -p .; then typecheck=0; echo "Type check passed."; else typecheck=1; echo "Type check FAILED."; fi
echo "Lint (npm run lint: ESLint, 0 warnings allowed)..."
if npm run --silent lint; then lint=0; echo "Lint passed."; else lint=1; echo "Lint FAILED."; fi

mkdir -p test-results
rm -f test-results/summary.json
# The summary reporter (scripts/test-summary-reporter.ts) counts what the default reporter's totals leave out:
# tests that never ran because a hook threw, errors in afterAll hooks, unhandled errors, files a failed global
# setup kept from running.
npx vitest run --reporter=default --reporter=./scripts/test-summary-reporter.ts "$@"
status=$?

# The last line sums every runner: the type check and the lint (one test each), then Vitest. Anything that failed counts, and a
# runner that exits non-zero having reported no failure (a crash, a global setup error) counts as one failure.
node -e '
  const fs = require("fs");
  const [typecheck, lint, status] = process.argv.slice(1).map(Number);
  const file = "test-results/summary.json";
  const s = fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, "utf8"))
    : { passed: 0, failed: 1, skipped: 0, otherFailures: ["Vitest wrote no summary (it crashed before the end of the run)"] };
  if (lint !== 0) s.otherFailures.unshift("the lint (npm run lint)");
  if (typecheck !== 0) s.otherFailures.unshift("the type check (tsc --noEmit)");
  if (status !== 0 && s.failed === 0) {
    s.failed = 1;
    if (s.otherFailures.length === 0) s.otherFailures.push(`Vitest exited with status ${status}`);
  }
  if (s.otherFailures.length > 0) {
    console.log("\nCounted as failed besides the failed tests above:");
    for (const line of s.otherFailures) console.log(`  - ${line}`);
  }
  console.log(`${s.passed + 2 - typecheck - lint} passed, ${s.failed + typecheck + lint} failed, ${s.skipped} skipped`);
  process.exit(typecheck !== 0 || lint !== 0 || status !== 0 || s.failed > 0 ? 1 : 0);
' "$typecheck" "$lint" "$status"
