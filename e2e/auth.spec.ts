import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, newPinnedPage, test } from './fixtures';
import { storageFor, type DemoUser } from './roles';

/** These start signed out. */
test.use({ storageState: { cookies: [], origins: [] } });

async function signIn(page: Page, user: DemoUser, password = `${user}-demo`) {
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

/** On the password page: the current password, then the new one twice. */
async function choosePassword(page: Page, current: string, next: string) {
  await page.getByLabel('Current password').fill(current);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('New password again').fill(next);
  await page.getByRole('button', { name: 'Save password' }).click();
}

test.describe('sign-in and roles', () => {
  test('no screen without a session: the sign-in page says how to sign in with the demonstration users', async ({
    page,
  }) => {
    await page.goto('/activities?period=framework');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=/);
    await expect(page.getByRole('heading', { name: 'Demonstration users' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'comanager-demo' })).toBeVisible();
    await test.step('a wrong password gets the one generic message', async () => {
      await signIn(page, 'comanager', 'not-the-password');
      await expect(page.getByRole('alert')).toHaveText('The user name or password is not correct.');
    });
    await test.step('signed in, back where the visitor was going', async () => {
      await signIn(page, 'comanager');
      await expect(page).toHaveURL(/\/activities\?period=framework/);
      await expect(page.getByRole('heading', { level: 1, name: 'Activities' })).toBeVisible();
    });
  });

  const roles: [DemoUser, string, { edits: boolean; settings: boolean; users: boolean }][] = [
    ['comanager', 'Co-manager', { edits: true, settings: false, users: false }],
    ['cochair', 'Co-chair', { edits: false, settings: false, users: false }],
    ['wgmember', 'Working-group member', { edits: false, settings: false, users: false }],
    ['admin', 'Administrator', { edits: false, settings: true, users: true }],
  ];
  for (const [user, role, may] of roles) {
    test(`${role}: the toolbar says who is signed in, and only their actions are offered`, async ({
      page,
    }) => {
      await page.goto('/sign-in');
      await signIn(page, user);
      await expect(page.getByRole('banner').or(page.locator('mat-toolbar'))).toContainText(role);

      await page.goto('/activities/act-0001');
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
      await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(may.edits ? 1 : 0);
      await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(may.edits ? 1 : 0);
      await page.goto('/activities');
      await expect(page.getByRole('link', { name: 'New activity' })).toHaveCount(may.edits ? 1 : 0);

      await page.goto('/settings');
      await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(
        may.settings ? 1 : 0,
      );
      await expect(nav(page).getByRole('link', { name: 'Users' })).toHaveCount(may.users ? 1 : 0);

      if (!may.edits) {
        // The address alone does not open what the role may not do.
        await page.goto('/activities/new');
        await expect(page).toHaveURL(/\/overview/);
      }
    });
  }

  test('a working-group member starts from their group', async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, 'wgmember');
    await expect(page).toHaveURL(/[?&]wg=WGTIP/);
  });

  test('an administrator adds a user, who can then sign in with their role', async ({
    browser,
    today,
    page,
  }) => {
    await page.goto('/sign-in?returnUrl=%2Fusers');
    await signIn(page, 'admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    const username = `chair${Date.now() % 100000}`;
    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Name', { exact: true }).fill('New co-chair');
    await page.getByLabel('Password').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Add user' }).click();
    await expect(page.getByRole('row', { name: new RegExp(username) })).toContainText('Active');

    const other = await newPinnedPage(browser, today, {
      storageState: { cookies: [], origins: [] },
    });
    await other.goto('/sign-in');
    await signIn(other, username as DemoUser, 'a-long-enough-password');
    await test.step('the administrator chose that password: they choose their own first', async () => {
      await expect(
        other.getByRole('heading', { level: 1, name: 'Choose your own password' }),
      ).toBeVisible();
      await choosePassword(other, 'a-long-enough-password', 'quiet-harbour-compass');
    });
    await expect(other.locator('mat-toolbar')).toContainText('Co-chair');
    await other.close();

    await test.step('disabled, they cannot sign in', async () => {
      // Choosing their password changed their record: the list is read again first.
      await page.reload();
      await page.getByRole('button', { name: `Disable ${username}` }).click();
      await expect(page.getByRole('row', { name: new RegExp(username) })).toContainText('Disabled');
      const again = await newPinnedPage(browser, today, {
        storageState: { cookies: [], origins: [] },
      });
      await again.goto('/sign-in');
      await signIn(again, username as DemoUser, 'quiet-harbour-compass');
      await expect(again.getByRole('alert')).toHaveText(
        'The user name or password is not correct.',
      );
      await again.close();
    });

    await test.step('re-enabled with a new password, they sign in with it', async () => {
      await page.getByRole('button', { name: `Enable ${username}` }).click();
      await expect(page.getByRole('row', { name: new RegExp(username) })).toContainText('Active');
      await page.getByRole('button', { name: `New password for ${username}` }).click();
      const dialog = page.getByRole('dialog', { name: `New password for ${username}` });
      await dialog.getByLabel('New password').fill('another-long-password');
      await dialog.getByRole('button', { name: 'Set password' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: 'Saved the changes' })).toHaveText(
        `Saved the changes to ${username}.`,
      );
      const back = await newPinnedPage(browser, today, {
        storageState: { cookies: [], origins: [] },
      });
      await back.goto('/sign-in');
      await signIn(back, username as DemoUser, 'another-long-password');
      await choosePassword(back, 'another-long-password', 'granite-willow-beacon');
      await expect(back.locator('mat-toolbar')).toContainText('Co-chair');
      await back.close();
    });
  });

  test('a session that ends during an edit: sign in again over the form, and the edit is kept and saved', async ({
    page,
    context,
  }) => {
    await page.goto('/sign-in?returnUrl=%2Factivities%2Fact-0002%2Fedit');
    await signIn(page, 'comanager');
    const title = page.getByLabel('Title');
    await expect(title).not.toHaveValue('');
    const edited = `Edited after the session ended ${Date.now()}`;
    await title.fill(edited);

    await context.clearCookies(); // the session ends
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await expect(dialog).toBeVisible();
    await expect(title).toHaveValue(edited); // nothing typed is lost
    // The dialog moves focus to its first field once open: type after that.
    await expect(dialog.getByLabel('User name')).toBeFocused();
    await signIn(page, 'comanager');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(edited);
  });

  test('a user changes their own password: a weak one is refused beside the field, other sessions end', async ({
    page,
    browser,
    today,
  }) => {
    const username = `own${Date.now() % 100000}`;
    await test.step('an administrator adds them', async () => {
      const admin = await newPinnedPage(browser, today, { storageState: storageFor('admin') });
      const { csrfToken } = (await (await admin.request.get('/api/session')).json()) as {
        csrfToken: string;
      };
      const added = await admin.request.post('/api/users', {
        headers: { 'x-csrf-token': csrfToken },
        data: {
          username,
          name: 'Own password',
          role: 'co-manager',
          workingGroup: null,
          password: 'set-by-the-administrator',
        },
      });
      expect(added.status()).toBe(201);
      await admin.context().close();
    });
    await page.goto('/sign-in');
    await signIn(page, username as DemoUser, 'set-by-the-administrator');
    await choosePassword(page, 'set-by-the-administrator', 'quiet-harbour-compass');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

    const elsewhere = await newPinnedPage(browser, today, {
      storageState: { cookies: [], origins: [] },
    });
    await elsewhere.goto('/sign-in');
    await signIn(elsewhere, username as DemoUser, 'quiet-harbour-compass');
    await expect(elsewhere.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

    await page.getByRole('link', { name: /change your password/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Change your password' }),
    ).toBeVisible();
    await choosePassword(page, 'quiet-harbour-compass', '1234567890');
    await expect(page.getByText('Is too easy to guess')).toBeVisible();
    await choosePassword(page, 'quiet-harbour-compass', 'granite-willow-beacon');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

    // The other browser's session has ended: its next request asks it to sign in again.
    await elsewhere.reload();
    await expect(elsewhere).toHaveURL(/sign-in/);
    await elsewhere.context().close();
  });

  test('sign-out ends the session', async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, 'cochair');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/overview');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('has no serious or critical accessibility violations on the sign-in page', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
