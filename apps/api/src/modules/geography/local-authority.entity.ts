import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
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
import { AUTHORITY_KINDS, type AuthorityKind } from '@roundtable/shared/authority-kinds';
import type { DistrictCode } from '@roundtable/shared/districts';
import { sqlInList } from '../../common/graphql/enum.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { District } from './district.entity.js';
import { AuthorityKindEnum } from './geography.enums.js';

/**
 * A local authority (רשות מקומית). Kind, district, population and coordinates stay null until a
 * source gives them (the CBS import does); the sources' other spellings are in local_authority_name.
 */
@ObjectType()
@Entity({ name: 'local_authority' })
@Unique('local_authority_cbs_locality_code_key', ['cbsLocalityCode'])
@Unique('local_authority_cbs_regional_council_code_key', ['cbsRegionalCouncilCode'])
@Check('local_authority_kind_known', sqlInList('kind', AUTHORITY_KINDS))
@Check('local_authority_one_cbs_code', '"cbs_locality_code" IS NULL OR "cbs_regional_council_code" IS NULL')
@Check('local_authority_population_positive', '"population" >= 0')
@Check('local_authority_coordinates_together', '("latitude" IS NULL) = ("longitude" IS NULL)')
@Check('local_authority_latitude_range', '"latitude" BETWEEN -90 AND 90')
@Check('local_authority_longitude_range', '"longitude" BETWEEN -180 AND 180')
export class LocalAuthority {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * The CBS's codes live in two numbering spaces that overlap (locality 26 is not regional council
   * 26): a municipality or local council has its locality's code, a regional council its own
   * municipal-status code.
   */
  @Column({ name: 'cbs_locality_code', type: 'integer', nullable: true })
  cbsLocalityCode: number | null;

  @Column({ name: 'cbs_regional_council_code', type: 'integer', nullable: true })
  cbsRegionalCouncilCode: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The Central Bureau of Statistics' code: the locality's for a municipality or local council, the council's for a regional council",
  })
  get cbsCode(): number | null {
    return this.cbsLocalityCode ?? this.cbsRegionalCouncilCode;
  }

  @Column({ name: 'name_he', type: 'text' })
  nameHe: string;

  @Column({ name: 'name_ar', type: 'text', nullable: true })
  nameAr: string | null;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Field(() => AuthorityKindEnum, { nullable: true })
  @Column({ type: 'text', nullable: true })
  kind: AuthorityKind | null;

  @Index('local_authority_district_code_idx')
  @Column({ name: 'district_code', type: 'text', nullable: true })
  districtCode: DistrictCode | null;

  @ManyToOne(() => District, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'local_authority_district_fk' })
  district?: Relation<District>;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Field(() => Int, { nullable: true, description: 'The year the population count is of' })
  @Column({ name: 'population_year', type: 'smallint', nullable: true })
  populationYear: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => LocalizedText)
  get name(): LocalizedText {
    return localized(this.nameHe, this.nameAr, this.nameEn);
  }
}
