import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { Call } from './call.entity.js';

/** A criterion the advisory committee scores applications on, in the call's order. */
@ObjectType({ description: 'A criterion the advisory committee scores applications on' })
@Entity({ name: 'call_criterion' })
@Unique('call_criterion_position_key', ['callId', 'position'])
// The target of application_score's composite key: a score's criterion is of the application's call.
@Unique('call_criterion_id_call_key', ['id', 'callId'])
export class CallCriterion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'call_criterion_call_fk' })
  call?: Relation<Call>;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'name_he', type: 'text' })
  nameHe: string;

  @Column({ name: 'name_ar', type: 'text', nullable: true })
  nameAr: string | null;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ name: 'description_he', type: 'text', nullable: true })
  descriptionHe: string | null;

  @Column({ name: 'description_ar', type: 'text', nullable: true })
  descriptionAr: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Field(() => LocalizedText)
  get name(): LocalizedText {
    return localized(this.nameHe, this.nameAr, this.nameEn);
  }

  @Field(() => LocalizedText, { nullable: true })
  get description(): LocalizedText | null {
    return localized(this.descriptionHe, this.descriptionAr, this.descriptionEn);
  }
}
