import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';

/**
 * A person: named in a public source in a public role (a cluster's CEO, a mayor), appointed to a
 * forum, or in the partner pool. Only the name and role title are kept here; a pool profile's
 * personal data is in stakeholder_profile and the rows hanging off it, erased with it
 * (docs/pool.md), and a person no forum record names is erased with their profile.
 */
@ObjectType({ description: 'A person named in a public source (a cluster CEO, a mayor)' })
@Entity({ name: 'person' })
@Unique('person_seed_key_key', ['seedKey'])
@Index('person_synthetic_idx', ['id'], { where: 'is_synthetic' })
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The natural key the source-data seed upserts on (people have no other). */
  @Column({ name: 'seed_key', type: 'text', nullable: true })
  seedKey: string | null;

  @Column({ name: 'name_he', type: 'text' })
  nameHe: string;

  @Column({ name: 'name_ar', type: 'text', nullable: true })
  nameAr: string | null;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  /** Made up by `npm run generate:pool` (docs/pool.md, "Synthetic data"): never a real person. */
  @Column({ name: 'is_synthetic', type: 'boolean', default: false })
  isSynthetic: boolean;

  @Column({ name: 'title_he', type: 'text', nullable: true })
  titleHe: string | null;

  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => LocalizedText)
  get name(): LocalizedText {
    return localized(this.nameHe, this.nameAr, this.nameEn);
  }

  @Field(() => LocalizedText, { nullable: true, description: 'The public role the source names' })
  get title(): LocalizedText | null {
    return localized(this.titleHe, this.titleAr, this.titleEn);
  }
}
