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
  type Relation,
} from 'typeorm';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { Partnership } from './partnership.entity.js';

/**
 * A milestone of a partnership: due on a day, done on a day. A milestone known only from a source
 * may be done with no day given (seed 001: "פורסמה בקשה לקבלת הצעות"), hence `is_done` beside `done_on`.
 */
@ObjectType({ description: 'A milestone of a partnership' })
@Entity({ name: 'partnership_milestone' })
@Unique('partnership_milestone_seed_key_key', ['seedKey'])
@Check('partnership_milestone_done_when_dated', '"done_on" IS NULL OR "is_done"')
@Index('partnership_milestone_partnership_id_idx', ['partnershipId'])
export class PartnershipMilestone {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'seed_key', type: 'text', nullable: true })
  seedKey: string | null;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_milestone_partnership_fk' })
  partnership?: Relation<Partnership>;

  @Column({ name: 'title_he', type: 'text' })
  titleHe: string;

  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null where no due day is set' })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Field(() => Boolean)
  @Column({ name: 'is_done', type: 'boolean', default: false })
  isDone: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null while not done, or done on a day no one gave' })
  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => LocalizedText)
  get title(): LocalizedText {
    return localized(this.titleHe, this.titleAr, this.titleEn);
  }
}
