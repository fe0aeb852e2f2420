import { expect, test } from './fixtures';
import { storageFor } from './roles';

test.describe('settings', () => {
  // Settings are the administrator's.
  test.use({ storageState: storageFor('admin') });

  test('a valid change is saved to the API and survives a reload', async ({ page }) => {
    await page.goto('/settings');
    const onTrack = page.getByLabel('On track at or above (% of expected)');
    await expect(onTrack).toHaveValue('90');
    await onTrack.fill('85');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status')).toHaveText('Settings saved.');
    await page.reload();
    await expect(page.getByLabel('On track at or above (% of expected)')).toHaveValue('85');
    await test.step('put it back', async () => {
      await page.getByLabel('On track at or above (% of expected)').fill('90');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByRole('status')).toHaveText('Settings saved.');
    });
  });

  test('invalid input is explained beside the field and nothing is sent', async ({ page }) => {
    let writes = 0;
    page.on('request', (r) => {
      if (r.method() !== 'GET' && r.url().includes('/api/')) writes++;
    });
    await page.goto('/settings');
    const atRisk = page.getByLabel('At risk at or above (% of expected)');
    await atRisk.fill('');
    await atRisk.blur();
    await expect(page.getByText('Enter a percentage.')).toBeVisible();
    await atRisk.fill('95');
    await atRisk.blur();
    await expect(page.getByRole('alert')).toHaveText(
      'The at-risk threshold must be below the on-track threshold.',
    );
    await expect(page.getByRole('button', { name: 'Save settings' })).toBeDisabled();
    expect(writes).toBe(0);
  });

  test('the API refuses an invalid write with its message, and the UI shows it', async ({
    page,
    request,
  }) => {
    const settings = (await (await request.get('/api/settings')).json())[0];
    const { csrfToken } = await (await request.get('/api/session')).json();
    const refused = await request.put('/api/settings/app', {
      data: { ...settings, yearStartMonth: 13 },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).message).toContain('yearStartMonth');

    // The form cannot send such a value, so let a stale server rule refuse a valid-looking one.
    await page.route('**/api/settings/app', (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({
            status: 400,
            json: {
              message: 'The setting is not valid: onTrackThreshold must be at most 2 (200 %).',
              problems: [],
            },
          })
        : route.continue(),
    );
    await page.goto('/settings');
    await page.getByLabel('On track at or above (% of expected)').fill('95');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'The settings were not saved: The setting is not valid: onTrackThreshold',
    );
    await page.unroute('**/api/settings/app');
    await page.reload();
    await expect(page.getByLabel('On track at or above (% of expected)')).toHaveValue('90');
  });
});
