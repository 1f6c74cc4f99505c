import { describe, expect, it } from 'vitest';
import { Viewer } from './viewer.js';

const HAIFA_BAY = '11111111-1111-4111-8111-111111111111';
const WESTERN_NEGEV = '22222222-2222-4222-8222-222222222222';

describe('Viewer', () => {
  it('lets a cluster CEO manage only the clusters of their grants', () => {
    const ceo = Viewer.signedIn('a', 's', [{ role: 'CLUSTER_CEO', clusterId: HAIFA_BAY, forumId: null }]);
    expect(ceo.canManageCluster(HAIFA_BAY)).toBe(true);
    expect(ceo.canManageCluster(WESTERN_NEGEV)).toBe(false);
    expect(() => ceo.assertCanManageCluster(WESTERN_NEGEV)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => ceo.assertCanManageCluster(HAIFA_BAY)).not.toThrow();
  });

  it('does not let the PMO or an administrator change a cluster they do not run', () => {
    const pmo = Viewer.signedIn('a', 's', [
      { role: 'PMO_ANALYST', clusterId: null, forumId: null },
      { role: 'ADMIN', clusterId: null, forumId: null },
    ]);
    expect(pmo.readsEverything).toBe(true);
    expect(pmo.canManageCluster(HAIFA_BAY)).toBe(false);
  });

  it('asks to sign in, or to sign in again when the session ran out', () => {
    expect(() => Viewer.anonymous().requireAccountId()).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => Viewer.anonymous({ expired: true }).requireAccountId()).toThrow(
      expect.objectContaining({ code: 'SESSION_EXPIRED' }),
    );
  });

  it('becomes whoever signs in, for everyone holding it', () => {
    const viewer = Viewer.anonymous({ expired: true });
    const holder = { viewer };
    viewer.become(Viewer.signedIn('account', 'session', [{ role: 'STAKEHOLDER', clusterId: null, forumId: null }]));
    expect(holder.viewer.accountId).toBe('account');
    expect(holder.viewer.hasRole('STAKEHOLDER')).toBe(true);
    expect(holder.viewer.hasExpiredSession).toBe(false);
  });
});
