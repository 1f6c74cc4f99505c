import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MIN_BIRTH_YEAR } from '@roundtable/shared/pool';
import type { SectorCode } from '@roundtable/shared/sectors';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { Sector } from '../reference/sector.entity.js';
import { StakeholderProfile } from './stakeholder-profile.entity.js';

/** A role a person held, in a sector: the history of their moves between sectors (מעבריות). */
@ObjectType('StakeholderPosition', { description: 'A role a person held, in a sector, from a year to a year' })
@Entity({ name: 'stakeholder_position' })
@Check(
  'stakeholder_position_years',
  `"start_year" BETWEEN ${MIN_BIRTH_YEAR} AND 2100 AND ("end_year" IS NULL OR "end_year" >= "start_year")`,
)
@Check(
  'stakeholder_position_text_length',
  `char_length("title") BETWEEN 1 AND 200 AND char_length("organisation_name") <= 200`,
)
export class StakeholderPosition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('stakeholder_position_person_id_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => StakeholderProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'stakeholder_position_profile_fk' })
  profile?: Relation<StakeholderProfile>;

  @Field(() => SectorCodeEnum, { name: 'sector' })
  @Column({ name: 'sector_code', type: 'text' })
  sectorCode: SectorCode;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_code', foreignKeyConstraintName: 'stakeholder_position_sector_fk' })
  sector?: Relation<Sector>;

  @Field(() => String, { description: 'The role, as the person words it' })
  @Column({ name: 'title', type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'organisation_name', type: 'text', nullable: true })
  organisationName: string | null;

  @Field(() => Int)
  @Column({ name: 'start_year', type: 'smallint' })
  startYear: number;

  @Field(() => Int, { nullable: true, description: 'Null while they hold it' })
  @Column({ name: 'end_year', type: 'smallint', nullable: true })
  endYear: number | null;
}
