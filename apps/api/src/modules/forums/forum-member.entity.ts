import { Field, ID, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import {
  FORUM_MEMBER_END_REASONS,
  FORUM_MEMBER_ROLES,
  type ForumMemberEndReason,
  type ForumMemberRole,
  type ForumMemberStatus,
} from '@roundtable/shared/forums';
import type { SectorCode } from '@roundtable/shared/sectors';
import { sqlInList } from '../../common/graphql/enum.js';
import { LocalAuthority } from '../geography/local-authority.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Person } from '../people/person.entity.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { Sector } from '../reference/sector.entity.js';
import { Source } from '../sources/source.entity.js';
import { ForumMemberRoleEnum, ForumMemberStatusEnum } from './forum.enums.js';
import { Forum } from './forum.entity.js';

/**
 * A person's seat in a forum, for a local authority or an organisation, or as an individual where
 * the forum allows. Ending keeps the row (who sat when). Terms cover their start up to, not
 * including, their end (packages/shared/src/forums.ts). The trigger on this table keeps
 * forum_seat.filled (rule 1); the partial unique indexes hold one active membership per person,
 * one chair, one secretary and one co-chair per sector.
 *
 * A member's start is required, except where a source names the member and gives no date (the
 * seeded chair and secretary of Haifa Bay's forum): never invented.
 */
@ObjectType({ description: 'A seat in a forum: who sits, for whom, in which sector and role' })
@Entity({ name: 'forum_member' })
@Unique('forum_member_seed_key_key', ['seedKey'])
@Unique('forum_member_id_forum_key', ['id', 'forumId'])
@Index('forum_member_one_active_membership', ['forumId', 'personId'], { unique: true, where: '"ended_on" IS NULL' })
@Index('forum_member_one_chair', ['forumId'], { unique: true, where: `"role" = 'CHAIR' AND "ended_on" IS NULL` })
@Index('forum_member_one_secretary', ['forumId'], {
  unique: true,
  where: `"role" = 'SECRETARY' AND "ended_on" IS NULL`,
})
@Index('forum_member_one_co_chair_per_sector', ['forumId', 'sectorCode'], {
  unique: true,
  where: `"role" = 'CO_CHAIR' AND "ended_on" IS NULL`,
})
@Check('forum_member_role_known', sqlInList('role', FORUM_MEMBER_ROLES))
@Check('forum_member_end_reason_known', sqlInList('end_reason', FORUM_MEMBER_END_REASONS))
@Check('forum_member_ended_with_reason', '("ended_on" IS NULL) = ("end_reason" IS NULL)')
@Check('forum_member_one_representation', 'num_nonnulls("local_authority_id", "organisation_id") <= 1')
@Check(
  'forum_member_authority_is_local_government',
  `"local_authority_id" IS NULL OR "sector_code" = 'LOCAL_GOVERNMENT'`,
)
@Check('forum_member_seat_has_sector', `"role" = 'SECRETARY' OR "sector_code" IS NOT NULL`)
@Check('forum_member_term_start_known', '"term_start" IS NOT NULL OR "source_id" IS NOT NULL')
@Check('forum_member_term_order', '"term_end" > "term_start"')
@Check('forum_member_ended_after_start', '"ended_on" >= "term_start"')
@Check(
  'forum_member_shown_with_consent',
  'NOT "shown_publicly" OR "public_consent_on" IS NOT NULL OR "source_id" IS NOT NULL',
)
@Check('forum_member_consent_while_shown', '"public_consent_on" IS NULL OR "shown_publicly"')
export class ForumMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The natural key the source-data seed inserts on. */
  @Column({ name: 'seed_key', type: 'text', nullable: true })
  seedKey: string | null;

  @Index('forum_member_forum_id_idx')
  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id', foreignKeyConstraintName: 'forum_member_forum_fk' })
  forum?: Relation<Forum>;

  @Index('forum_member_person_id_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'forum_member_person_fk' })
  person?: Relation<Person>;

  @Index('forum_member_local_authority_id_idx')
  @Column({ name: 'local_authority_id', type: 'uuid', nullable: true })
  localAuthorityId: string | null;

  @ManyToOne(() => LocalAuthority, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id', foreignKeyConstraintName: 'forum_member_local_authority_fk' })
  localAuthority?: Relation<LocalAuthority>;

  @Index('forum_member_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'forum_member_organisation_fk' })
  organisation?: Relation<Organisation>;

  @Field(() => SectorCodeEnum, {
    name: 'sector',
    nullable: true,
    description: "The sector whose seat the member holds; a secretary's may be unknown",
  })
  @Column({ name: 'sector_code', type: 'text', nullable: true })
  sectorCode: SectorCode | null;

  @ManyToOne(() => Sector, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_code', foreignKeyConstraintName: 'forum_member_sector_fk' })
  sector?: Relation<Sector>;

  @Field(() => ForumMemberRoleEnum)
  @Column({ type: 'text' })
  role: ForumMemberRole;

  @Column({ name: 'term_start', type: 'date', nullable: true })
  termStart: string | null;

  @Column({ name: 'term_end', type: 'date', nullable: true })
  termEnd: string | null;

  /** The day the membership ended: the member sat up to, not including, this day. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: ForumMemberEndReason | null;

  /** The member's consent to appear on the forum's public page (or a public source names them in the role). */
  @Column({ name: 'shown_publicly', type: 'boolean', default: false })
  shownPublicly: boolean;

  @Column({ name: 'public_consent_on', type: 'date', nullable: true })
  publicConsentOn: string | null;

  /** The source that names this member (seeded members); null for appointments made here. */
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne(() => Source, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'forum_member_source_fk' })
  source?: Relation<Source>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => ForumMemberStatusEnum)
  get status(): ForumMemberStatus {
    return this.endedOn === null ? 'ACTIVE' : 'ENDED';
  }

  @Field(() => Boolean, { description: 'Sits as a person, for no organisation or authority (a philanthropist)' })
  get isIndividual(): boolean {
    return this.role !== 'SECRETARY' && this.localAuthorityId === null && this.organisationId === null;
  }
}
