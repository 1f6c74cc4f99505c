import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import { navigationItems } from './navigation';
import { viewerAccess } from './viewer-access';

const keysFor = (signedIn: boolean, roles: Parameters<typeof viewerAccess>[0]) =>
  navigationItems(signedIn, viewerAccess(roles)).map((item) => item.key);

const haifa = { slug: 'haifa-bay', name: { he: 'אשכול המפרץ', ar: null, en: 'Haifa Bay' } };

describe('navigationItems', () => {
  it('shows only the public pages, the partner pool, the calls and the events calendar among them, to someone signed out', () => {
    expect(keysFor(false, null)).toEqual([
      'home',
      'authorities',
      'directions',
      'pool',
      'calls',
      'partnerships',
      'events',
    ]);
  });

  it('adds My account, My profile, My applications and My events for any signed-in role, and nothing more for a stakeholder', () => {
    const publicAndAccount = [
      'home',
      'authorities',
      'directions',
      'pool',
      'calls',
      'partnerships',
      'events',
      'account',
      'myProfile',
      'myApplications',
      'myEvents',
    ];
    expect(keysFor(true, [{ role: 'STAKEHOLDER', cluster: null }])).toEqual(publicAndAccount);
    expect(keysFor(true, [])).toEqual(publicAndAccount);
  });

  it("gives a cluster CEO the pool's diversity and the network of partners, and nothing else of the PMO's", () => {
    expect(keysFor(true, [{ role: 'CLUSTER_CEO', cluster: haifa }])).toEqual([
      'home',
      'authorities',
      'directions',
      'pool',
      'calls',
      'partnerships',
      'events',
      'account',
      'myProfile',
      'myApplications',
      'myEvents',
      'poolDiversity',
      'partnershipsNetwork',
    ]);
  });

  it("gives administrators the clusters' activity, the pool's diversity, the partnerships dashboard, the accounts and the audit trail", () => {
    expect(keysFor(true, [{ role: 'ADMIN', cluster: null }])).toEqual([
      'home',
      'authorities',
      'directions',
      'pool',
      'calls',
      'partnerships',
      'events',
      'account',
      'myProfile',
      'myApplications',
      'myEvents',
      'activity',
      'poolDiversity',
      'partnershipsDashboard',
      'partnershipsNetwork',
      'accounts',
      'audit',
    ]);
  });

  it("gives the PMO unit the clusters' activity, the pool's diversity, the partnerships dashboard and the audit trail but not the accounts", () => {
    const keys = keysFor(true, [{ role: 'PMO_ANALYST', cluster: null }]);
    expect(keys).toEqual([
      'home',
      'authorities',
      'directions',
      'pool',
      'calls',
      'partnerships',
      'events',
      'account',
      'myProfile',
      'myApplications',
      'myEvents',
      'activity',
      'poolDiversity',
      'partnershipsDashboard',
      'partnershipsNetwork',
      'audit',
    ]);
  });

  it('links each item under the language, and names it in the catalogue', () => {
    for (const item of navigationItems(true, viewerAccess([{ role: 'ADMIN', cluster: null }]))) {
      expect(item.path.startsWith('/')).toBe(false);
      expect(en.nav).toHaveProperty(item.key);
    }
  });
});
