import type { ViewerAccess } from './viewer-access';

export interface NavItem {
  /** The label's key under `nav.` in the catalogues. */
  key:
    | 'home'
    | 'authorities'
    | 'directions'
    | 'pool'
    | 'calls'
    | 'partnerships'
    | 'events'
    | 'myEvents'
    | 'account'
    | 'myProfile'
    | 'myApplications'
    | 'activity'
    | 'poolDiversity'
    | 'partnershipsDashboard'
    | 'partnershipsNetwork'
    | 'accounts'
    | 'audit';
  /** The path after the language: '' is the home page. */
  path: string;
  /** Marked current only on this exact path (the home page would match everything). */
  end: boolean;
}

const PUBLIC: readonly NavItem[] = [
  { key: 'home', path: '', end: true },
  { key: 'authorities', path: 'authorities', end: false },
  { key: 'directions', path: 'directions', end: false },
  // `end`: "My profile" and "Diversity" live under pool/ and are marked on their own.
  { key: 'pool', path: 'pool', end: true },
  // Calls for applications (issue #5): open to everyone; a call's own pages stay under it.
  { key: 'calls', path: 'calls', end: false },
  // The registry (issue #7): public; `end`, since the PMO's dashboard under it is marked on its own.
  { key: 'partnerships', path: 'partnerships', end: true },
  // The events calendar (issue #8): public; an event's pages stay under it.
  { key: 'events', path: 'events', end: false },
];

/**
 * The main navigation for a viewer: the public pages for everyone, "My account" for anyone signed
 * in with their partner-pool profile, and only the PMO and administration pages their roles open (access.md). It decides what to show; the
 * API checks every request again.
 */
export function navigationItems(isSignedIn: boolean, access: ViewerAccess): NavItem[] {
  const items = [...PUBLIC];
  if (!isSignedIn) return items;
  items.push({ key: 'account', path: 'account', end: false });
  items.push({ key: 'myProfile', path: 'pool/me', end: false });
  items.push({ key: 'myApplications', path: 'my/applications', end: false });
  items.push({ key: 'myEvents', path: 'my/events', end: false });
  if (access.canReadActivity) items.push({ key: 'activity', path: 'activity', end: false });
  if (access.canReadPoolDiversity) items.push({ key: 'poolDiversity', path: 'pool/diversity', end: false });
  if (access.canReadPartnershipDashboard) {
    items.push({ key: 'partnershipsDashboard', path: 'partnerships/dashboard', end: false });
  }
  if (access.canReadPartnershipNetwork) {
    items.push({ key: 'partnershipsNetwork', path: 'partnerships/network', end: false });
  }
  if (access.isAdmin) items.push({ key: 'accounts', path: 'admin/accounts', end: false });
  if (access.canReadAudit) items.push({ key: 'audit', path: 'admin/audit', end: false });
  return items;
}
