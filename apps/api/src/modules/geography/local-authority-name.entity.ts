import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { LANGUAGES, type Language } from '@roundtable/shared/localized';
import { sqlInList } from '../../common/graphql/enum.js';
import { LocalAuthority } from './local-authority.entity.js';

/**
 * Every spelling of an authority's name that a source uses (תמרה / טמרה, יקנעם / יקנעם עילית),
 * its own names included. `normalized` (packages/shared/src/names.ts) is unique across all
 * authorities: a spelling points at one authority, so an import matches instead of duplicating.
 */
@Entity({ name: 'local_authority_name' })
@Unique('local_authority_name_normalized_key', ['normalized'])
@Check('local_authority_name_language_known', sqlInList('language', LANGUAGES))
export class LocalAuthorityName {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('local_authority_name_authority_id_idx')
  @Column({ name: 'authority_id', type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => LocalAuthority, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'authority_id', foreignKeyConstraintName: 'local_authority_name_authority_fk' })
  authority?: Relation<LocalAuthority>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  language: Language;

  @Column({ type: 'text' })
  normalized: string;
}
