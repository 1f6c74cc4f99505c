import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the search index reads of a profile, besides the person's name: the profile and its lists. */
const PROFILE_TABLES = ['stakeholder_profile', 'stakeholder_topic', 'stakeholder_district'];
/** The tables whose writes advanced the generation of the search cache this replaces. */
const ADVANCING_TABLES = [...PROFILE_TABLES, 'person', 'topic'];

/**
 * The partner pool's search moves into an index in each API process (pool-search-index.ts), kept
 * in step by `pool_search_change`: triggers log each write to what the index reads, with the
 * writing transaction's id (`xid`), so a process asks for exactly the changes its snapshot did not
 * see, late commits included (pool-search-index-store.ts). A row without a person stands for
 * "everything" (a TRUNCATE). The generation sequence of the search cache, and its triggers, go;
 * so does the GIN index on `search_words`, which nothing reads now (the index holds the words).
 */
export class PoolSearchIndex1796250000000 implements MigrationInterface {
  name = 'PoolSearchIndex1796250000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ADVANCING_TABLES) {
      await queryRunner.query(`DROP TRIGGER "${table}_pool_search_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_pool_search_advance" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "pool_search_advance"()`);
    await queryRunner.query(`DROP SEQUENCE "pool_search_generation"`);
    await queryRunner.query(`DROP INDEX "public"."stakeholder_profile_search_words_gin"`);

    await queryRunner.query(
      `CREATE TABLE "pool_search_change" (
         "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
         "person_id" uuid,
         "changed_at" timestamptz NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(`CREATE INDEX "pool_search_change_xid" ON "pool_search_change" ("xid")`);
    await queryRunner.query(`CREATE INDEX "pool_search_change_changed_at" ON "pool_search_change" ("changed_at")`);
    // One row per person a statement touched (statement-level, so an import of thousands logs
    // each person once per table rather than row by row).
    await queryRunner.query(
      `CREATE FUNCTION "pool_search_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           INSERT INTO pool_search_change (person_id) SELECT DISTINCT person_id FROM old_rows;
         ELSE
           INSERT INTO pool_search_change (person_id) SELECT DISTINCT person_id FROM new_rows;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "pool_search_changed_all"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN INSERT INTO pool_search_change (person_id) VALUES (NULL); RETURN NULL; END $$`,
    );
    // A person's Hebrew name orders the pages without text.
    await queryRunner.query(
      `CREATE FUNCTION "pool_search_person_renamed"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO pool_search_change (person_id)
         SELECT n.id FROM new_rows n JOIN old_rows o USING (id)
          WHERE n.name_he IS DISTINCT FROM o.name_he
            AND EXISTS (SELECT 1 FROM stakeholder_profile p WHERE p.person_id = n.id);
         RETURN NULL;
       END $$`,
    );
    for (const table of PROFILE_TABLES) {
      for (const [event, tables] of [
        ['INSERT', 'NEW TABLE AS new_rows'],
        ['UPDATE', 'NEW TABLE AS new_rows'],
        ['DELETE', 'OLD TABLE AS old_rows'],
      ] as const) {
        await queryRunner.query(
          `CREATE TRIGGER "${table}_pool_search_${event.toLowerCase()}" AFTER ${event} ON "${table}"
           REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION "pool_search_changed"()`,
        );
      }
      await queryRunner.query(
        `CREATE TRIGGER "${table}_pool_search_truncate" AFTER TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION "pool_search_changed_all"()`,
      );
    }
    await queryRunner.query(
      `CREATE TRIGGER "person_pool_search_rename" AFTER UPDATE ON "person"
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "pool_search_person_renamed"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "person_pool_search_rename" ON "person"`);
    for (const table of PROFILE_TABLES) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await queryRunner.query(`DROP TRIGGER "${table}_pool_search_${event}" ON "${table}"`);
      }
    }
    await queryRunner.query(`DROP FUNCTION "pool_search_person_renamed"()`);
    await queryRunner.query(`DROP FUNCTION "pool_search_changed_all"()`);
    await queryRunner.query(`DROP FUNCTION "pool_search_changed"()`);
    await queryRunner.query(`DROP TABLE "pool_search_change"`);

    await queryRunner.query(
      `CREATE INDEX "stakeholder_profile_search_words_gin" ON "stakeholder_profile" USING gin ("search_words")`,
    );
    await queryRunner.query(`CREATE SEQUENCE "pool_search_generation"`);
    await queryRunner.query(
      `CREATE FUNCTION "pool_search_advance"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM nextval('pool_search_generation'); RETURN NULL; END $$`,
    );
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
  }
}
