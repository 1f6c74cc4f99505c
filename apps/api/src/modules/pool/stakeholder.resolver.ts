import { Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Arg } from 'type-graphql';
import { sectorMoves, type Gender } from '@roundtable/shared/pool';
import { DomainError } from '../../common/errors/domain-error.js';
import { PUBLIC } from '../../common/auth/auth-checker.js';
import { LocalizedText } from '../../common/graphql/localized-text.type.js';
import type { Context } from '../../context.js';
import { District } from '../geography/district.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { Person } from '../people/person.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { ContactDetail } from './contact-detail.entity.js';
import {
  ErasePersonArgs,
  OrganisationsArgs,
  PoolDiversityArgs,
  StakeholderArgs,
  StakeholderMatchesArgs,
  StakeholdersArgs,
} from './pool.args.js';
import { CreateProfileInput, SetOrganisationActivityInput, UpdateProfileInput } from './pool.inputs.js';
import { GenderEnum } from './pool.enums.js';
import { visibleContacts } from './pool-contacts.js';
import { PoolDiversity, StakeholderConnection, StakeholderFacets, StakeholderMatch } from './pool.types.js';
import { StakeholderPosition } from './stakeholder-position.entity.js';
import { StakeholderProfile } from './stakeholder-profile.entity.js';

/**
 * The partner pool. Profiles are public (a person joins the pool to be found); their contact
 * details only as each person chose (rule 5), and every read of them by someone else is logged.
 * Gender and birth year are the person's alone: the pool shows them only in aggregates of five or
 * more. Changes are each person's own (rule 6); an administrator erases a profile on request.
 */
@Resolver(() => StakeholderProfile)
export class StakeholderResolver {
  @Authorized()
  @Query(() => StakeholderProfile, { nullable: true, description: "The signed-in person's profile, if they have one" })
  myProfile(@Ctx() { services }: Context) {
    return services.pool.myProfile();
  }

  @Authorized(PUBLIC)
  @Query(() => StakeholderProfile, { description: 'One profile in the partner pool, by its person id' })
  stakeholder(@Args(() => StakeholderArgs) { id }: StakeholderArgs, @Ctx() { services }: Context) {
    return services.pool.profile(id);
  }

  @Authorized(PUBLIC)
  @Query(() => StakeholderConnection, {
    description: 'Searches the partner pool: free text in Hebrew, Arabic or English, filters, facet counts, pages',
  })
  stakeholders(@Args(() => StakeholdersArgs) args: StakeholdersArgs, @Ctx() { services }: Context) {
    return services.poolSearch.search(args);
  }

  @Authorized()
  @Query(() => [StakeholderMatch], {
    description:
      'Suggested partners from other sectors for a person, an organisation or a topic (exactly one), best first, each with its reason',
  })
  stakeholderMatches(@Args(() => StakeholderMatchesArgs) args: StakeholderMatchesArgs, @Ctx() { services }: Context) {
    return services.poolInsights.matches(args);
  }

  @Authorized('PMO_ANALYST', 'ADMIN', 'CLUSTER_CEO')
  @Query(() => PoolDiversity, {
    description:
      "The pool's diversity in aggregate (groups of five or more), for all or for one topic with the sectors it lacks",
  })
  poolDiversity(@Args(() => PoolDiversityArgs) args: PoolDiversityArgs, @Ctx() { services }: Context) {
    return services.poolInsights.diversity(args);
  }

  @Authorized()
  @Mutation(() => StakeholderProfile, {
    description: 'Creates the signed-in person’s profile; CONFLICT when they have one',
  })
  createMyProfile(@Arg('input', () => CreateProfileInput) input: CreateProfileInput, @Ctx() { services }: Context) {
    return services.pool.create(input);
  }

  @Authorized()
  @Mutation(() => StakeholderProfile, { description: 'Changes the signed-in person’s profile: what is left out stays' })
  updateMyProfile(@Arg('input', () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() { services }: Context) {
    return services.pool.update(input);
  }

  @Authorized()
  @Mutation(() => StakeholderProfile, {
    description: 'Withdraws consent for every contact detail at once: all become ONLY_ME, hidden from others at once',
  })
  withdrawMyContactConsent(@Ctx() { services }: Context) {
    return services.pool.withdrawContactConsent();
  }

  @Authorized()
  @Mutation(() => ID, {
    description:
      'Erases the signed-in person’s profile and its personal data (not a hidden flag); returns the person id',
  })
  deleteMyProfile(@Ctx() { services }: Context) {
    return services.pool.eraseMine();
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: "Erases a person's profile on their request; returns the person id" })
  eraseProfile(@Args(() => ErasePersonArgs) { personId }: ErasePersonArgs, @Ctx() { services }: Context) {
    return services.pool.eraseFor(personId);
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation, { description: 'Sets the topics and districts an organisation is active in' })
  setOrganisationActivity(
    @Arg('input', () => SetOrganisationActivityInput) input: SetOrganisationActivityInput,
    @Ctx() { services }: Context,
  ) {
    return services.pool.setOrganisationActivity(input);
  }

