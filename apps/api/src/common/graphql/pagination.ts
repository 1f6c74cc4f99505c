import { Field, ObjectType } from 'type-graphql';
import { DomainError } from '../errors/domain-error.js';

// Plain values: graphql-js reads each field itself, without type-graphql's resolver around it
// (simpleResolvers, which would skip an @Authorized field: this type must have none).
@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' })
  endCursor: string | null;
}

/** An opaque cursor: the sort key of the last row seen, so pages stay stable while rows are added. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((part) => ['string', 'number'].includes(typeof part))
    ) {
      return key as (string | number)[];
    }
  } catch {
    // falls through to the error below
  }
  throw invalidCursor();
}

/** The refusal of a cursor that does not decode, or whose parts are not what its list sorts by. */
export function invalidCursor(): DomainError {
  return new DomainError('BAD_USER_INPUT', 'The page cursor is not valid. Start again from the first page.', {
    argument: 'after',
  });
}
