import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PUBLIC } from '../../common/auth/auth-checker.js';
import type { Context } from '../../context.js';
import { District } from './district.entity.js';
import { LocalAuthoritiesArgs, LocalAuthorityArgs } from './local-authority.args.js';
import { LocalAuthority } from './local-authority.entity.js';
import { LocalAuthorityConnection } from './local-authority.types.js';

@Resolver(() => LocalAuthority)
export class LocalAuthorityResolver {
  @Authorized(PUBLIC)
  @Query(() => LocalAuthorityConnection, { description: 'Local authorities, filtered and paginated' })
  localAuthorities(@Args(() => LocalAuthoritiesArgs) args: LocalAuthoritiesArgs, @Ctx() { services }: Context) {
    return services.authorities.list(args);
  }

  @Authorized(PUBLIC)
  @Query(() => LocalAuthority, { description: 'NOT_FOUND when there is none' })
  localAuthority(@Args(() => LocalAuthorityArgs) { id }: LocalAuthorityArgs, @Ctx() { services }: Context) {
    return services.authorities.byId(id);
  }

  @FieldResolver(() => District, { nullable: true })
  district(@Root() authority: LocalAuthority, @Ctx() { loaders }: Context) {
    return authority.districtCode ? loaders.districtByCode.load(authority.districtCode) : null;
  }

  @FieldResolver(() => [String], {
    description: 'Every other spelling the sources use (תמרה / טמרה); all are searchable',
  })
  async alternativeNames(@Root() authority: LocalAuthority, @Ctx() { loaders }: Context): Promise<string[]> {
    const own = new Set([authority.nameHe, authority.nameAr, authority.nameEn]);
    const names = await loaders.namesByAuthorityId.load(authority.id);
    return [...new Set(names.map((n) => n.name))].filter((name) => !own.has(name));
  }
}
