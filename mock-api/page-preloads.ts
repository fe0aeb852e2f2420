/**
 * What a page will load once the app runs, named in the page itself so the browser fetches it
 * with the app instead of one import at a time after it: the reader's language files and the
 * chunks of the screen asked for. The build writes the list (scripts/preload-app.mjs).
 *
 * The shell's files are not named: the app asks for them as soon as it starts
 * (src/app/app.routes.ts), and named in the page as well they only made the first drawing one
 * longer task (Lighthouse's total blocking time on a phone about 280 ms instead of 200, measured
 * when the shell was 23 files; it is 2 since scripts/merge-chunks.mjs, not measured again).
 *
 * A signed-out visitor's page names nothing: the sign-in page's few chunks, preloaded, arrived
 * together and ran as one longer task (Lighthouse's total blocking time on a phone rose from
 * about 200 to 270 ms) without painting it any sooner.
 */
export interface PreloadManifest {
  /** A language's files, loaded before the app starts (English has none). */
  languages: Record<string, string[]>;
  routes: (
    { path: string; children: boolean; files: string[] } | { path: string; redirectTo: string }
  )[];
}

export interface Visitor {
  signedIn: boolean;
  language: string | null;
}

/** The route the app will show for a path: `goals/:id` matches `/goals/3`; a parent its children. */
function routeFiles(manifest: PreloadManifest, path: string): string[] {
  const segments = path.split('/').filter(Boolean);
  const redirect = manifest.routes.find((r) => 'redirectTo' in r && r.path === '');
  if (segments.length === 0 && redirect && 'redirectTo' in redirect)
    return routeFiles(manifest, redirect.redirectTo);
  const matches = (pattern: string, children: boolean) => {
    const parts = pattern.split('/');
    if (parts.length > segments.length || (!children && parts.length < segments.length))
      return false;
    return parts.every((p, i) => p.startsWith(':') || p === segments[i]);
  };
  for (const route of manifest.routes)
    if ('files' in route && route.path !== '**' && matches(route.path, route.children))
      return route.files;
  const notFound = manifest.routes.find((r) => r.path === '**');
  return notFound && 'files' in notFound ? notFound.files : [];
}

export function pagePreloads(manifest: PreloadManifest, path: string, visitor: Visitor): string[] {
  const files = [
    ...(visitor.language ? (manifest.languages[visitor.language] ?? []) : []),
    ...(visitor.signedIn ? routeFiles(manifest, path) : []),
  ];
  // Names from the build, checked anyway: they are written into the page.
  return [...new Set(files)].filter((file) => /^[\w.-]+\.js$/.test(file));
}

/**
 * The links for a page. The language files come first and at the page's priority: the app waits
 * for them. The screen's come after the app's own start-up code and the shell, at low priority.
 */
export function preloadLinks(manifest: PreloadManifest, path: string, visitor: Visitor): string {
  const language = new Set(visitor.language ? (manifest.languages[visitor.language] ?? []) : []);
  return pagePreloads(manifest, path, visitor)
    .map((file) =>
      language.has(file)
        ? `<link rel="modulepreload" href="${file}">`
        : `<link rel="modulepreload" href="${file}" fetchpriority="low">`,
    )
    .join('');
}
