import { Field, ObjectType } from 'type-graphql';
import type { LocalizedText as LocalizedTextShape } from '@roundtable/shared/localized';

// Plain values: graphql-js reads each field itself, without type-graphql's resolver around it
// (simpleResolvers, which would skip an @Authorized field: this type must have none).
@ObjectType({
  simpleResolvers: true,
  description: 'A text in Hebrew, Arabic and English; Arabic and English are null where no source gives them',
})
export class LocalizedText implements LocalizedTextShape {
  @Field(() => String)
  he: string;

  @Field(() => String, { nullable: true })
  ar: string | null;

  @Field(() => String, { nullable: true })
  en: string | null;
}

/** Builds the GraphQL value from an entity's three columns; null when the Hebrew is missing. */
export function localized(he: string, ar: string | null, en: string | null): LocalizedText;
export function localized(he: string | null, ar: string | null, en: string | null): LocalizedText | null;
export function localized(he: string | null, ar: string | null, en: string | null): LocalizedText | null {
  return he === null ? null : { he, ar, en };
}
