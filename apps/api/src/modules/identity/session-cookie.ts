import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { AuthConfig } from '../../config/env.js';

/**
 * The browser session's cookie: httpOnly (scripts cannot read it), SameSite=Lax (other sites'
 * forms do not send it; Apollo's CSRF prevention covers the rest), and over HTTPS with the
 * __Host- prefix (no subdomain can set or widen it) when `secureCookies` is on.
 */
export class SessionCookie {
  private readonly name: string;

  constructor(
    private readonly req: Request,
    private readonly res: Response,
    private readonly config: AuthConfig,
  ) {
    this.name = config.secureCookies ? '__Host-roundtable_session' : 'roundtable_session';
  }

  read(): string | undefined {
    const header = this.req.headers.cookie;
    return header ? parse(header)[this.name] : undefined;
  }

  set(token: string, expiresAt: Date): void {
    this.res.append('Set-Cookie', serialize(this.name, token, { ...this.attributes(), expires: expiresAt }));
  }

  clear(): void {
    this.res.append('Set-Cookie', serialize(this.name, '', { ...this.attributes(), expires: new Date(0) }));
  }

  private attributes() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.secureCookies, path: '/' };
  }
}

/** The token an API client sends as `Authorization: Bearer …`, if any. */
export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}
