import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';

/**
 * Reference data seeded from packages/shared/src/topics.ts. The list is extensible (domain.md), so
 * the code is plain text here rather than a CHECK over today's list.
 */
// Plain values: graphql-js reads each field itself, without type-graphql's resolver around it
// (simpleResolvers, which would skip an @Authorized field: this type must have none).
@ObjectType({ simpleResolvers: true })
@Entity({ name: 'topic' })
export class Topic {
  @Field(() => String)
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'name_he', type: 'text' })
  nameHe: string;

  @Column({ name: 'name_ar', type: 'text' })
  nameAr: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Field(() => LocalizedText)
  get name(): LocalizedText {
    return localized(this.nameHe, this.nameAr, this.nameEn);
  }
}
