import type { DataSource } from 'typeorm';

/**
 * pg_trgm builds trigrams only from the characters its database's locale calls letters or digits.
 * Under the "C" locale (a common initdb default) no Hebrew or Arabic letter is one: every Hebrew
 * word has no trigrams, similarity is 0, and the pool's search finds nothing. The embedded server
 * is created with the builtin C.UTF-8 locale (embedded.ts), which knows them; an external server's
 * database must use C.UTF-8, an ICU locale or a *.UTF-8 libc locale. Checked at start, so a wrong
 * database fails at once with what to do, not later with empty searches (docs/pool.md).
 */
export async function assertTrigramsSeeHebrewAndArabic(dataSource: DataSource): Promise<void> {
  const [row]: { hebrew: number; arabic: number; ctype: string }[] = await dataSource.query(
    `SELECT similarity('חינוך', 'חינוכי') AS hebrew, similarity('التعليم', 'تعليم') AS arabic,
            (SELECT datctype FROM pg_database WHERE datname = current_database()) AS ctype`,
  );
  if (!row || !(row.hebrew > 0) || !(row.arabic > 0)) {
    throw new Error(
      `The database's locale (${row?.ctype ?? 'unknown'}) does not let pg_trgm see Hebrew or Arabic letters, so the partner pool's search would find nothing. ` +
        `Create the database with a UTF-8 locale that knows them, for example: CREATE DATABASE roundtable TEMPLATE template0 LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C.UTF-8' (PostgreSQL 17+), or LOCALE 'he_IL.UTF-8'; then restore the data into it.`,
    );
  }
}
