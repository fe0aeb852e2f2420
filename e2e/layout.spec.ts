import type { Page } from '@playwright/test';
import { expect, newPinnedPage, test } from './fixtures';
import { storageFor } from './roles';
import { pathsFor, routedPaths } from './routes';

/** The meeting-room presentation is a full-screen view of its own, not a page to scroll. */
const EXEMPT = new Set(['reports/present', '**']);
const SIZES = [
  { width: 390, height: 844 },
  { width: 820, height: 1180 },
];

/**
 * What runs wider than the screen: the page itself, the main area, and any element that
 * reaches past the main area's right edge outside a container that scrolls sideways (a
 * control pushed off the edge, a table without its scroller).
 */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main');
    const right = main ? main.getBoundingClientRect().right : window.innerWidth;
    const scrolls = (e: Element) => {
      for (let a = e.parentElement; a && a !== main; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        // A scroller, or a box that cuts its text short on purpose (a select's ellipsis).
        if (o !== 'visible') return true;
      }
      return false;
    };
    const beyond = [...(main ?? document.body).querySelectorAll('*')]
      .filter((e) => {
        const box = e.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > right + 1 && !scrolls(e);
      })
      .map(
        (e) => `${e.tagName.toLowerCase()}.${String(e.getAttribute('class') ?? '').split(' ')[0]}`,
      );
    return {
      page: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      main: main ? Math.max(0, main.scrollWidth - main.clientWidth) : 0,
      beyond: beyond.slice(0, 3),
    };
  });

async function settle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test.describe('phones and tablets', () => {
  test.use({ storageState: storageFor('admin') });

  for (const size of SIZES) {
    test(`no route is wider than the screen at ${size.width}×${size.height}`, async ({
      page,
      browser,
      today,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(size);
      const pathOf = await pathsFor(page.request);
      const routes = routedPaths().filter((r) => !EXEMPT.has(r));
      expect(routes.length).toBeGreaterThan(15);
      for (const route of routes) {
        await test.step(route, async () => {
          // Sign-in is seen signed out.
          const target =
            route === 'sign-in' ? await newPinnedPage(browser, today, { viewport: size }) : page;
          await settle(target, `/${pathOf(route)}`);
          expect
            .soft(await overflow(target), `/${pathOf(route)} is wider than the screen`)
            .toEqual({ page: 0, main: 0, beyond: [] });
          if (target !== page) await target.context().close();
        });
      }
    });
  }

  test('the toolbar title is whole on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/overview');
    const title = page.locator('.brand-name');
    await expect(title).toHaveText('RSO Results Dashboard');
    // Wrapped, not cut: the text fits the box it is drawn in.
    expect(await title.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBeTruthy();
  });
});
