import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { DISTRICT_CODES, type DistrictCode } from '@roundtable/shared/districts';
import { sqlInList } from '../../common/graphql/enum.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { DistrictCodeEnum } from './geography.enums.js';

/** Reference data seeded from packages/shared/src/districts.ts. */
// Plain values: graphql-js reads each field itself, without type-graphql's resolver around it
// (simpleResolvers, which would skip an @Authorized field: this type must have none).
@ObjectType({ simpleResolvers: true })
@Entity({ name: 'district' })
@Unique('district_cbs_code_key', ['cbsCode'])
@Check('district_code_known', sqlInList('code', DISTRICT_CODES))
export class District {
  @Field(() => DistrictCodeEnum)
  @PrimaryColumn({ type: 'text' })
  code: DistrictCode;

  @Field(() => Int, { description: "The CBS's number for the district" })
  @Column({ name: 'cbs_code', type: 'smallint' })
  cbsCode: number;

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
