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
import type { SectorCode } from '@roundtable/shared/sectors';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { Sector } from '../reference/sector.entity.js';

/**
 * An organisation (ארגון) a forum member is appointed for (membership is by organisation, the
 * appointment personal to its head, seed 000) or a person in the partner pool works for. Its
 * topics and districts of activity are in organisation-activity.entity.ts.
 */
@ObjectType({ description: 'An organisation: a company, an association, a foundation, a public body' })
@Entity({ name: 'organisation' })
@Unique('organisation_registration_number_key', ['registrationNumber'])
@Index('organisation_synthetic_idx', ['id'], { where: 'is_synthetic' })
@Check('organisation_registration_number_format', `"registration_number" ~ '^[0-9]{9}$'`)
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'name_he', type: 'text' })
  nameHe: string;

  @Column({ name: 'name_ar', type: 'text', nullable: true })
  nameAr: string | null;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Field(() => SectorCodeEnum, { name: 'sector' })
  @Column({ name: 'sector_code', type: 'text' })
  sectorCode: SectorCode;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_code', foreignKeyConstraintName: 'organisation_sector_fk' })
  sector?: Relation<Sector>;

  /** The registrar's number (ע"ר of an association, ח"פ of a company): nine digits, unique when given. */
  @Field(() => String, {
    nullable: true,
    description: 'The registrar’s nine-digit number (ע"ר of an association, ח"פ of a company)',
  })
  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber: string | null;

  @Field(() => Boolean, {
    description: 'Made up for development and load tests (npm run generate:pool): not a real organisation',
  })
  @Column({ name: 'is_synthetic', type: 'boolean', default: false })
  isSynthetic: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => LocalizedText)
  get name(): LocalizedText {
    return localized(this.nameHe, this.nameAr, this.nameEn);
  }
}
