// Shared by the performance scripts: the built app and the mock API on a data set, and a
// signed-in page (the demonstration co-manager, or another demonstration user).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';

export async function startServer({ port, data, reset = true }) {
  if (!existsSync('dist/rso-dashboard/browser/index.html')) {
    spawnSync(process.execPath, ['node_modules/@angular/cli/bin/ng.js', 'build'], {
      stdio: 'inherit',
    });
    // As `npm run build` does.
    spawnSync(process.execPath, ['scripts/after-build.mjs'], { stdio: 'inherit' });
  }
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'mock-api/server.ts',
      '--port',
      String(port),
      '--db',
      // The working copy goes beside the other working data (git-ignored), never next to the seed.
      `mock-api/data/perf-${basename(data)}`,
      '--seed',
      data,
      ...(reset ? ['--reset'] : []),
      '--static',
      'dist/rso-dashboard/browser',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  process.on('exit', () => server.kill());
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error('The mock API stopped: see the lines above.');
    try {
      // Any answer (401 without a session) means it is listening.
      await fetch(`http://127.0.0.1:${port}/api/session`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return { base: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}

/**
 * The session cookie (`name=value`) of a demonstration user signed in through the API, their
 * account set to read `language` (kept on the account, so it holds for all their sessions).
 */
export async function sessionCookie(base, user, language) {
  const answer = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user, password: `${user}-demo` }),
  });
  if (!answer.ok) throw new Error(`Signing in as ${user}: ${answer.status} ${await answer.text()}`);
  const cookie = answer.headers.get('set-cookie').split(';')[0];
  const { csrfToken } = await answer.json();
  const set = await fetch(`${base}/api/session`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ language }),
  });
  if (!set.ok) throw new Error(`Choosing ${language} for ${user}: ${set.status}`);
  return cookie;
}

/** The generated data set of `activities` activities, made on first use and whenever the generator changed since. */
export function largeDataSet(activities) {
  const data = `mock-api/data/large-${activities}.json`;
  const generator = ['mock-api/seed/generator.ts', 'mock-api/seed/reference.ts'];
  const stale =
    !existsSync(data) || generator.some((file) => statSync(file).mtimeMs > statSync(data).mtimeMs);
  if (stale) {
    const made = spawnSync(
      'npx',
      ['tsx', 'mock-api/seed/generate.ts', '--activities', String(activities), '--out', data],
      { stdio: 'inherit' },
    );
    if (made.status !== 0) throw new Error(`Could not generate ${data}: see the lines above.`);
  }
  return data;
}

/**
 * Signs the page in through the sign-in page, landing on `path`. Answers when the sign-in page
 * was ready and when the button was clicked (Date.now()).
 */
export async function signIn(page, base, path, user = 'comanager') {
  await page.goto(`${base}/sign-in?returnUrl=${encodeURIComponent(path)}`);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(`${user}-demo`);
  const ready = Date.now();
  await page.getByRole('button', { name: 'Sign in' }).click();
  return { ready, clicked: Date.now() };
}

/**
 * Milliseconds from the click event, as the page receives it, to the first frame painted once
 * the element `selector` is there (with a text other than `changedFrom`, when given). Timed in
 * the page, so the browser automation's own round trips are not counted; the click's time stays
 * in `window.__clickAt` for anything else the caller times from it.
 */
export async function clickToPaint(page, click, { selector, changedFrom = null }) {
  await page.evaluate(
    ([selector, changedFrom]) => {
      const done = () => {
        const el = document.querySelector(selector);
        return !!el && (changedFrom === null || el.textContent.trim() !== changedFrom);
      };
      window.__clickAt = null;
      document.addEventListener('click', () => (window.__clickAt = performance.now()), {
        capture: true,
        once: true,
      });
      // Checked just before each frame is painted; a timer set there runs just after the paint
      // (and before a chart redraw scheduled in the same frame, whose timer comes later).
      window.__shown = new Promise((resolve) => {
        const check = () =>
          window.__clickAt !== null && done()
            ? setTimeout(() => resolve(performance.now()))
            : requestAnimationFrame(check);
        requestAnimationFrame(check);
      });
    },
    [selector, changedFrom],
  );
  await click();
  return page.evaluate(async () => (await window.__shown) - window.__clickAt);
}
