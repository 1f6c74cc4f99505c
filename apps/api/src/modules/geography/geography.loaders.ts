import { In, type DataSource } from 'typeorm';
import type { DistrictCode } from '@roundtable/shared/districts';
import { manyByKey, oneByKey } from '../../common/graphql/loader.js';
import { referenceCache } from '../reference/reference-cache.js';
import type { District } from './district.entity.js';
import { LocalAuthorityName } from './local-authority-name.entity.js';
import { LocalAuthority } from './local-authority.entity.js';

/** The geography module's loaders, created per request (context.ts). */
export function createGeographyLoaders(dataSource: DataSource) {
  return {
    districtByCode: oneByKey<DistrictCode, District>(
      (codes) => referenceCache(dataSource).districts.get(codes),
      (district) => district.code,
    ),
    authorityById: oneByKey<string, LocalAuthority>(
      (ids) => dataSource.getRepository(LocalAuthority).findBy({ id: In([...ids]) }),
      (authority) => authority.id,
    ),
    namesByAuthorityId: manyByKey<string, LocalAuthorityName>(
      (ids) =>
        dataSource
          .getRepository(LocalAuthorityName)
          .find({ where: { authorityId: In([...ids]) }, order: { name: 'ASC' } }),
      (name) => name.authorityId,
    ),
  };
}