  // The card's fields answer at once from what a search read with the profile (person,
  // organisation, searchCard), and through the loaders otherwise (a profile, matches, a mutation).
  @FieldResolver(() => LocalizedText)
  name(@Root() profile: StakeholderProfile, @Ctx() { loaders }: Context): LocalizedText | Promise<LocalizedText> {
    return profile.person ? profile.person.name : personOf(profile, loaders).then((person) => person.name);
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: 'Their role title' })
  title(
    @Root() profile: StakeholderProfile,
    @Ctx() { loaders }: Context,
  ): LocalizedText | null | Promise<LocalizedText | null> {
    return profile.person ? profile.person.title : personOf(profile, loaders).then((person) => person.title);
  }

  @FieldResolver(() => Boolean, {
    description: 'Made up for development and load tests (npm run generate:pool): not a real person',
  })
  isSynthetic(@Root() profile: StakeholderProfile, @Ctx() { loaders }: Context): boolean | Promise<boolean> {
    return profile.person
      ? profile.person.isSynthetic
      : personOf(profile, loaders).then((person) => person.isSynthetic);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() profile: StakeholderProfile, @Ctx() { loaders }: Context) {
    if (profile.organisation !== undefined) return profile.organisation;
    return profile.organisationId ? loaders.organisationById.load(profile.organisationId) : null;
  }

  @FieldResolver(() => [Topic])
  topics(@Root() profile: StakeholderProfile, @Ctx() { loaders }: Context): Topic[] | Promise<Topic[]> {
    if (profile.searchCard) return profile.searchCard.topics;
    return loaders.stakeholderTopicsByPersonId.load(profile.personId).then((rows) => rows.map((row) => row.topic!));
  }

  @FieldResolver(() => [District])
  districts(@Root() profile: StakeholderProfile, @Ctx() { loaders }: Context): District[] | Promise<District[]> {
    if (profile.searchCard) return profile.searchCard.districts;
    return loaders.stakeholderDistrictsByPersonId
      .load(profile.personId)
      .then((rows) => rows.map((row) => row.district!));
  }

  @FieldResolver(() => [StakeholderPosition], { description: 'The roles they held, latest first' })
  positions(@Root() profile: StakeholderProfile, @Ctx() { loaders }: Context) {
    return loaders.positionsByPersonId.load(profile.personId);
  }

  @FieldResolver(() => Int, { description: 'How many times they moved between sectors, along their positions' })
  async sectorMoves(@Root() profile: StakeholderProfile, @Ctx() { loaders }: Context): Promise<number> {
    const positions = await loaders.positionsByPersonId.load(profile.personId);
    return sectorMoves(positions.map((p) => ({ sector: p.sectorCode, startYear: p.startYear, endYear: p.endYear })));
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the signed-in person’s own profile' })
  isMine(@Root() profile: StakeholderProfile, @Ctx() { services }: Context): boolean | Promise<boolean> {
    const known = services.pool.knownPersonId();
    if (known !== undefined) return known === profile.personId;
    return services.pool.myPersonId().then((personId) => personId === profile.personId);
  }

  @FieldResolver(() => [ContactDetail], {
    description:
      'The contact details this viewer may see, as the person chose (rule 5): EVERYONE to anyone, SIGNED_IN to accounts, ONLY_ME to the person. Reads by others are logged.',
  })
  contacts(@Root() profile: StakeholderProfile, @Ctx() context: Context) {
    return visibleContacts(profile.personId, context, profile.searchCard?.contacts);
  }

  @Authorized()
  @FieldResolver(() => GenderEnum, { nullable: true, description: 'The person’s own; no one else reads it' })
  async gender(@Root() profile: StakeholderProfile, @Ctx() context: Context): Promise<Gender | null> {
    await assertOwner(profile, context, 'gender');
    return profile.gender;
  }

  @Authorized()
  @FieldResolver(() => Int, { nullable: true, description: 'The person’s own; no one else reads it' })
  async birthYear(@Root() profile: StakeholderProfile, @Ctx() context: Context): Promise<number | null> {
    await assertOwner(profile, context, 'birth year');
    return profile.birthYear;
  }
}

async function personOf(profile: StakeholderProfile, loaders: Context['loaders']): Promise<Person> {
  return (await loaders.personById.load(profile.personId))!;
}

async function assertOwner(profile: StakeholderProfile, { services }: Context, what: string): Promise<void> {
  if ((await services.pool.myPersonId()) === profile.personId) return;
  throw new DomainError(
    'FORBIDDEN',
    `A person's ${what} is theirs alone: the pool shows it only in counts of five or more (poolDiversity).`,
  );
}

@Resolver(() => StakeholderConnection)
export class StakeholderConnectionResolver {
  @FieldResolver(() => StakeholderFacets)
  facets(@Root() connection: StakeholderConnection, @Ctx() { services }: Context) {
    return services.poolSearch.facets(connection.filters);
  }
}

@Resolver(() => Organisation)
export class OrganisationActivityResolver {
  @Authorized()
  @Query(() => [Organisation], {
    description:
      'Organisations whose name holds the search (Hebrew, Arabic or English) or with that registration number, by Hebrew name; for choosing one in a form',
  })
  organisations(@Args(() => OrganisationsArgs) args: OrganisationsArgs, @Ctx() { services }: Context) {
    return services.pool.searchOrganisations(args);
  }

  @FieldResolver(() => [Topic], { description: 'The topics the organisation is active in' })
  async topics(@Root() organisation: Organisation, @Ctx() { loaders }: Context): Promise<Topic[]> {
    return (await loaders.organisationTopicsById.load(organisation.id)).map((row) => row.topic!);
  }

  @FieldResolver(() => [District], { description: 'The districts the organisation is active in' })
  async districts(@Root() organisation: Organisation, @Ctx() { loaders }: Context): Promise<District[]> {
    return (await loaders.organisationDistrictsById.load(organisation.id)).map((row) => row.district!);
  }
}
