import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PUBLIC } from '../../common/auth/auth-checker.js';
import type { Context } from '../../context.js';
import { StakeholderFilterArgs } from './pool.args.js';
import { ImportPoolArgs, PoolImportReport, StakeholderCsv } from './pool-csv.types.js';

/**
 * The partner pool's CSV import (administrators: it creates organisations and profiles no
 * account owns, as eraseProfile and setOrganisationActivity are theirs; access.md) and export
 * (whoever may search: the same results, contact details only as each person allowed).
 */
@Resolver()
export class PoolCsvResolver {
  @Authorized('ADMIN')
  @Mutation(() => PoolImportReport, {
    description:
      'Imports organisations or people from CSV text, all or nothing; returns the counts, or every problem and writes nothing',
  })
  importPool(@Args(() => ImportPoolArgs) args: ImportPoolArgs, @Ctx() { services }: Context) {
    return services.poolImport.import(args);
  }

  @Authorized(PUBLIC)
  @Query(() => StakeholderCsv, {
    description: 'The partner pool’s search results (the filters and text of `stakeholders`) as CSV, up to 1000 rows',
  })
  stakeholderExport(@Args(() => StakeholderFilterArgs) filters: StakeholderFilterArgs, @Ctx() { services }: Context) {
    return services.poolExport.export(filters);
  }
}
