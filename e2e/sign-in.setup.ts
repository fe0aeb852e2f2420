import { test as setup } from '@playwright/test';
import { DEMO_USERS, storageFor } from './roles';

/** Signs every demonstration user in once on the project's server; the specs start from these sessions. */
for (const user of DEMO_USERS) {
  setup(`sign in as ${user}`, async ({ request }) => {
    const server = (setup.info().project.metadata as { server?: string }).server;
    const response = await request.post('/api/session', {
      data: { username: user, password: `${user}-demo` },
    });
    if (!response.ok()) throw new Error(`${user} could not sign in: ${response.status()}`);
    await request.storageState({ path: storageFor(user, server) });
  });
}
