/**
 * Accounts from the command line, for what the dashboard cannot do before anyone can sign in:
 *   npm run accounts -- create-admin <email> "<display name>"   an administrator's invitation link
 *   npm run accounts -- remove-demo                              deletes the demo accounts
 */
import { migrateDatabase } from '../database/migrate.js';
import { AuditTrail } from '../modules/audit/audit-trail.js';
import { AccountService } from '../modules/identity/account.service.js';
import { SessionService } from '../modules/identity/session.service.js';
import { Viewer } from '../modules/identity/viewer.js';
import { runCli } from './run-cli.js';

const [command, email, ...nameParts] = process.argv.slice(2);
const USAGE = 'Usage:\n  npm run accounts -- create-admin <email> "<display name>"\n  npm run accounts -- remove-demo';

if (command !== 'create-admin' && command !== 'remove-demo') {
  console.error(USAGE);
  process.exit(1);
}
if (command === 'create-admin' && (!email || nameParts.length === 0)) {
  console.error(`create-admin needs an email and a display name.\n${USAGE}`);
  process.exit(1);
}

await runCli(`accounts ${command}`, async ({ config, dataSource }) => {
  await migrateDatabase(dataSource);
  if (command === 'remove-demo') {
    const removed: unknown[] = await dataSource.query(`DELETE FROM account WHERE is_demo RETURNING id`);
    console.log(`Removed ${removed.length} demo account(s).`);
    return;
  }
  const audit = new AuditTrail(dataSource, { accountId: null }, 'cli:accounts');
  const accounts = new AccountService(
    dataSource,
    Viewer.anonymous(),
    audit,
    new SessionService(dataSource, config.auth),
  );
  const { account, token, expiresAt } = await accounts.invite({
    email: email!,
    displayName: nameParts.join(' '),
    personId: null,
    roles: [{ role: 'ADMIN' }],
  });
  console.log(
    `Invited ${account.displayName} as an administrator. Send them this link (valid until ${expiresAt.toISOString()}):\n` +
      `  <the dashboard's address>/he/invitation#token=${token}`,
  );
});
