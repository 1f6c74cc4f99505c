import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import {
  dateInIsrael,
  isTermEndingSoon,
  TERM_ENDING_SOON_DAYS,
  type ForumMemberEndReason,
} from '@roundtable/shared/forums';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { LocalizedText } from '../../common/graphql/localized-text.type.js';
import type { Context } from '../../context.js';
import { LocalAuthority } from '../geography/local-authority.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Person } from '../people/person.entity.js';
import { Source } from '../sources/source.entity.js';
import { assertCanReadForum } from './forum-access.js';
import { ForumMemberEndReasonEnum } from './forum.enums.js';
import { Forum } from './forum.entity.js';
import {
  AppointForumMemberInput,
  EndForumMemberInput,
  RecordForumMemberConsentInput,
  RenewForumMemberInput,
} from './forum-member.inputs.js';
import { ForumMember } from './forum-member.entity.js';

const PRIVATE = "A member's terms, consent and person record";

/**
 * A forum member. What a public page shows (name, organisation or authority, sector, role) anyone
 * may read of a member they can list; the rest only the forum's managers, the PMO unit and
 * administrators. Those fields are nullable so that, for anyone else, each answers null with a
 * FORBIDDEN error of its own and the rest of the answer stands.
 */
@Resolver(() => ForumMember)
export class ForumMemberResolver {
  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => ForumMember, {
    description:
      'Appoints a person to a forum; SEAT_LIMIT when the sector has no free seat, CONFLICT when they sit already',
  })
  appointForumMember(
    @Arg('input', () => AppointForumMemberInput) input: AppointForumMemberInput,
    @Ctx() { services }: Context,
  ) {
    return services.forumMembers.appoint(input);
  }

  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => ForumMember, { description: "Extends an active member's term to a later end" })
  renewForumMember(
    @Arg('input', () => RenewForumMemberInput) input: RenewForumMemberInput,
    @Ctx() { services }: Context,
  ) {
    return services.forumMembers.renew(input);
  }

  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => ForumMember, { description: 'Ends a membership and frees its seat; the record stays' })
  endForumMember(@Arg('input', () => EndForumMemberInput) input: EndForumMemberInput, @Ctx() { services }: Context) {
    return services.forumMembers.end(input);
  }

  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => ForumMember, {
    description: "Records a member's consent to appear on the forum's public page, or its withdrawal",
  })
  recordForumMemberConsent(
    @Arg('input', () => RecordForumMemberConsentInput) input: RecordForumMemberConsentInput,
    @Ctx() { services }: Context,
  ) {
    return services.forumMembers.recordConsent(input);
  }

  @FieldResolver(() => Forum)
  forum(@Root() member: ForumMember, @Ctx() { loaders }: Context) {
    return loaders.forumById.load(member.forumId);
  }

  @FieldResolver(() => LocalizedText, { description: "The person's name" })
  async name(@Root() member: ForumMember, @Ctx() { loaders }: Context): Promise<LocalizedText> {
    const person = member.person ?? (await loaders.personById.load(member.personId));
    return person!.name;
  }

  @FieldResolver(() => LocalAuthority, { nullable: true, description: 'The local authority the member sits for' })
  localAuthority(@Root() member: ForumMember, @Ctx() { loaders }: Context) {
    return member.localAuthorityId ? loaders.authorityById.load(member.localAuthorityId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation the member sits for' })
  organisation(@Root() member: ForumMember, @Ctx() { loaders }: Context) {
    return member.organisationId ? loaders.organisationById.load(member.organisationId) : null;
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The public document that names the member' })
  source(@Root() member: ForumMember, @Ctx() { loaders }: Context) {
    return member.sourceId ? loaders.sourceById.load(member.sourceId) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person, with their public role' })
  async person(@Root() member: ForumMember, @Ctx() context: Context) {
    await this.assertReadable(member, context);
    return member.person ?? context.loaders.personById.load(member.personId);
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description: 'The first day of the term; null only where a source names the member without a date',
  })
  async termStart(@Root() member: ForumMember, @Ctx() context: Context) {
    await this.assertReadable(member, context);
    return member.termStart;
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the term ends (its start plus the term length); null for an open-ended term',
  })
  async termEnd(@Root() member: ForumMember, @Ctx() context: Context) {
    await this.assertReadable(member, context);
    return member.termEnd;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: `Whether an active member's term ends within ${TERM_ENDING_SOON_DAYS} days, or ran out without a renewal or an end (rule 3)`,
  })
  async termEndsSoon(@Root() member: ForumMember, @Ctx() context: Context) {
    await this.assertReadable(member, context);
    return isTermEndingSoon(member, dateInIsrael(new Date()));
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the membership ended: the member sat up to, not including, this day',
  })
  async endedOn(@Root() member: ForumMember, @Ctx() context: Context) {
    await this.assertReadable(member, context);
    return member.endedOn;
  }

  @FieldResolver(() => ForumMemberEndReasonEnum, { nullable: true })
  async endReason(@Root() member: ForumMember, @Ctx() context: Context): Promise<ForumMemberEndReason | null> {
    await this.assertReadable(member, context);
    return member.endReason;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "Whether the member appears on the forum's public page (by consent, or named by a public source)",
  })
  async shownPublicly(@Root() member: ForumMember, @Ctx() context: Context) {
    await this.assertReadable(member, context);
    return member.shownPublicly;
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true, description: 'When the member consented to appear' })
  async publicConsentOn(@Root() member: ForumMember, @Ctx() context: Context) {
    await this.assertReadable(member, context);
    return member.publicConsentOn;
  }

  private async assertReadable(member: ForumMember, { loaders, viewer }: Context): Promise<void> {
    const forum = await loaders.forumById.load(member.forumId);
    assertCanReadForum(viewer, forum!, PRIVATE);
  }
}
