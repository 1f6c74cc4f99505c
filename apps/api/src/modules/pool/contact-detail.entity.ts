import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import {
  CONTACT_KINDS,
  CONTACT_VISIBILITIES,
  PROFILE_LIMITS,
  type ContactKind,
  type ContactVisibility,
} from '@roundtable/shared/pool';
import { sqlInList } from '../../common/graphql/enum.js';
import { ContactKindEnum, ContactVisibilityEnum } from './pool.enums.js';
import { StakeholderProfile } from './stakeholder-profile.entity.js';

/**
 * One way to reach a person, with who may see it and when they consented to that (rule 5). A
 * detail shown to anyone but the person carries the time of consent; withdrawing it (ONLY_ME)
 * clears the time, in the same row, so it is hidden at once.
 */
// Plain values: graphql-js reads each field itself, without type-graphql's resolver around it
// (simpleResolvers, which would skip an @Authorized field: this type must have none).
@ObjectType({ simpleResolvers: true, description: 'A way to reach a person, shown only as the person chose' })
@Entity({ name: 'contact_detail' })
@Unique('contact_detail_person_kind_value_key', ['personId', 'kind', 'value'])
@Check('contact_detail_kind_known', sqlInList('kind', CONTACT_KINDS))
@Check('contact_detail_visibility_known', sqlInList('visibility', CONTACT_VISIBILITIES))
@Check('contact_detail_consent_when_shown', `("visibility" = 'ONLY_ME') = ("consented_at" IS NULL)`)
@Check('contact_detail_value_length', `char_length("value") BETWEEN 1 AND ${PROFILE_LIMITS.contactLength}`)
export class ContactDetail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => StakeholderProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'contact_detail_profile_fk' })
  profile?: Relation<StakeholderProfile>;

  @Field(() => ContactKindEnum)
  @Column({ name: 'kind', type: 'text' })
  kind: ContactKind;

  @Field(() => String)
  @Column({ name: 'value', type: 'text' })
  value: string;

  @Field(() => ContactVisibilityEnum)
  @Column({ name: 'visibility', type: 'text' })
  visibility: ContactVisibility;

  @Field(() => Date, { nullable: true, description: 'When the person consented to show it; null for ONLY_ME' })
  @Column({ name: 'consented_at', type: 'timestamptz', nullable: true })
  consentedAt: Date | null;

  @Column({ type: 'smallint' })
  position: number;
}
