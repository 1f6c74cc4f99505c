import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partner pool's search by lexicon (docs/pool.md, "Search"; docs/benchmarks.md): each profile's
 * search document also as an array of its words (`search_words`, GIN-indexed), and the lexicon of
 * every distinct word with the number of profiles holding it (`pool_search_word`, trigram-indexed).
 * A query word finds its similar words in the lexicon, then the profiles by `search_words && …`;
 * no similarity is computed per document, so the trigram index over the documents goes.
 *
 * Triggers keep both in step with `search_document` whoever writes it (the pool service, the
 * import, the synthetic generator, erasure, a hand-written statement): a BEFORE trigger splits the
 * document, statement-level AFTER triggers add and subtract the words that came and went (rows
 * locked in word order, so concurrent writers neither lose counts nor deadlock) and drop words no
 * profile holds any more. `pool_search_generation` is advanced by every write that can change a
 * search's answer, so the search's short-lived cache (pool-search-cache.ts) knows when it is stale.
 */
const ADVANCING_TABLES = ['stakeholder_profile', 'stakeholder_topic', 'stakeholder_district', 'person', 'topic'];

export class PoolSearchLexicon1796240000000 implements MigrationInterface {
  name = 'PoolSearchLexicon1796240000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stakeholder_profile" ADD "search_words" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE "stakeholder_profile" SET "search_words" = string_to_array("search_document", ' ') WHERE "search_document" <> ''`,
    );
    await queryRunner.query(
      `CREATE TABLE "pool_search_word" ("word" text NOT NULL, "profiles" integer NOT NULL,
         CONSTRAINT "pool_search_word_pkey" PRIMARY KEY ("word"))`,
    );
    await queryRunner.query(
      `INSERT INTO "pool_search_word" ("word", "profiles")
       SELECT w.word, count(*) FROM "stakeholder_profile" p, unnest(p."search_words") AS w(word) GROUP BY w.word`,
    );
    await queryRunner.query(
      `CREATE INDEX "pool_search_word_trgm" ON "pool_search_word" USING gin ("word" gin_trgm_ops)`,
    );
    // The words a write left with no profile, found at once by the trigger that deletes them.
    await queryRunner.query(
      `CREATE INDEX "pool_search_word_unheld" ON "pool_search_word" ("word") WHERE profiles <= 0`,
    );
    await queryRunner.query(
      `CREATE INDEX "stakeholder_profile_search_words_gin" ON "stakeholder_profile" USING gin ("search_words")`,
    );
    await queryRunner.query(`DROP INDEX "public"."stakeholder_profile_search_document_trgm"`);
    await queryRunner.query(
      `CREATE FUNCTION "pool_search_words_split"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         NEW.search_words := CASE WHEN NEW.search_document = '' THEN '{}' ELSE string_to_array(NEW.search_document, ' ') END;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "stakeholder_profile_search_words" BEFORE INSERT OR UPDATE OF "search_document", "search_words"
       ON "stakeholder_profile" FOR EACH ROW EXECUTE FUNCTION "pool_search_words_split"()`,
    );
    await queryRunner.query(`CREATE SEQUENCE "pool_search_generation"`);
    // Adds the words that came and subtracts those that went, counted over the statement's rows
    // (only those whose words changed) without holding them in memory, rows of the lexicon taken
    // in word order (concurrent writers wait for each other instead of deadlocking); a word no
    // profile holds goes.
    const upsert = `INSERT INTO pool_search_word AS l (word, profiles)
         SELECT word, change FROM delta ORDER BY word
         ON CONFLICT (word) DO UPDATE SET profiles = l.profiles + excluded.profiles`;
    await queryRunner.query(
      `CREATE FUNCTION "pool_search_words_count"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           WITH delta AS (SELECT w AS word, count(*)::int AS change FROM new_rows, unnest(new_rows.search_words) AS w GROUP BY w)
           ${upsert};
         ELSIF TG_OP = 'UPDATE' THEN
           WITH changed AS (SELECT o.search_words AS old_words, n.search_words AS new_words
                              FROM old_rows o JOIN new_rows n USING (person_id)
                             WHERE o.search_words IS DISTINCT FROM n.search_words),
                delta AS (SELECT w AS word, sum(c)::int AS change
                            FROM (SELECT w, 1 FROM changed, unnest(changed.new_words) AS w
                                  UNION ALL SELECT w, -1 FROM changed, unnest(changed.old_words) AS w) AS x(w, c)
                           GROUP BY w HAVING sum(c) <> 0)
           ${upsert};
         ELSE
           WITH delta AS (SELECT w AS word, -count(*)::int AS change FROM old_rows, unnest(old_rows.search_words) AS w GROUP BY w)
           ${upsert};
         END IF;
         DELETE FROM pool_search_word WHERE profiles <= 0;
         RETURN NULL;
       END $$`,
    );
    for (const [event, tables] of [
      ['INSERT', 'NEW TABLE AS new_rows'],
      ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['DELETE', 'OLD TABLE AS old_rows'],
    ] as const) {
      await queryRunner.query(
        `CREATE TRIGGER "stakeholder_profile_search_words_${event.toLowerCase()}" AFTER ${event} ON "stakeholder_profile"
         REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION "pool_search_words_count"()`,
      );
    }
    await queryRunner.query(
      `CREATE FUNCTION "pool_search_advance"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM nextval('pool_search_generation'); RETURN NULL; END $$`,
    );
    // What a search's matches, order or facets read: the profile (its document and filters), its
    // topics and districts, the person's name (the order), the topics' names. The generation
    // advances as a writing transaction commits (a deferred trigger), so a search that read it
    // before the commit could not have seen the writer's rows either; the window left is the
    // moment between the trigger and the commit.
    for (const table of ADVANCING_TABLES) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "${table}_pool_search_advance" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "pool_search_advance"()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_pool_search_truncate" AFTER TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION "pool_search_advance"()`,
      );
    }
    await queryRunner.query(`ANALYZE "stakeholder_profile", "pool_search_word"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ADVANCING_TABLES) {
      await queryRunner.query(`DROP TRIGGER "${table}_pool_search_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_pool_search_advance" ON "${table}"`);
    }
    for (const event of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER "stakeholder_profile_search_words_${event}" ON "stakeholder_profile"`);
    }
    await queryRunner.query(`DROP TRIGGER "stakeholder_profile_search_words" ON "stakeholder_profile"`);
    await queryRunner.query(`DROP FUNCTION "pool_search_advance"()`);
    await queryRunner.query(`DROP FUNCTION "pool_search_words_count"()`);
    await queryRunner.query(`DROP FUNCTION "pool_search_words_split"()`);
    await queryRunner.query(`DROP SEQUENCE "pool_search_generation"`);
    await queryRunner.query(
      `CREATE INDEX "stakeholder_profile_search_document_trgm" ON "stakeholder_profile" USING gin ("search_document" gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP INDEX "public"."stakeholder_profile_search_words_gin"`);
    await queryRunner.query(`DROP TABLE "pool_search_word"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_profile" DROP COLUMN "search_words"`);
  }
}
