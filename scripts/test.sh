#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, the Indonesian catalogue's completeness, unit specs
# (Karma in headless Chromium), the API's tests on the JSON file store (as of the seed's date,
# then as of two later dates) and on a PostgreSQL server started for them, the engine specs in
# several time zones, and end-to-end tests (Playwright; on the file store, with a smoke test on
# PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-test-tools.sh
export CHROME_BIN="${CHROME_BIN:-/usr/bin/chromium}"

step() { printf '\n=== %s ===\n' "$1"; }
step "Lint";               npm run lint
step "Translations";       npm run test:i18n
step "Unit specs";         npm run test:unit
step "Mock API tests";     npm run test:api
step "Mock API tests on PostgreSQL"; npm run test:api:postgres
step "Mock API tests on other dates"; npm run test:calendar
step "Engine in time zones"; npm run test:tz
step "End-to-end tests";   CI="${CI:-1}" WITH_POSTGRES_AS=E2E_DATABASE_URL bash scripts/with-postgres.sh npm run test:e2e
