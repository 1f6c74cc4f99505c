import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { PUBLIC } from '../../common/auth/auth-checker.js';
import type { Context } from '../../context.js';
import { District } from '../geography/district.entity.js';
import { ActionDirection } from './action-direction.entity.js';
import { Sdg } from './sdg.entity.js';
import { Sector } from './sector.entity.js';
import { Topic } from './topic.entity.js';

@Resolver()
export class ReferenceResolver {
  @Authorized(PUBLIC)
  @Query(() => [Sector], { description: 'The sectors of cross-sector work' })
  sectors(@Ctx() { services }: Context): Promise<Sector[]> {
    return services.reference.sectors();
  }

  @Authorized(PUBLIC)
  @Query(() => [District], { description: "Israel's districts" })
  districts(@Ctx() { services }: Context): Promise<District[]> {
    return services.reference.districts();
  }

  @Authorized(PUBLIC)
  @Query(() => [ActionDirection], { description: "The seven action directions of the PMO's 2022 Future Search" })
  actionDirections(@Ctx() { services }: Context): Promise<ActionDirection[]> {
    return services.reference.actionDirections();
  }

  @Authorized(PUBLIC)
  @Query(() => [Sdg], { description: 'The 17 UN Sustainable Development Goals' })
  sdgs(@Ctx() { services }: Context): Promise<Sdg[]> {
    return services.reference.sdgs();
  }

  @Authorized(PUBLIC)
  @Query(() => [Topic], { description: 'Topics of cross-sector work (an extensible list)' })
  topics(@Ctx() { services }: Context): Promise<Topic[]> {
    return services.reference.topics();
  }
}
