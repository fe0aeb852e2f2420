// npm run dev: the dev server passes /api to the mock API (API_PORT, default 3000).
export default {
  '/api': { target: `http://127.0.0.1:${process.env.API_PORT ?? 3000}`, secure: false },
};
