import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { normalizeName } from '@roundtable/shared/names';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../common/graphql/pagination.js';
import type { LocalAuthoritiesArgs } from './local-authority.args.js';
import { LocalAuthority } from './local-authority.entity.js';
import type { LocalAuthorityConnection } from './local-authority.types.js';

export class LocalAuthorityService {
  constructor(private readonly dataSource: DataSource) {}

  async byId(id: string): Promise<LocalAuthority> {
    const authority = await this.dataSource.getRepository(LocalAuthority).findOneBy({ id });
    if (!authority) throw new NotFoundError('local authority', id);
    return authority;
  }

  /** A page ordered by Hebrew name (then id, so the order is total and the cursor exact). */
  async list(args: LocalAuthoritiesArgs): Promise<LocalAuthorityConnection> {
    const filtered = this.filtered(args);
    const totalCount = await filtered.clone().getCount();
    const page = filtered
      .clone()
      .orderBy('authority.nameHe', 'ASC')
      .addOrderBy('authority.id', 'ASC')
      .take(args.first + 1);
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      page.andWhere('(authority.name_he, authority.id) > (:afterName, :afterId)', { afterName: name, afterId: id });
    }
    const rows = await page.getMany();
    const nodes = rows.slice(0, args.first);
    const edges = nodes.map((node) => ({ cursor: encodeCursor([node.nameHe, node.id]), node }));
    return {
      edges,
      nodes,
      totalCount,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  private filtered(args: LocalAuthoritiesArgs): SelectQueryBuilder<LocalAuthority> {
    const query = this.dataSource.getRepository(LocalAuthority).createQueryBuilder('authority');
    if (args.district) query.andWhere('authority.district_code = :district', { district: args.district });
    if (args.kind) query.andWhere('authority.kind = :kind', { kind: args.kind });
    if (args.clusterId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM cluster_membership m WHERE m.authority_id = authority.id AND m.cluster_id = :clusterId)',
        { clusterId: args.clusterId },
      );
    }
    const search = args.search ? normalizeName(args.search) : '';
    if (search) {
      // Every spelling a source used is searchable (תמרה and טמרה find the same authority).
      query.andWhere(
        `EXISTS (SELECT 1 FROM local_authority_name n WHERE n.authority_id = authority.id AND n.normalized LIKE :search ESCAPE '\\')`,
        { search: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    return query;
  }
}
