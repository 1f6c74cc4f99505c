import { In, type DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../common/graphql/loader.js';
import { Account } from './account.entity.js';
import { RoleGrant } from './role-grant.entity.js';

export function createIdentityLoaders(dataSource: DataSource) {
  return {
    accountById: oneByKey(
      (ids: readonly string[]) => dataSource.getRepository(Account).findBy({ id: In([...ids]) }),
      (account) => account.id,
    ),
    roleGrantsByAccountId: manyByKey(
      (ids: readonly string[]) =>
        dataSource.getRepository(RoleGrant).find({ where: { accountId: In([...ids]) }, order: { grantedAt: 'ASC' } }),
      (grant) => grant.accountId,
    ),
  };
}
