import type { NextFunction, Request, Response } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request that a browser sent from another site (its Origin header names
 * another host), unless that origin is allowed by CORS_ORIGINS. Complements SameSite cookies.
 */
export function sameOriginWrites(allowedOrigins: string[]) {
  const allowed = new Set(allowedOrigins);
  return (request: Request, response: Response, next: NextFunction) => {
    const origin = request.headers.origin;
    if (SAFE_METHODS.has(request.method) || !origin || allowed.has(origin)) return next();
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host && host === request.headers.host) return next();
    response.status(403).json({ code: 'CROSS_SITE_REQUEST', message: 'Requests from other sites are not accepted.' });
  };
}
