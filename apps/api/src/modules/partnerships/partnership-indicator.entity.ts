import { Field, Float, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { NUMERIC } from './numeric.js';
import { Partnership } from './partnership.entity.js';

/**
 * What a partnership measures: a baseline, a target, and the values its progress reports record
 * (the actual value is the latest one reported, so it is never stored here).
 */
@ObjectType({ description: 'An indicator a partnership measures' })
@Entity({ name: 'partnership_indicator' })
@Unique('partnership_indicator_id_partnership_key', ['id', 'partnershipId'])
@Index('partnership_indicator_partnership_id_idx', ['partnershipId'])
export class PartnershipIndicator {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_indicator_partnership_fk' })
  partnership?: Relation<Partnership>;

  @Column({ name: 'name_he', type: 'text' })
  nameHe: string;

  @Column({ name: 'name_ar', type: 'text', nullable: true })
  nameAr: string | null;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ name: 'unit_he', type: 'text', nullable: true })
  unitHe: string | null;

  @Column({ name: 'unit_ar', type: 'text', nullable: true })
  unitAr: string | null;

  @Column({ name: 'unit_en', type: 'text', nullable: true })
  unitEn: string | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', nullable: true, transformer: NUMERIC })
  baseline: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', nullable: true, transformer: NUMERIC })
  target: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => LocalizedText)
  get name(): LocalizedText {
    return localized(this.nameHe, this.nameAr, this.nameEn);
  }

  @Field(() => LocalizedText, { nullable: true, description: 'Such as tons, households, %' })
  get unit(): LocalizedText | null {
    return localized(this.unitHe, this.unitAr, this.unitEn);
  }
}
