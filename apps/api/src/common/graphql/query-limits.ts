import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNullableType,
  isListType,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import {
  createComplexityRule,
  fieldExtensionsEstimator,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { DomainError } from '../errors/domain-error.js';

/*
 * How much one GraphQL request may ask for (quality.md, "The GraphQL edge"). Each limit is far
 * above what the dashboard sends (query-limits.test.ts runs its operations through these rules)
 * and far below what would hurt the server. A refusal is QUERY_TOO_COMPLEX, with HTTP 400, a
 * message that names the limit, and `extensions.limit`, `maximum` and (where known) `actual`.
 */

/** Levels of nested fields; fragments count as the fields they hold, not as a level of their own. */
export const MAX_QUERY_DEPTH = 12;
/** Aliased fields in one operation (`a: sectors { … } b: sectors { … }`); `__typename` is free. */
export const MAX_QUERY_ALIASES = 30;
/**
 * Lexical tokens in the query text (names, punctuation, values; comments are free): stops a huge
 * document while it is parsed, before any rule walks it. Values belong in `variables`.
 */
export const MAX_QUERY_TOKENS = 1000;
/** The estimated cost (below): about how many fields the answer may hold. */
export const MAX_QUERY_COST = 25_000;
/** The most rows a paginated list returns (`first`; the args classes refuse more with @Max). */
export const MAX_PAGE_SIZE = 100;
/**
 * The size assumed for a list without `first` (`clusters`, `Cluster.authorities`): such lists are
 * short. Without a size, nesting them (cluster → authorities → authority → clusters → …) within
 * the depth limit could ask for hundreds of thousands of rows at the cost of a few dozen fields.
 */
export const ASSUMED_LIST_SIZE = 10;
/**
 * Lists known to be shorter, by `Type.field`: an authority is in one to three clusters, a
 * membership is listed by one source or a few, an account holds a few roles. Without these, a
 * query that walks memberships both ways (clusters.int.test.ts loads every cluster with all its
 * relations) would be estimated at ten times its size.
 */
export const SHORT_LIST_SIZES: Readonly<Record<string, number>> = {
  'LocalAuthority.clusters': 3,
  'AuthorityClusterMembership.sources': 3,
  'ClusterAuthority.sources': 3,
  'Cluster.membershipSources': 3,
  'Account.roles': 3,
};
/**
 * The same for introspection's lists (`types`, `fields`, `args`): lower, so the standard
 * introspection query that tools send costs about 8,300 (49,000 at 10). Nesting `fields { type {
 * fields … } }` is refused by graphql's own MaxIntrospectionDepthRule, at 3 such lists.
 * Introspection is off in production.
 */
export const ASSUMED_INTROSPECTION_LIST_SIZE = 5;
/** graphql-js's MaxIntrospectionDepthRule (in its specified rules): `fields`, `inputFields`, … nested. */
export const MAX_INTROSPECTION_LIST_DEPTH = 3;

/** For Apollo's `parseOptions`: the token limit. */
export const QUERY_PARSE_OPTIONS: ParseOptions = { maxLexicalTokens: MAX_QUERY_TOKENS };

export type QueryLimit = 'depth' | 'introspectionDepth' | 'aliases' | 'tokens' | 'cost';

const ADVICE: Record<QueryLimit, string> = {
  depth: 'Ask for fewer levels of nested fields, or split the query into several.',
  introspectionDepth: 'Use the standard introspection query, or the schema file.',
  aliases: 'Ask for fewer aliased fields, or send several requests.',
  tokens: 'Send a shorter query, with values in variables, or split it into several.',
  cost: 'Ask for smaller pages (first), fewer nested lists, or split the query into several.',
};

/** The refusal every limit gives: QUERY_TOO_COMPLEX, saying which limit, how far over, and what to do. */
export function queryTooComplex(
  limit: QueryLimit,
  maximum: number,
  { actual, httpStatus }: { actual?: number | undefined; httpStatus?: number } = {},
): DomainError {
  const format = (n: number) => n.toLocaleString('en-US');
  const found = actual === undefined ? '' : ` (this one: ${format(actual)})`;
  const what: Record<QueryLimit, string> = {
    depth: `The query nests fields too deeply: at most ${format(maximum)} levels${found}.`,
    introspectionDepth: `The query nests introspection lists (fields, inputFields, interfaces, possibleTypes) too deeply: at most ${format(maximum)}.`,
    aliases: `The query has too many aliases: at most ${format(maximum)}${found}.`,
    tokens: `The query is too long: at most ${format(maximum)} tokens.`,
    cost: `The query asks for too much at once: its estimated cost may be at most ${format(maximum)}${found}.`,
  };
  return new DomainError('QUERY_TOO_COMPLEX', `${what[limit]} ${ADVICE[limit]}`, {
    limit,
    maximum,
    ...(actual === undefined ? {} : { actual }),
    ...(httpStatus === undefined ? {} : { http: { status: httpStatus } }),
  });
}

/** graphql-js's message when the token limit stops the parser ("more that" is its spelling). */
const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:an|at) \d+ tokens/;

