import type { EntityManager } from 'typeorm';
import { normalizeName } from '@roundtable/shared/names';
import type { Language } from '@roundtable/shared/localized';
import { DomainError } from '../errors/domain-error.js';

/**
 * The tables that keep every spelling of a thing's name, keyed by the unique normalised form
 * (local_authority_name, cluster_name). Seeds and imports go through here, so a spelling always
 * leads to one row and a differently spelled source never creates a duplicate.
 */
export interface NameIndex {
  table: 'local_authority_name' | 'cluster_name';
  ownerColumn: 'authority_id' | 'cluster_id';
  /** What the owner is called in messages: "authority", "cluster". */
  ownerLabel: string;
  hasLanguage: boolean;
}

export const AUTHORITY_NAMES: NameIndex = {
  table: 'local_authority_name',
  ownerColumn: 'authority_id',
  ownerLabel: 'authority',
  hasLanguage: true,
};

export const CLUSTER_NAMES: NameIndex = {
  table: 'cluster_name',
  ownerColumn: 'cluster_id',
  ownerLabel: 'cluster',
  hasLanguage: false,
};

export interface Spelling {
  name: string;
  language: Language;
}

/**
 * The one owner any of `names` already points at, or null. Two spellings that point at two
 * owners mean the sources contradict each other: that is refused, never guessed.
 */
export async function findOwnerByNames(
  manager: EntityManager,
  index: NameIndex,
  names: readonly string[],
): Promise<string | null> {
  const keys = [...new Set(names.map(normalizeName).filter((key) => key !== ''))];
  if (keys.length === 0) return null;
  const rows: { owner: string; name: string }[] = await manager.query(
    `SELECT DISTINCT "${index.ownerColumn}" AS owner, name FROM "${index.table}" WHERE normalized = ANY($1)`,
    [keys],
  );
  const owners = [...new Set(rows.map((row) => row.owner))];
  if (owners.length > 1) {
    throw new DomainError(
      'CONFLICT',
      `The names ${names.map((n) => `"${n}"`).join(', ')} belong to ${owners.length} different ${index.ownerLabel} records (${rows.map((r) => r.name).join(', ')}). Correct the alternative names so each spelling names one ${index.ownerLabel}.`,
    );
  }
  return owners[0] ?? null;
}

/** Adds the spellings `ownerId` does not have yet; a spelling that names another owner is refused. */
export async function addNames(
  manager: EntityManager,
  index: NameIndex,
  ownerId: string,
  spellings: readonly Spelling[],
): Promise<void> {
  const { table, ownerColumn } = index;
  for (const { name, language } of spellings) {
    const normalized = normalizeName(name);
    if (normalized === '') continue;
    if (index.hasLanguage) {
      await manager.query(
        `INSERT INTO "${table}" ("${ownerColumn}", name, language, normalized) VALUES ($1, $2, $3, $4)
         ON CONFLICT (normalized) DO NOTHING`,
        [ownerId, name, language, normalized],
      );
    } else {
      await manager.query(
        `INSERT INTO "${table}" ("${ownerColumn}", name, normalized) VALUES ($1, $2, $3)
         ON CONFLICT (normalized) DO NOTHING`,
        [ownerId, name, normalized],
      );
    }
    const [holder]: { owner: string }[] = await manager.query(
      `SELECT "${ownerColumn}" AS owner FROM "${table}" WHERE normalized = $1`,
      [normalized],
    );
    if (holder && holder.owner !== ownerId) {
      throw new DomainError(
        'CONFLICT',
        `The name "${name}" already names another ${index.ownerLabel}. Check the alternative names of both.`,
      );
    }
  }
}
