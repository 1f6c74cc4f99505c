import fs from 'node:fs';
import path from 'node:path';
import {
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  specifiedRules,
  typeFromAST,
  validate,
  visit,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../config/env.js';
import { createSchema } from '../../schema.js';
import {
  ASSUMED_LIST_SIZE,
  estimateQueryCost,
  MAX_PAGE_SIZE,
  MAX_QUERY_ALIASES,
  MAX_QUERY_COST,
  MAX_QUERY_DEPTH,
  MAX_QUERY_TOKENS,
  QUERY_LIMIT_RULES,
  QUERY_PARSE_OPTIONS,
  SHORT_LIST_SIZES,
} from './query-limits.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

/** What the limits refuse in `query`: the codes and messages of the errors the rules report. */
function refusals(query: string) {
  return validate(schema, parse(query, QUERY_PARSE_OPTIONS), [...specifiedRules, ...QUERY_LIMIT_RULES]).map(
    (error) => ({ code: error.extensions['code'], message: error.message, ...error.extensions }),
  );
}

const cost = (query: string, variables?: Record<string, unknown>) =>
  estimateQueryCost(schema, parse(query), variables ? { variables } : {});

/** `depth` levels of cluster → authorities → authority → clusters → cluster → …, as a hostile client nests them. */
function nested(depth: number): string {
  const steps = ['authorities', 'authority', 'clusters', 'cluster'];
  let query = '__typename';
  for (let level = depth - 3; level >= 0; level -= 1) query = `${steps[level % 4]} { ${query} }`;
  return `{ cluster(slug: "haifa-bay") { ${query} } }`;
}

describe('query depth', () => {
  it(`accepts ${MAX_QUERY_DEPTH} levels and refuses ${MAX_QUERY_DEPTH + 1} with QUERY_TOO_COMPLEX, saying how deep`, () => {
    expect(refusals(nested(MAX_QUERY_DEPTH))).toEqual([]);
    expect(refusals(nested(MAX_QUERY_DEPTH + 1))).toEqual([
      expect.objectContaining({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'depth',
        maximum: MAX_QUERY_DEPTH,
        actual: MAX_QUERY_DEPTH + 1,
        message: expect.stringMatching(/at most 12 levels \(this one: 13\)\. Ask for fewer levels/),
      }),
    ]);
  });

  it('counts the fields inside a fragment, not the fragment as a level', () => {
    const query = `query { ...Q } fragment Q on Query { sectors { ...S } } fragment S on Sector { name { he } }`;
    const inline = `{ ${'sectors { '.repeat(1)}name { he } } }`;
    expect(refusals(query)).toEqual(refusals(inline));
    expect(refusals(query)).toEqual([]);
  });

  it('counts __type like any field, and lets tools send the standard introspection query', () => {
    // __type 1, fields 2, type 3, `levels` × ofType, name.
    const typeRef = (levels: number) =>
      `{ __type(name: "Cluster") { fields { type { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } } } }`;
    expect(refusals(typeRef(MAX_QUERY_DEPTH - 4))).toEqual([]);
    expect(refusals(typeRef(MAX_QUERY_DEPTH - 3))).toEqual([
      expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', actual: MAX_QUERY_DEPTH + 1 }),
    ]);
    expect(refusals(getIntrospectionQuery())).toEqual([]);
    expect(estimateQueryCost(schema, parse(getIntrospectionQuery()))).toBeLessThan(MAX_QUERY_COST);
  });
});

describe('aliases', () => {
  const aliased = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `s${i}: sectors { code }`).join(' ')} __typename t: __typename }`;

  it(`accepts ${MAX_QUERY_ALIASES} and refuses more with QUERY_TOO_COMPLEX; __typename is free`, () => {
    expect(refusals(aliased(MAX_QUERY_ALIASES))).toEqual([]);
    expect(refusals(aliased(MAX_QUERY_ALIASES + 1))).toEqual([
      expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', actual: MAX_QUERY_ALIASES + 1 }),
    ]);
  });
});

describe('tokens', () => {
  it(`stops the parser after ${MAX_QUERY_TOKENS} tokens`, () => {
    const fields = (count: number) => `{ ${'__typename '.repeat(count - 2)}}`;
    expect(() => parse(fields(MAX_QUERY_TOKENS), QUERY_PARSE_OPTIONS)).not.toThrow();
    expect(() => parse(fields(MAX_QUERY_TOKENS + 1), QUERY_PARSE_OPTIONS)).toThrow(/more th(an|at) 1000 tokens/);
  });
});

describe('the estimated cost', () => {
  it('multiplies a page by `first`, from the query or its variables, and caps it at the largest page', () => {
    const page = (first: string) => `query ($n: Int!) { localAuthorities(first: ${first}) { nodes { id } } }`;
    // 1 for the connection + first × (nodes 1 + id 1)
    expect(cost(page('10'), { n: 1 })).toBe(1 + 10 * 2);
    expect(cost(page('$n'), { n: 50 })).toBe(1 + 50 * 2);
    expect(cost(page('100000'), { n: 1 })).toBe(1 + MAX_PAGE_SIZE * 2);
    // The default page when `first` is left out.
    expect(cost(`{ localAuthorities { nodes { id } } }`)).toBe(1 + 20 * 2);
  });

  it('assumes a length for a list without `first`', () => {
    expect(cost(`{ sectors { code } }`)).toBe(1 + ASSUMED_LIST_SIZE * 1);
    expect(cost(`{ clusters { authorities { authority { id } } } }`)).toBe(
      1 + ASSUMED_LIST_SIZE * (1 + ASSUMED_LIST_SIZE * (1 + 1)),
    );
  });

  it('uses the sizes of lists known to be short, each of which names a list in the schema', () => {
    expect(cost(`{ clusters { membershipSources { authorityCount } } }`)).toBe(1 + ASSUMED_LIST_SIZE * (1 + 3 * 1));
    for (const [name, size] of Object.entries(SHORT_LIST_SIZES)) {
      const [typeName, fieldName] = name.split('.') as [string, string];
      const type = schema.getType(typeName);
      const field = type && 'getFields' in type ? type.getFields()[fieldName] : undefined;
      expect(field && isListType(getNullableType(field.type)), name).toBe(true);
      expect(size).toBeLessThan(ASSUMED_LIST_SIZE);
    }
  });

  it('grows past the limit with nested lists, which depth alone would let through', () => {
    const query = `{ localAuthorities(first: 100) { nodes { clusters { cluster { authorities { authority {
      clusters { cluster { authorities { authority { id } } } } } } } } } } }`;
    expect(refusals(query)).toEqual([]);
    expect(cost(query)).toBeGreaterThan(MAX_QUERY_COST);
  });

  it('still counts the rest of a query when one field has an argument that does not fit', () => {
    const query = `query ($n: Int) {
      broken: localAuthorities(first: $n) { nodes { id } }
      costly: localAuthorities(first: 100) { nodes { clusters { cluster { authorities { authority {
        clusters { cluster { authorities { authority { id } } } } } } } } } }
    }`;
    expect(cost(query, { n: null })).toBeGreaterThan(MAX_QUERY_COST);
  });

  it("bounds introspection that nests lists inside lists, as graphql's own rule does", () => {
    let bomb = 'name';
    for (let level = 0; level < 8; level += 1) bomb = `fields { type { ${bomb} } }`;
    const query = `{ __schema { types { ${bomb} } } }`;
    expect(cost(query)).toBeGreaterThan(MAX_QUERY_COST);
    expect(refusals(query)).toEqual([expect.objectContaining({ message: 'Maximum introspection depth exceeded' })]);
  });
});

/**
 * The dashboard's operations, as its generated code holds them (apps/web/src/gql/graphql.ts: one
 * `…Document` per operation, with its fragments), with the `__typename` Apollo Client adds.
 */
function dashboardOperations(): { name: string; document: DocumentNode }[] {
  const generated = fs.readFileSync(path.join(REPO_ROOT, 'apps', 'web', 'src', 'gql', 'graphql.ts'), 'utf8');
  return [...generated.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)]
    .map(([, name, json]) => ({ name: name!, document: JSON.parse(json!) as DocumentNode }))
    .filter(({ document }) => document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION))
    .map(({ name, document }) => ({ name, document: parse(print(withTypename(document))) }));
}

function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: (node, _key, parent) =>
      parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION
        ? undefined
        : {
            ...node,
            selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
          },
  });
}

/** A value for every variable, the largest allowed where it is a number (a page size). */
function sampleVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [sample(type.ofType)];
    if (isInputObjectType(type)) {
      return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sample(field.type)]));
    }
    if (isEnumType(type)) return type.getValues()[0]!.value;
    const samples: Record<string, unknown> = {
      String: 'text',
      Int: MAX_PAGE_SIZE,
      Float: 1.5,
      Boolean: true,
      ID: '00000000-0000-4000-8000-000000000000',
      DateTimeISO: '2024-01-01T00:00:00.000Z',
      PartialDate: '2024',
      LocalDate: '2024-01-01',
      SafeInt: 100,
      JSONObject: {},
    };
    const name = getNamedType(type).name;
    // A value the scalar refuses would fail the variables' coercion, and the cost would be 0.
    if (!(name in samples)) throw new Error(`No sample value for the scalar ${name}: add one above.`);
    return samples[name];
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      sample(typeFromAST(schema, definition.type as never) as GraphQLInputType),
    ]),
  );
}

describe("the dashboard's own operations", () => {
  it('are found in its generated code', () => {
    expect(dashboardOperations().map((op) => op.name)).toEqual(
      expect.arrayContaining(['Viewer', 'Cluster', 'Home', 'Authorities', 'MapAuthorities', 'SignIn']),
    );
  });

  it('stay within every limit, using at most half the tokens and half the cost', () => {
    for (const { name, document } of dashboardOperations()) {
      const text = print(document);
      expect(() => parse(text, { maxLexicalTokens: MAX_QUERY_TOKENS / 2 }), name).not.toThrow();
      expect(validate(schema, document, [...specifiedRules, ...QUERY_LIMIT_RULES]), name).toEqual([]);
      const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
      const estimated = estimateQueryCost(schema, document, { variables: sampleVariables(operation) });
      expect(estimated, name).toBeGreaterThanOrEqual(1);
      expect(estimated, name).toBeLessThan(MAX_QUERY_COST / 2);
    }
  });
});
