type Snapshot = Record<string, unknown> | null | undefined;

export interface FieldChange {
  /** The field's path in the snapshot: `status`, `title.he`. */
  field: string;
  /** The value as text, or null where the snapshot has none. */
  before: string | null;
  after: string | null;
  changed: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nested objects become dotted paths; lists and single values stay whole. */
function flatten(snapshot: Snapshot, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(snapshot ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value) && Object.keys(value).length > 0) flatten(value, path, out);
    else out.set(path, value);
  }
  return out;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * An audit entry's values before and after, field by field, in the order the snapshots give them
 * (after's fields first, then any only before had), each marked whether it changed.
 */
export function snapshotChanges(before: Snapshot, after: Snapshot): FieldChange[] {
  const old = flatten(before);
  const next = flatten(after);
  const fields = [...new Set([...next.keys(), ...old.keys()])];
  return fields.map((field) => {
    const was = asText(old.get(field));
    const is = asText(next.get(field));
    return { field, before: was, after: is, changed: was !== is };
  });
}
