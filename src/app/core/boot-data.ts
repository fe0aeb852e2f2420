/**
 * What the server put in the page for a signed-in visitor (mock-api/static-files.ts): GET
 * /api/session's answer, so the app starts without asking, in the account's language. Taken by
 * main.ts as it starts, after which nothing of it stays in the page, and handed to the app's
 * session check (core/boot-session.ts). A block that is missing or malformed is as if there were
 * none: the app asks the API.
 */
export const BOOT_ID = 'rso-session';

/** The page's data, left in place. */
export function peekBootData(doc: Document = document): unknown {
  const block = doc.getElementById(BOOT_ID);
  if (block?.getAttribute('type') !== 'application/json') return null;
  try {
    return JSON.parse(block.textContent ?? '') as unknown;
  } catch {
    return null;
  }
}

/** The page's data, once: later calls (after signing out and in again) find none. */
export function takeBootData(doc: Document = document): unknown {
  const value = peekBootData(doc);
  doc.getElementById(BOOT_ID)?.remove();
  return value;
}
