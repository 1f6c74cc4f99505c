import { Field, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { PARTNER_ROLES, type PartnerRole } from '@roundtable/shared/partnerships';
import { sqlInList } from '../../common/graphql/enum.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Partnership } from './partnership.entity.js';
import { PartnerRoleEnum } from './partnerships.enums.js';

/**
 * An organisation in a partnership and its role. The key makes an organisation a partner once per
 * partnership, also when two requests add it at once. Its sector is the organisation's.
 */
@ObjectType({ description: 'An organisation in a partnership, and its role' })
@Entity({ name: 'partnership_partner' })
@Check('partnership_partner_role_known', sqlInList('role', PARTNER_ROLES))
@Index('partnership_partner_organisation_id_idx', ['organisationId'])
export class PartnershipPartner {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid', primaryKeyConstraintName: 'partnership_partner_key' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_partner_partnership_fk' })
  partnership?: Relation<Partnership>;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid', primaryKeyConstraintName: 'partnership_partner_key' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'partnership_partner_organisation_fk' })
  organisation?: Relation<Organisation>;

  @Field(() => PartnerRoleEnum)
  @Column({ type: 'text' })
  role: PartnerRole;

  @Field(() => Date)
  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
