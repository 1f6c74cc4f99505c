import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';

/** The 17 UN Sustainable Development Goals; direction 6 maps national goals to them. */
@ObjectType()
@Entity({ name: 'sdg' })
@Check('sdg_number_range', '"number" BETWEEN 1 AND 17')
@Check('sdg_color_hex', `"color" ~ '^#[0-9A-F]{6}$'`)
export class Sdg {
  @Field(() => Int)
  @PrimaryColumn({ type: 'smallint' })
  number: number;

  @Column({ name: 'title_he', type: 'text' })
  titleHe: string;

  @Column({ name: 'title_ar', type: 'text' })
  titleAr: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn: string;

  @Field(() => String, { description: "The UN's colour for the goal, #RRGGBB" })
  @Column({ type: 'text' })
  color: string;

  @Field(() => LocalizedText)
  get title(): LocalizedText {
    return localized(this.titleHe, this.titleAr, this.titleEn);
  }
}
