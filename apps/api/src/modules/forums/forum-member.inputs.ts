import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import type { ForumMemberEndReason, ForumMemberRole } from '@roundtable/shared/forums';
import type { SectorCode } from '@roundtable/shared/sectors';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { LocalizedTextInput } from '../../common/graphql/localized-text.input.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { ForumMemberEndReasonEnum, ForumMemberRoleEnum } from './forum.enums.js';

@InputType({ description: 'A person not yet in the system: their name and public role' })
export class NewPersonInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Their public role, such as "Mayor of Yokneam"' })
  @IsOptional()
  @ValidateNested()
  title?: LocalizedTextInput | null;
}

@InputType({ description: 'An organisation not yet in the system' })
export class NewOrganisationInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => SectorCodeEnum)
  sector: SectorCode;

  @Field(() => String, { nullable: true, description: 'ע"ר or ח"פ: nine digits, dashes and spaces allowed' })
  @IsOptional()
  @Matches(/^[\d\s-]{9,15}$/, {
    message: 'registrationNumber has nine digits, such as 580123456 or 58-012345-6',
  })
  registrationNumber?: string | null;
}

@InputType({
  description:
    'Appoints a person to a forum: an existing person (personId) or a new one (newPerson), for a local authority, an organisation (existing or new), or as an individual where the forum allows (none of the three)',
})
export class AppointForumMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'forumId must be a forum id' })
  forumId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be a person id' })
  personId?: string | null;

  @Field(() => NewPersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  newPerson?: NewPersonInput | null;

  @Field(() => ID, { nullable: true, description: 'For a local-government seat' })
  @IsOptional()
  @IsUUID('all', { message: 'localAuthorityId must be a local authority id' })
  localAuthorityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId?: string | null;

  @Field(() => NewOrganisationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  newOrganisation?: NewOrganisationInput | null;

  @Field(() => SectorCodeEnum, {
    nullable: true,
    description: "Whose seat: defaults to the authority's (LOCAL_GOVERNMENT) or the organisation's sector",
  })
  sector?: SectorCode | null;

  @Field(() => ForumMemberRoleEnum, { defaultValue: 'MEMBER' })
  role: ForumMemberRole;

  @Field(() => LocalDateScalar)
  termStart: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Defaults to the start plus the forum's term length",
  })
  termEnd?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "The member's consent to appear on the forum's public page",
  })
  shownPublicly: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When they consented; today when left out' })
  publicConsentOn?: string | null;
}

@InputType()
export class RenewForumMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a forum member id' })
  memberId: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "The new end, after the current one; defaults to the current end plus the forum's term length",
  })
  termEnd?: string | null;
}

@InputType()
export class EndForumMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a forum member id' })
  memberId: string;

  @Field(() => ForumMemberEndReasonEnum)
  reason: ForumMemberEndReason;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the membership ended (the member no longer sits from it); today when left out',
  })
  endedOn?: string | null;
}

@InputType({ description: "Records a member's consent to appear on the forum's public page, or its withdrawal" })
export class RecordForumMemberConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a forum member id' })
  memberId: string;

  @Field(() => Boolean)
  shownPublicly: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When they consented; today when left out' })
  consentedOn?: string | null;
}
