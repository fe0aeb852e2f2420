/** Where each demonstration user's signed-in browser state is kept for the specs. */
export const DEMO_USERS = ['comanager', 'cochair', 'wgmember', 'admin'] as const;
export type DemoUser = (typeof DEMO_USERS)[number];
/** Sessions belong to one server: each calendar run's server has a folder of its own. */
export const storageFor = (user: DemoUser, server = 'main') => `e2e/.auth/${server}/${user}.json`;
