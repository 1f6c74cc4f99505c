import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { IsBoolean, IsOptional, Length, MaxLength } from 'class-validator';
import { registerCodeEnum } from '../../common/graphql/enum.js';
import {
  IMPORT_PROBLEM_CODES,
  POOL_IMPORT_KINDS,
  type ImportProblemCode,
  type PoolImportKind,
} from './pool-import.rows.js';
import { MAX_IMPORT_BYTES } from './pool-import.service.js';

export const PoolImportKindEnum = registerCodeEnum(
  POOL_IMPORT_KINDS,
  'PoolImportKind',
  'What a partner-pool CSV file holds: organisations or people (docs/pool.md, "Import and export")',
);
export const ImportProblemCodeEnum = registerCodeEnum(
  IMPORT_PROBLEM_CODES,
  'ImportProblemCode',
  'Why a row of an imported CSV file cannot be imported; stable codes',
);

@ArgsType()
export class ImportPoolArgs {
  @Field(() => PoolImportKindEnum)
  kind: PoolImportKind;

  @Field(() => String, { description: 'The file’s name, for the audit trail' })
  @Length(1, 255, { message: 'fileName must be 1 to 255 characters' })
  fileName: string;

  @Field(() => String, {
    description: `The file's text, UTF-8, its first row the header; up to ${MAX_IMPORT_BYTES / 1024} KB (larger files: npm run import:pool)`,
  })
  // Characters, a first bound; the service counts the UTF-8 bytes.
  @MaxLength(MAX_IMPORT_BYTES, { message: `csv must be at most ${MAX_IMPORT_BYTES / 1024} KB` })
  csv: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check the file and count, write nothing' })
  @IsOptional()
  @IsBoolean()
  dryRun: boolean;
}

@ObjectType({ description: 'A problem with one row (or the header) of an imported file' })
export class ImportProblem {
  @Field(() => Int, { description: 'The row as a spreadsheet numbers it: the header is row 1' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The column’s header; null for the whole row or file' })
  column: string | null;

  @Field(() => ImportProblemCodeEnum)
  code: ImportProblemCode;

  @Field(() => String, { description: 'What is wrong and what to do, in English' })
  message: string;
}

@ObjectType({
  description:
    'The outcome of a partner-pool import: all or nothing. With any problem nothing is written and `problems` lists them all.',
})
export class PoolImportReport {
  @Field(() => PoolImportKindEnum)
  kind: PoolImportKind;

  @Field(() => String)
  fileName: string;

  @Field(() => Boolean)
  dryRun: boolean;

  @Field(() => Boolean, { description: 'Whether the file was written: no problems and not a dry run' })
  written: boolean;

  @Field(() => Int, { description: 'Rows in the file, the header not counted' })
  rows: number;

  @Field(() => Int, { description: 'New organisations or profiles (written, or that a dry run would write)' })
  created: number;

  @Field(() => Int, { description: 'Rows already in the pool exactly as the file has them' })
  unchanged: number;

  @Field(() => [ImportProblem])
  problems: ImportProblem[];
}

@ObjectType({ description: 'Search results of the partner pool as a CSV file' })
export class StakeholderCsv {
  @Field(() => String)
  fileName: string;

  @Field(() => String, {
    description:
      'UTF-8 with a byte-order mark (for Excel), the header first; contact details only as each person allowed this viewer',
  })
  csv: string;

  @Field(() => Int)
  rowCount: number;
}
