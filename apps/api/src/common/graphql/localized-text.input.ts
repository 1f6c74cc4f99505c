import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';

/** A short text in three languages: Hebrew is required (Hebrew first), Arabic and English when known. */
@InputType()
export class LocalizedTextInput {
  @Field(() => String)
  @Length(1, 500, { message: 'he must be 1 to 500 characters' })
  // Stored trimmed (localizedColumns): spaces alone would store an empty Hebrew text.
  @Matches(/\S/u, { message: 'he must hold some text, not only spaces' })
  he: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'ar must be at most 500 characters' })
  ar?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'en must be at most 500 characters' })
  en?: string | null;
}

/** Trimmed, with an empty translation stored as none. */
export function localizedColumns(prefix: string, text: LocalizedTextInput): Record<string, string | null> {
  const clean = (value: string | null | undefined) => value?.trim() || null;
  return {
    [`${prefix}He`]: text.he.trim(),
    [`${prefix}Ar`]: clean(text.ar),
    [`${prefix}En`]: clean(text.en),
  };
}
