/**
 * Who may do what. Roles are enforced by the API and reflected by the UI, from this one table.
 * No schemas here: the app's start-up reads this file.
 */
export const ROLES = ['co-manager', 'co-chair', 'wg-member', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

/** The collections each role may write; every role reads everything but the users. */
const WRITES: Record<Role, readonly string[]> = {
  'co-manager': [
    'activities',
    'indicators',
    'actuals',
    'narratives',
    'meetings',
    'frameworks',
    'workPlans',
  ],
  'co-chair': [],
  'wg-member': [],
  administrator: ['settings', 'users'],
};

export function canWrite(role: Role | null | undefined, collection: string): boolean {
  return !!role && WRITES[role].includes(collection);
}

/** A user as everyone but the server sees it: never with a password or its hash. */
export interface User {
  id: string;
  username: string;
  name: string;
  role: Role;
  /** For working-group members: the group their views start from. */
  workingGroup: string | null;
  disabled: boolean;
  /** Set by an administrator's reset: the user chooses their own password at the next sign-in. */
  mustChangePassword?: boolean;
  /** The language the user chose to read in; null until they choose one. */
  language?: 'en' | 'id' | null;
  version: number;
}

/** A user as stored. */
export interface StoredUser extends User {
  passwordHash: string;
  /**
   * Raised by a password change, a role change or disabling: a session signed in under an
   * older value has ended.
   */
  credentialVersion?: number;
}

export function publicUser(user: StoredUser): User {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    workingGroup: user.workingGroup,
    disabled: user.disabled,
    mustChangePassword: user.mustChangePassword === true,
    language: user.language ?? null,
    version: user.version,
  };
}
