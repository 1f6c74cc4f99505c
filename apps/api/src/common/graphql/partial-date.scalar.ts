import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '@roundtable/shared/partial-date';

function parse(value: unknown): string {
  if (!isPartialDate(value)) {
    throw new GraphQLError('A date must be YYYY, YYYY-MM or YYYY-MM-DD (for example 2020-06-02).', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A date as precise as its source gives it (packages/shared/src/partial-date.ts). */
export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description: 'A date as precise as its source gives it: YYYY, YYYY-MM or YYYY-MM-DD',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
