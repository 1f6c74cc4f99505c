import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PARTIAL_DATE_SQL_PATTERN } from '@roundtable/shared/partial-date';
import { registerCodeEnum, sqlInList } from '../../common/graphql/enum.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { PartialDateScalar } from '../../common/graphql/partial-date.scalar.js';

export const SOURCE_KINDS = ['DOCUMENT', 'STATISTICS'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
const SourceKindEnum = registerCodeEnum(
  SOURCE_KINDS,
  'SourceKind',
  'A published document, or a statistical file such as the CBS localities file',
);

/**
 * Where a fact comes from. Sources disagree (the 2020 call lists 16 Haifa Bay authorities, the CBS
 * 2019 file 17), so facts that can differ carry their source and the product shows both.
 */
@ObjectType({ description: 'A document or data file that the data comes from' })
@Entity({ name: 'source' })
@Unique('source_code_key', ['code'])
@Check('source_kind_known', sqlInList('kind', SOURCE_KINDS))
@Check('source_published_on_format', `"published_on" ~ '${PARTIAL_DATE_SQL_PATTERN}'`)
export class Source {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'A stable key, such as HAIFA_BAY_CALL_2020 or CBS_LOCALITIES_2019' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => SourceKindEnum)
  @Column({ type: 'text' })
  kind: SourceKind;

  @Column({ name: 'title_he', type: 'text' })
  titleHe: string;

  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ name: 'publisher_he', type: 'text', nullable: true })
  publisherHe: string | null;

  @Column({ name: 'publisher_ar', type: 'text', nullable: true })
  publisherAr: string | null;

  @Column({ name: 'publisher_en', type: 'text', nullable: true })
  publisherEn: string | null;

  @Field(() => PartialDateScalar, { nullable: true })
  @Column({ name: 'published_on', type: 'text', nullable: true })
  publishedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => LocalizedText)
  get title(): LocalizedText {
    return localized(this.titleHe, this.titleAr, this.titleEn);
  }

  @Field(() => LocalizedText, { nullable: true })
  get publisher(): LocalizedText | null {
    return localized(this.publisherHe, this.publisherAr, this.publisherEn);
  }
}
