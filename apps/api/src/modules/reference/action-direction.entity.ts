import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';

/** The seven action directions of the PMO's 2022 Future Search conference (seed 004). */
@ObjectType()
@Entity({ name: 'action_direction' })
@Check('action_direction_number_range', '"number" BETWEEN 1 AND 7')
export class ActionDirection {
  @Field(() => Int)
  @PrimaryColumn({ type: 'smallint' })
  number: number;

  @Column({ name: 'title_he', type: 'text' })
  titleHe: string;

  @Column({ name: 'title_ar', type: 'text' })
  titleAr: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn: string;

  @Column({ name: 'description_he', type: 'text' })
  descriptionHe: string;

  @Column({ name: 'description_ar', type: 'text' })
  descriptionAr: string;

  @Column({ name: 'description_en', type: 'text' })
  descriptionEn: string;

  @Field(() => LocalizedText)
  get title(): LocalizedText {
    return localized(this.titleHe, this.titleAr, this.titleEn);
  }

  @Field(() => LocalizedText)
  get description(): LocalizedText {
    return localized(this.descriptionHe, this.descriptionAr, this.descriptionEn);
  }
}
