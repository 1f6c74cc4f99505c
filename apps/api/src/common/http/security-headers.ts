import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Helmet's headers for the dashboard and the API, with a Content Security Policy for the built
 * dashboard: everything from our own origin, nothing inline but styles (Mantine sets CSS variables
 * in style attributes), no framing by anyone. HSTS and upgrade-insecure-requests only when the
 * site is served over HTTPS (`secure`: secure cookies, on in production), since over plain HTTP
 * they would break local use and browsers ignore HSTS there anyway.
 */
export function securityHeaders({ secure }: { secure: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: secure ? [] : null,
      },
    },
    // The header older browsers read instead of frame-ancestors.
    xFrameOptions: { action: 'deny' },
    // No page of ours needs to tell another site where the reader came from.
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: secure ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
  });
}
