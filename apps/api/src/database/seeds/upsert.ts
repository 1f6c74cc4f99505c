import type { EntityManager } from 'typeorm';

type Row = Record<string, unknown>;

/**
 * INSERT … ON CONFLICT (key) DO UPDATE, touching a row only when a value differs, so a rerun
 * changes nothing (not even `updated_at`). `keepExisting` columns never overwrite a value with
 * null (a seed sets what its source gives and leaves what an import added); `fillOnly` columns
 * are written only while the row has none (another source is the better one for them).
 */
export async function upsertRows(
  manager: EntityManager,
  table: string,
  key: readonly string[],
  rows: readonly Row[],
  {
    keepExisting = [] as readonly string[],
    fillOnly = [] as readonly string[],
    touch = undefined as string | undefined,
  } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const updatable = columns.filter((column) => !key.includes(column));
  const parameters: unknown[] = [];
  const values = rows
    .map((row) => `(${columns.map((column) => `$${parameters.push(row[column] ?? null)}`).join(', ')})`)
    .join(', ');
  const incoming = (column: string) =>
    fillOnly.includes(column)
      ? `COALESCE(t."${column}", EXCLUDED."${column}")`
      : keepExisting.includes(column)
        ? `COALESCE(EXCLUDED."${column}", t."${column}")`
        : `EXCLUDED."${column}"`;
  const assignments = updatable.map((column) => `"${column}" = ${incoming(column)}`);
  if (touch) assignments.push(`"${touch}" = now()`);
  const changed = updatable.length
    ? `WHERE (${updatable.map((c) => `t."${c}"`).join(', ')}) IS DISTINCT FROM (${updatable.map(incoming).join(', ')})`
    : '';
  const onConflict = updatable.length ? `DO UPDATE SET ${assignments.join(', ')} ${changed}` : 'DO NOTHING';
  await manager.query(
    `INSERT INTO "${table}" AS t (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}
     ON CONFLICT (${key.map((c) => `"${c}"`).join(', ')}) ${onConflict}`,
    parameters,
  );
}

/**
 * UPDATE one row by id with the same rules as `upsertRows`, writing only when a value differs.
 * (An INSERT … ON CONFLICT cannot serve here: PostgreSQL checks NOT NULL columns of the insert
 * before it finds the conflict.)
 */
export async function updateChanged(
  manager: EntityManager,
  table: string,
  id: string,
  values: Row,
  {
    keepExisting = [] as readonly string[],
    fillOnly = [] as readonly string[],
    touch = undefined as string | undefined,
  } = {},
): Promise<void> {
  const columns = Object.keys(values);
  if (columns.length === 0) return;
  const parameters: unknown[] = [id];
  const incoming = (column: string) => {
    const value = `$${parameters.push(values[column] ?? null)}`;
    if (fillOnly.includes(column)) return `COALESCE("${column}", ${value})`;
    if (keepExisting.includes(column)) return `COALESCE(${value}, "${column}")`;
    return value;
  };
  const targets = columns.map((column) => [column, incoming(column)] as const);
  const assignments = targets.map(([column, value]) => `"${column}" = ${value}`);
  if (touch) assignments.push(`"${touch}" = now()`);
  await manager.query(
    `UPDATE "${table}" SET ${assignments.join(', ')}
     WHERE id = $1 AND (${targets.map(([c]) => `"${c}"`).join(', ')}) IS DISTINCT FROM (${targets.map(([, v]) => v).join(', ')})`,
    parameters,
  );
}
