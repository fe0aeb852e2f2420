import type { User } from '../../domain/roles';

/** Only paths of this app: a return address never leads off the site, nor back to sign-in. */
export function localPath(url: string | undefined): string {
  return url &&
    url.startsWith('/') &&
    !url.startsWith('//') &&
    !url.startsWith('/sign-in') &&
    !url.startsWith('/password')
    ? url
    : '/overview';
}

/** Where a signed-in user goes next: their own password first, if an administrator set it. */
export function nextPage(user: User, returnUrl: string | undefined): string {
  const target = localPath(returnUrl);
  return user.mustChangePassword ? `/password?returnUrl=${encodeURIComponent(target)}` : target;
}
