import { Field, ID, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { GENDERS, MIN_BIRTH_YEAR, PROFILE_LIMITS, type Gender } from '@roundtable/shared/pool';
import type { SectorCode } from '@roundtable/shared/sectors';
import { sqlInList } from '../../common/graphql/enum.js';
import type { District } from '../geography/district.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Person } from '../people/person.entity.js';
import type { Topic } from '../reference/topic.entity.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { Sector } from '../reference/sector.entity.js';
import type { ContactDetail } from './contact-detail.entity.js';

const { listItems, bioLength } = PROFILE_LIMITS;

/** What a search read with a profile for its card, besides its person and organisation. */
export interface SearchCardParts {
  topics: Topic[];
  districts: District[];
  /** All the person's contact details, in their order: the resolver shows only what this viewer may see. */
  contacts: ContactDetail[];
}

/**
 * A person's profile in the partner pool (מאגר שותפים): what they choose to tell partners. Their
 * name and role title are the person's (person.entity.ts); contact details, topics, districts and
 * positions hang off this row and go with it when the profile is erased (docs/pool.md).
 */
@ObjectType('Stakeholder', { description: 'A person in the partner pool (בעל עניין), as they describe themselves' })
@Entity({ name: 'stakeholder_profile' })
@Check('stakeholder_profile_gender_known', sqlInList('gender', GENDERS))
@Check('stakeholder_profile_birth_year_range', `"birth_year" BETWEEN ${MIN_BIRTH_YEAR} AND 2100`)
@Check('stakeholder_profile_bio_length', `char_length("bio") <= ${bioLength}`)
@Check(
  'stakeholder_profile_list_sizes',
  `cardinality("interests") <= ${listItems} AND cardinality("expertise") <= ${listItems} AND cardinality("languages") <= ${listItems}`,
)
@Check('stakeholder_profile_languages_format', `array_to_string("languages", ',') ~ '^([a-z]{2}(,[a-z]{2})*)?$'`)
// The GIN index that finds profiles by any of their languages (&&) is made by hand in the
// migrations: synchronize false keeps TypeORM from dropping it.
@Index('stakeholder_profile_languages_gin', { synchronize: false })
export class StakeholderProfile {
  @Field(() => ID, { name: 'id', description: "The person's id" })
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @OneToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'stakeholder_profile_person_fk' })
  person?: Relation<Person>;

  @Index('stakeholder_profile_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'stakeholder_profile_organisation_fk' })
  organisation?: Relation<Organisation> | null;

  @Field(() => SectorCodeEnum, { name: 'sector', description: 'The sector they work in now' })
  @Index('stakeholder_profile_sector_code_idx')
  @Column({ name: 'sector_code', type: 'text' })
  sectorCode: SectorCode;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_code', foreignKeyConstraintName: 'stakeholder_profile_sector_fk' })
  sector?: Relation<Sector>;

  @Field(() => [String], { description: 'What they would like to work on' })
  @Column({ name: 'interests', type: 'text', array: true, default: () => "'{}'" })
  interests: string[];

  @Field(() => [String], { description: 'What they know' })
  @Column({ name: 'expertise', type: 'text', array: true, default: () => "'{}'" })
  expertise: string[];

  @Field(() => [String], { description: 'Languages they work in, ISO 639-1 codes (he, ar, en …)' })
  @Column({ name: 'languages', type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** Personal: only the person reads it; the pool uses it in aggregates of at least five. */
  @Column({ name: 'gender', type: 'text', nullable: true })
  gender: Gender | null;

  /** Personal, as gender. */
  @Column({ name: 'birth_year', type: 'smallint', nullable: true })
  birthYear: number | null;

  @Field(() => Boolean, { description: 'Open to being consulted by partners' })
  @Column({ name: 'open_to_consultation', type: 'boolean', default: false })
  openToConsultation: boolean;

  @Field(() => Boolean, { description: 'Open to moving between sectors (מעבריות)' })
  @Column({ name: 'open_to_sector_move', type: 'boolean', default: false })
  openToSectorMove: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'bio', type: 'text', nullable: true })
  bio: string | null;

  /**
   * Name, role, organisation, topics, expertise, interests and bio, normalised with their stems
   * (packages/shared/src/search-text.ts); the service rewrites it on every change. Only SQL reads
   * it (the trigger that derives `search_words`), so loading a profile leaves it out.
   */
  @Column({ name: 'search_document', type: 'text', default: '', select: false })
  searchDocument?: string;

  /**
   * The search document's words, as the search index reads them (pool-search-index-store.ts). A
   * trigger writes it from the document, and keeps the lexicon (pool_search_word) in step: never
   * written here.
   */
  @Column({
    name: 'search_words',
    type: 'text',
    array: true,
    default: () => "'{}'",
    select: false,
    insert: false,
    update: false,
  })
  searchWords?: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /**
   * Set only on the profiles a search returns (pool-search.service.ts), with `person` and
   * `organisation`: the card's fields answer from them at once rather than through a loader's
   * promise each (20 cards × 8 fields a search). Neither a column nor a GraphQL field.
   */
  searchCard?: SearchCardParts;
}
