import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { Source } from './source.entity.js';

/**
 * A file imported into the database, by content hash. Importing is safe to rerun anyway; this
 * record lets the start-up import skip a file it has already taken in.
 */
@Entity({ name: 'data_import' })
@Unique('data_import_once_per_file', ['kind', 'fileSha256'])
export class DataImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'data_import_source_fk' })
  source?: Relation<Source>;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'file_sha256', type: 'text' })
  fileSha256: string;

  @Column({ name: 'row_count', type: 'integer' })
  rowCount: number;

  @Column({ type: 'jsonb' })
  summary: Record<string, number>;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt: Date;
}
