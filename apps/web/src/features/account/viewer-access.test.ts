import { describe, expect, it } from 'vitest';
import { viewerAccess } from './viewer-access';

const haifa = { slug: 'haifa-bay', name: { he: 'אשכול המפרץ', ar: null, en: 'Haifa Bay' } };
const negev = { slug: 'western-negev', name: { he: 'אשכול נגב מערבי', ar: null, en: null } };

describe('viewerAccess', () => {
  it('offers nothing to someone signed out', () => {
    expect(viewerAccess(null)).toEqual({
      isAdmin: false,
      canReadAudit: false,
      canReadActivity: false,
      readsEveryForum: false,
      canReadPoolDiversity: false,
      canReadPartnershipDashboard: false,
      canReadEventParticipation: false,
      canReadPartnershipNetwork: false,
      canCreatePartnership: false,
      managedClusters: [],
    });
  });

  it("gives administrators the administration, the audit trail and the clusters' activity", () => {
    expect(viewerAccess([{ role: 'ADMIN', cluster: null }])).toMatchObject({
      isAdmin: true,
      canReadAudit: true,
      canReadActivity: true,
      readsEveryForum: true,
      canReadPoolDiversity: true,
      canReadPartnershipDashboard: true,
      canReadEventParticipation: true,
      canReadPartnershipNetwork: true,
      // createPartnership's rule: CLUSTER_CEO and PMO_ANALYST; administrators have no special right (partnerships.md).
      canCreatePartnership: false,
    });
  });

  it("gives the PMO unit the audit trail, the clusters' activity and every forum's records but not the administration", () => {
    expect(viewerAccess([{ role: 'PMO_ANALYST', cluster: null }])).toMatchObject({
      isAdmin: false,
      canReadAudit: true,
      canReadActivity: true,
      readsEveryForum: true,
      canReadPoolDiversity: true,
      canReadPartnershipDashboard: true,
      canReadEventParticipation: true,
      canReadPartnershipNetwork: true,
      canCreatePartnership: true,
    });
  });

  it('lists each cluster a CEO runs, once, and nothing else', () => {
    const access = viewerAccess([
      { role: 'CLUSTER_CEO', cluster: haifa },
      { role: 'CLUSTER_CEO', cluster: negev },
      { role: 'CLUSTER_CEO', cluster: haifa },
      { role: 'STAKEHOLDER', cluster: null },
    ]);
    expect(access.managedClusters.map((cluster) => cluster.slug)).toEqual(['haifa-bay', 'western-negev']);
    expect(access.isAdmin).toBe(false);
    expect(access.canReadAudit).toBe(false);
    expect(access.canReadActivity).toBe(false);
    // A CEO reads their own forums' records: the forum's viewerCanManage says which.
    expect(access.readsEveryForum).toBe(false);
    // poolDiversity's rule: PMO_ANALYST, ADMIN, CLUSTER_CEO (stakeholder.resolver.ts).
    expect(access.canReadPoolDiversity).toBe(true);
    // partnershipDashboard's rule: PMO_ANALYST and ADMIN only (partnerships.resolver.ts).
    expect(access.canReadPartnershipDashboard).toBe(false);
    // eventParticipation's rule: PMO_ANALYST and ADMIN only (events.resolver.ts).
    expect(access.canReadEventParticipation).toBe(false);
    // partnershipNetwork's rule: PMO_ANALYST, ADMIN, CLUSTER_CEO (network.resolver.ts).
    expect(access.canReadPartnershipNetwork).toBe(true);
    // A CEO registers their cluster's partnerships.
    expect(access.canCreatePartnership).toBe(true);
  });

  it("keeps the pool's diversity from a stakeholder and a committee member", () => {
    expect(viewerAccess([{ role: 'STAKEHOLDER', cluster: null }]).canReadPoolDiversity).toBe(false);
    expect(viewerAccess([{ role: 'COMMITTEE_MEMBER', cluster: null }]).canReadPoolDiversity).toBe(false);
  });

  it('keeps the network of partners from a stakeholder and a committee member', () => {
    expect(viewerAccess([{ role: 'STAKEHOLDER', cluster: null }]).canReadPartnershipNetwork).toBe(false);
    expect(viewerAccess([{ role: 'COMMITTEE_MEMBER', cluster: null }]).canReadPartnershipNetwork).toBe(false);
  });

  it('offers registering a partnership to neither a stakeholder nor a committee member', () => {
    expect(viewerAccess([{ role: 'STAKEHOLDER', cluster: null }]).canCreatePartnership).toBe(false);
    expect(viewerAccess([{ role: 'COMMITTEE_MEMBER', cluster: null }]).canCreatePartnership).toBe(false);
  });
});
