import {
  test as base,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';
import { E2E_TODAY } from './today';

export { expect } from '@playwright/test';

/**
 * Every spec's `test`: the browser's clock is pinned to `today` (the project's date) before
 * the first page opens. Only Date is fixed: timers keep running.
 */
export const test = base.extend<{ today: string; pinnedClock: void }>({
  today: [E2E_TODAY, { option: true }],
  pinnedClock: [
    async ({ context, today }, use) => {
      await pinClock(context, today);
      await use();
    },
    { auto: true },
  ],
});

/** Mid-morning of the day, in the browser's own time zone: the date reads the same everywhere. */
export function pinClock(context: BrowserContext, today: string): Promise<void> {
  return context.clock.setFixedTime(`${today}T10:00:00`);
}

/** A page in a context of its own (another person's browser), its clock pinned like the rest. */
export async function newPinnedPage(
  browser: Browser,
  today: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    ...options,
  });
  await pinClock(context, today);
  return context.newPage();
}

/**
 * Holds back the answers to `url` until the returned function is called, to see what a page
 * shows while they are on their way.
 */
export async function holdBack(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
