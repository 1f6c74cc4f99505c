import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { parsePartialDate } from '@roundtable/shared/partial-date';

function parse(value: unknown): string {
  if (typeof value !== 'string' || parsePartialDate(value)?.precision !== 'DAY') {
    throw new GraphQLError('A date must be a calendar day, YYYY-MM-DD (for example 2020-06-02).', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/**
 * A calendar day with no time or zone, `YYYY-MM-DD`: a term's start and end, the day a membership
 * ended or consent was given. Days are Israel's (packages/shared/src/forums.ts).
 */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar day, YYYY-MM-DD, in Israel',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
