import { registerEnumType } from 'type-graphql';

/**
 * Registers a GraphQL enum from a `as const` code list of packages/shared, so the list lives once
 * and the schema, the database CHECK and the dashboard all follow it.
 */
export function registerCodeEnum<const T extends readonly string[]>(
  codes: T,
  name: string,
  description: string,
): { [K in T[number]]: K } {
  const values = Object.fromEntries(codes.map((code) => [code, code])) as { [K in T[number]]: K };
  registerEnumType(values, { name, description });
  return values;
}

/** `code IN ('A','B')` for a CHECK constraint over the same list. */
export function sqlInList(column: string, codes: readonly string[]): string {
  return `"${column}" IN (${codes.map((code) => `'${code}'`).join(', ')})`;
}
