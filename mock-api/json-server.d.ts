// The parts of json-server 0.17 this server uses (the package ships no types).
declare module 'json-server' {
  import type { Request, Response, Router } from 'express';
  interface LowDb {
    getState(): unknown;
  }
  interface Layer {
    handle: { length: number };
  }
  export interface JsonServerRouter extends Router {
    db: LowDb;
    /** Sends `res.locals.data`; replaceable. */
    render: (req: Request, res: Response) => void;
    /** Express's own list of the router's middleware layers. */
    stack: Layer[];
  }
  export function router(source: string | object): JsonServerRouter;
  const jsonServer: { router: typeof router };
  export default jsonServer;
}
