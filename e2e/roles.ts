/** Where each demonstration user's signed-in browser state is kept for the specs. */
export const DEMO_USERS = ['comanager', 'cochair', 'wgmember', 'admin'] as const;
export type DemoUser = (typeof DEMO_USERS)[number];
export const storageFor = (user: DemoUser) => `e2e/.auth/${user}.json`;
