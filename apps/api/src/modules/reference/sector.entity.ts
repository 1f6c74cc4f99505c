import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { sqlInList } from '../../common/graphql/enum.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { SectorCodeEnum } from './reference.enums.js';

/** Reference data seeded from packages/shared/src/sectors.ts. */
@ObjectType()
@Entity({ name: 'sector' })
@Check('sector_code_known', sqlInList('code', SECTOR_CODES))
export class Sector {
  @Field(() => SectorCodeEnum)
  @PrimaryColumn({ type: 'text' })
  code: SectorCode;

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