/**
 * The refusal for an error graphql-js raised itself, which Apollo reports as GRAPHQL_PARSE_FAILED
 * or GRAPHQL_VALIDATION_FAILED: the token limit stops the parser, and MaxIntrospectionDepthRule is
 * one of graphql's specified rules. formatError asks this; undefined for any other error.
 */
export function queryLimitRefusalFor(code: unknown, message: string): DomainError | undefined {
  if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_MESSAGE.test(message)) {
    return queryTooComplex('tokens', MAX_QUERY_TOKENS);
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && message === 'Maximum introspection depth exceeded') {
    return queryTooComplex('introspectionDepth', MAX_INTROSPECTION_LIST_DEPTH);
  }
  return undefined;
}

/** graphql-armor rejects with "… limit of 12 exceeded, found 40."; the count is taken from there. */
function reportAs(limit: QueryLimit, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const actual = /found (\d+)/.exec(error.message)?.[1];
    context?.reportError(
      queryTooComplex(limit, maximum, { actual: actual === undefined ? undefined : Number(actual) }),
    );
  };
}

/**
 * For Apollo's `validationRules`: depth and aliases. They report rather than throw (a throw from
 * a rule would escape graphql's validate and become a 500).
 */
export const QUERY_LIMIT_RULES: ValidationRule[] = [
  maxDepthRule({
    n: MAX_QUERY_DEPTH,
    flattenFragments: true,
    // `__schema` is not counted: the standard introspection query is 15 levels deep. graphql's
    // MaxIntrospectionDepthRule and the cost bound it instead; `__type` is counted like any field.
    ignoreIntrospection: true,
    propagateOnRejection: false,
    onReject: [reportAs('depth', MAX_QUERY_DEPTH)],
  }),
  maxAliasesRule({
    n: MAX_QUERY_ALIASES,
    propagateOnRejection: false,
    onReject: [reportAs('aliases', MAX_QUERY_ALIASES)],
  }),
];

/**
 * A list's cost is its assumed length times its items' cost: `first` (capped at MAX_PAGE_SIZE,
 * which the args classes enforce) for a paginated list, whose `nodes` and `edges` are then that
 * page; SHORT_LIST_SIZES or ASSUMED_LIST_SIZE for a plain list. Anything else falls through to the
 * next estimator.
 */
export const listCostEstimator: ComplexityEstimator = ({ field, type, args, childComplexity }) => {
  const first: unknown = args['first'];
  if (typeof first === 'number') return 1 + Math.min(Math.max(first, 0), MAX_PAGE_SIZE) * childComplexity;
  if (!isListType(getNullableType(field.type))) return undefined;
  if (type.name.endsWith('Connection')) return 1 + childComplexity;
  const size =
    SHORT_LIST_SIZES[`${type.name}.${field.name}`] ??
    (type.name.startsWith('__') ? ASSUMED_INTROSPECTION_LIST_SIZE : ASSUMED_LIST_SIZE);
  return 1 + size * childComplexity;
};

/**
 * Each field costs 1 plus what it contains, lists multiplied as above. A field may declare its own
 * cost with type-graphql's `complexity` option (`@Field({ complexity: … })`), which comes first.
 */
export const COST_ESTIMATORS: ComplexityEstimator[] = [
  fieldExtensionsEstimator(),
  listCostEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

/**
 * The estimated cost of the operation with these variables. Fields whose arguments do not fit are
 * left out, as execution leaves them out too; Infinity when it cannot be estimated at all (a
 * document of more than graphql-query-complexity's 10,000 nodes once fragments are expanded).
 */
export function estimateQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  { variables, operationName }: { variables?: Record<string, unknown>; operationName?: string } = {},
): number {
  let cost: number | undefined;
  const rule = createComplexityRule({
    maximumComplexity: Number.MAX_SAFE_INTEGER,
    estimators: COST_ESTIMATORS,
    ...(variables ? { variables } : {}),
    ...(operationName ? { operationName } : {}),
    onComplete: (complexity) => {
      cost = (cost ?? 0) + complexity;
    },
  });
  try {
    // Only the cost is wanted here: the other errors it reports (an argument that does not fit)
    // are execution's to report.
    validate(schema, document, [rule], { maxErrors: 1000 });
  } catch {
    return Infinity;
  }
  return cost ?? Infinity;
}

/**
 * Checks the cost once the operation is known, with the request's variables (a page size often
 * comes in a variable), before anything runs. graphql-query-complexity's documented place for
 * Apollo Server: `didResolveOperation`.
 */
export function queryCostPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = estimateQueryCost(schema, document, {
            ...(request.variables ? { variables: request.variables } : {}),
            ...(operationName ? { operationName } : {}),
          });
          if (cost > MAX_QUERY_COST) {
            // Thrown here, an error needs its own status; validation errors get 400 from Apollo.
            throw queryTooComplex('cost', MAX_QUERY_COST, {
              actual: Number.isFinite(cost) ? cost : undefined,
              httpStatus: 400,
            });
          }
        },
      };
    },
  };
}
