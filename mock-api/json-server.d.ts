// The parts of json-server 0.17 this server uses (the package ships no types).
declare module 'json-server' {
  import type { RequestHandler, Router } from 'express';
  interface LowDb {
    getState(): unknown;
  }
  export function router(source: string | object): Router & { db: LowDb };
  export function defaults(options?: {
    logger?: boolean;
    static?: string;
    noCors?: boolean;
    bodyParser?: boolean;
    readOnly?: boolean;
  }): RequestHandler[];
  const jsonServer: { router: typeof router; defaults: typeof defaults };
  export default jsonServer;
}
