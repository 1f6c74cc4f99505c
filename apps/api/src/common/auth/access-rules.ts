import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Every query and mutation must say who may use it (deny by default): `createSchema` refuses to
 * build when one of its resolvers has an operation without an `@Authorized` rule, so such an
 * operation can never be served. Call after `buildSchema`, which settles the rules.
 */
export function operationsWithoutRule(resolvers: readonly (new (...args: never[]) => unknown)[]): string[] {
  const storage = getMetadataStorage();
  return [
    ...storage.queries.map((definition) => ({ ...definition, kind: 'Query' })),
    ...storage.mutations.map((definition) => ({ ...definition, kind: 'Mutation' })),
  ]
    .filter((definition) => resolvers.includes(definition.target as never) && definition.roles === undefined)
    .map((definition) => `${definition.kind}.${definition.schemaName}`);
}

/**
 * Fields graphql-js reads without type-graphql (`simpleResolvers` on their type, or `simple`), so
 * an `@Authorized` rule or middleware on them would never run: `createSchema` refuses to build with
 * any. Call after `buildSchema`, which settles the fields.
 */
export function simpleFieldsWithRules(schema: GraphQLSchema): string[] {
  return getMetadataStorage()
    .objectTypes.filter((type) => schema.getType(type.name) !== undefined)
    .flatMap((type) =>
      (type.fields ?? [])
        .filter((field) => (field.simple ?? type.simpleResolvers) === true)
        .filter((field) => field.roles !== undefined || (field.middlewares?.length ?? 0) > 0)
        .map((field) => `${type.name}.${field.schemaName}`),
    );
}

/** Field names that hold personal data: each needs a rule (schema.test.ts walks the schema for them). */
export const PERSONAL_FIELD = /email|phone|password|birth|gender|address|lastSignedIn/i;
