import type { DataSource } from 'typeorm';
import type { Role } from '@roundtable/shared/identity';
import { hashPassword } from './secrets.js';

/** One password for every demo account, printed in the docs: these accounts exist only outside production. */
export const DEMO_PASSWORD = 'roundtable-demo';

interface DemoAccount {
  email: string;
  displayName: string;
  roles: { role: Role; clusterSlug?: string; forumSeedKey?: string }[];
}

/**
 * An account for each role, so a newcomer can try every view. They are marked `is_demo`, named as
 * demos, and tied to no real person.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@demo.roundtable.test', displayName: 'הדגמה: מנהלת מערכת', roles: [{ role: 'ADMIN' }] },
  {
    email: 'pmo@demo.roundtable.test',
    displayName: 'הדגמה: היחידה לשיתופי פעולה, משרד ראש הממשלה',
    roles: [{ role: 'PMO_ANALYST' }],
  },
  {
    email: 'ceo.haifa-bay@demo.roundtable.test',
    displayName: 'הדגמה: מנכ"ל אשכול המפרץ',
    roles: [{ role: 'CLUSTER_CEO', clusterSlug: 'haifa-bay' }],
  },
  {
    email: 'ceo.western-negev@demo.roundtable.test',
    displayName: 'הדגמה: מנכ"לית אשכול נגב מערבי',
    roles: [{ role: 'CLUSTER_CEO', clusterSlug: 'western-negev' }],
  },
  {
    email: 'committee.haifa-bay@demo.roundtable.test',
    displayName: 'הדגמה: חברת הוועדה המייעצת, הפורום הבין-מגזרי של אשכול המפרץ',
    roles: [{ role: 'COMMITTEE_MEMBER', forumSeedKey: 'haifa-bay-cross-sector-forum' }],
  },
  {
    email: 'stakeholder@demo.roundtable.test',
    displayName: 'הדגמה: בעלת עניין',
    roles: [{ role: 'STAKEHOLDER' }],
  },
];

/**
 * Creates the demo accounts that are missing, with their roles; never touches one that exists
 * (a changed demo password stays changed). Runs after the source data, whose clusters and forums it names.
 */
export async function seedDemoAccounts(dataSource: DataSource): Promise<void> {
  const existing = new Set(
    (
      await dataSource.query(`SELECT email FROM account WHERE email = ANY($1)`, [DEMO_ACCOUNTS.map((a) => a.email)])
    ).map((row: { email: string }) => row.email),
  );
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    for (const account of missing) {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO account (email, display_name, password_hash, status, is_demo)
         VALUES ($1, $2, $3, 'ACTIVE', true) ON CONFLICT (email) DO NOTHING RETURNING id`,
        [account.email, account.displayName, passwordHash],
      );
      if (!rows[0]) continue; // another process made it a moment ago
      for (const grant of account.roles) {
        await manager.query(
          `INSERT INTO role_grant (account_id, role, cluster_id, forum_id)
           VALUES ($1, $2, (SELECT id FROM cluster WHERE slug = $3), (SELECT id FROM forum WHERE seed_key = $4))`,
          [rows[0].id, grant.role, grant.clusterSlug ?? null, grant.forumSeedKey ?? null],
        );
      }
    }
  });
}

/** Production must not start while anyone could sign in with the published demo password. */
export async function assertNoDemoAccounts(dataSource: DataSource): Promise<void> {
  const [{ count }] = await dataSource.query(
    `SELECT count(*)::int AS count FROM account WHERE is_demo AND status <> 'DISABLED'`,
  );
  if (count > 0) {
    throw new Error(
      `This database has ${count} demo account(s), whose password is published. In production that is a way in for ` +
        'anyone: remove them first (npm run accounts -- remove-demo), then start again.',
    );
  }
}
