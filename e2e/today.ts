/**
 * The dates the end-to-end tests run as of. The server (RSO_TODAY) and every browser page
 * (Playwright's clock) are pinned to the same date, so no test depends on the day it runs.
 */
export const E2E_TODAY = '2026-11-24';
/** The calendar-proof runs: the tests tagged @calendar again, each on a server of its own. */
export const CALENDAR_DATES = ['2027-01-02', '2028-03-15', '2030-06-30'] as const;
