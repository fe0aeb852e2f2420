import type { APIRequestContext } from '@playwright/test';

export type Row = Record<string, unknown> & { id: string; version: number };

/** The API as the page's signed-in user, with the session's CSRF token on writes. */
export async function api(request: APIRequestContext) {
  const { csrfToken } = await (await request.get('/api/session')).json();
  const headers = { 'x-csrf-token': csrfToken as string };
  return {
    get: async <T = Row>(path: string): Promise<T> => (await request.get(`/api/${path}`)).json(),
    put: (path: string, data: object) => request.put(`/api/${path}`, { data, headers }),
    remove: (path: string, version: number) =>
      request.delete(`/api/${path}`, { headers: { ...headers, 'if-match': String(version) } }),
  };
}
