/**
 * Headers and checks every response gets, from maintained middleware where one exists.
 */
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { refuse } from './refuse';

/** Names this server answers to on this machine; others are added with ALLOWED_HOSTS. */
export const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '::1'];

/**
 * A Content-Security-Policy with no inline or evaluated script. Styles may be inline: Angular
 * components and ApexCharts set them at run time. Images may be data:/blob: URLs (chart export).
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  referrerPolicy: { policy: 'same-origin' },
  // Served over plain HTTP on this machine: HSTS would mean nothing here.
  strictTransportSecurity: false,
});

/**
 * Refuses requests addressed to a host name this server was not started for, so a page on
 * another site whose name is made to resolve to this machine (DNS rebinding) cannot use it.
 */
export function hostCheck(allowed: readonly string[]) {
  const names = new Set(allowed.map((h) => h.toLowerCase()));
  return (req: Request, res: Response, next: NextFunction) => {
    const host = (req.hostname ?? '').toLowerCase().replace(/^\[(.*)\]$/, '$1');
    if (names.has(host)) return next();
    return refuse(res, 421, { code: 'wrong-host', params: { host: String(host) } });
  };
}
