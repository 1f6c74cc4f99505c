import { describe, expect, it } from 'vitest';
import type { ResolverData } from 'type-graphql';
import type { Context } from '../../context.js';
import { Viewer } from '../../modules/identity/viewer.js';
import { authChecker, type AccessRule } from './auth-checker.js';

const check = (viewer: Viewer, rules: AccessRule[]) =>
  authChecker({ context: { viewer } as Context } as ResolverData<Context>, rules);
const pmo = Viewer.signedIn('a', 's', [{ role: 'PMO_ANALYST', clusterId: null, forumId: null }]);

describe('authChecker', () => {
  it('lets anyone use what is PUBLIC', () => {
    expect(check(Viewer.anonymous(), ['PUBLIC'])).toBe(true);
  });

  it('lets any account use what names no role, and no one else', () => {
    expect(check(pmo, [])).toBe(true);
    expect(() => check(Viewer.anonymous(), [])).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('needs one of the roles named, and says FORBIDDEN otherwise', () => {
    expect(check(pmo, ['ADMIN', 'PMO_ANALYST'])).toBe(true);
    expect(() => check(pmo, ['ADMIN'])).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => check(Viewer.anonymous({ expired: true }), ['ADMIN'])).toThrow(
      expect.objectContaining({ code: 'SESSION_EXPIRED' }),
    );
  });
});
