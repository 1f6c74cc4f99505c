import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GeographyAndClusters1795353706664 implements MigrationInterface {
  name = 'GeographyAndClusters1795353706664';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "district" ("code" text NOT NULL, "cbs_code" smallint NOT NULL, "name_he" text NOT NULL, "name_ar" text NOT NULL, "name_en" text NOT NULL, CONSTRAINT "district_cbs_code_key" UNIQUE ("cbs_code"), CONSTRAINT "district_code_known" CHECK ("code" IN ('NORTH', 'HAIFA', 'CENTER', 'TEL_AVIV', 'JERUSALEM', 'SOUTH', 'JUDEA_AND_SAMARIA')), CONSTRAINT "PK_fbfe5cb0d22c2be8c9a9fff5b6b" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "local_authority" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cbs_locality_code" integer, "cbs_regional_council_code" integer, "name_he" text NOT NULL, "name_ar" text, "name_en" text, "kind" text, "district_code" text, "population" integer, "population_year" smallint, "latitude" double precision, "longitude" double precision, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "local_authority_cbs_regional_council_code_key" UNIQUE ("cbs_regional_council_code"), CONSTRAINT "local_authority_cbs_locality_code_key" UNIQUE ("cbs_locality_code"), CONSTRAINT "local_authority_longitude_range" CHECK ("longitude" BETWEEN -180 AND 180), CONSTRAINT "local_authority_latitude_range" CHECK ("latitude" BETWEEN -90 AND 90), CONSTRAINT "local_authority_coordinates_together" CHECK (("latitude" IS NULL) = ("longitude" IS NULL)), CONSTRAINT "local_authority_population_positive" CHECK ("population" >= 0), CONSTRAINT "local_authority_one_cbs_code" CHECK ("cbs_locality_code" IS NULL OR "cbs_regional_council_code" IS NULL), CONSTRAINT "local_authority_kind_known" CHECK ("kind" IN ('MUNICIPALITY', 'LOCAL_COUNCIL', 'REGIONAL_COUNCIL')), CONSTRAINT "PK_c243e39274795ca545f17d438e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "local_authority_district_code_idx" ON "local_authority"  ("district_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "source" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "kind" text NOT NULL, "title_he" text NOT NULL, "title_ar" text, "title_en" text, "publisher_he" text, "publisher_ar" text, "publisher_en" text, "published_on" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "source_code_key" UNIQUE ("code"), CONSTRAINT "source_published_on_format" CHECK ("published_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'), CONSTRAINT "source_kind_known" CHECK ("kind" IN ('DOCUMENT', 'STATISTICS')), CONSTRAINT "PK_018c433f8264b58c86363eaadde" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seed_key" text, "name_he" text NOT NULL, "name_ar" text, "name_en" text, "title_he" text, "title_ar" text, "title_en" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "person_seed_key_key" UNIQUE ("seed_key"), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "cluster" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "cbs_code" integer, "name_he" text NOT NULL, "name_ar" text, "name_en" text, "legal_form" text, "stage" text, "district_code" text, "founded_on" text, "summary_he" text, "summary_ar" text, "summary_en" text, "ceo_person_id" uuid, "ceo_since" text, "program_manager_person_id" uuid, "declared_member_count" smallint, "declared_member_count_source_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cluster_cbs_code_key" UNIQUE ("cbs_code"), CONSTRAINT "cluster_slug_key" UNIQUE ("slug"), CONSTRAINT "cluster_declared_member_count_sourced" CHECK (("declared_member_count" IS NULL) = ("declared_member_count_source_id" IS NULL)), CONSTRAINT "cluster_declared_member_count_positive" CHECK ("declared_member_count" > 0), CONSTRAINT "cluster_ceo_since_format" CHECK ("ceo_since" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'), CONSTRAINT "cluster_founded_on_format" CHECK ("founded_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'), CONSTRAINT "cluster_legal_form_known" CHECK ("legal_form" IN ('CITIES_ASSOCIATION', 'MUNICIPAL_CORPORATION')), CONSTRAINT "cluster_stage_known" CHECK ("stage" IN ('CANDIDATE', 'FORMING', 'INCORPORATING', 'ACTIVE')), CONSTRAINT "cluster_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_b09d39b9491ce5cb1e8407761fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "cluster_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cluster_id" uuid NOT NULL, "authority_id" uuid NOT NULL, "source_id" uuid NOT NULL, "joined_on" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cluster_membership_once_per_source" UNIQUE ("cluster_id", "authority_id", "source_id"), CONSTRAINT "cluster_membership_joined_on_format" CHECK ("joined_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'), CONSTRAINT "PK_052f3b313aee038e122a79f3335" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "cluster_membership_authority_id_idx" ON "cluster_membership"  ("authority_id") `,
    );
    await queryRunner.query(`CREATE INDEX "cluster_membership_source_id_idx" ON "cluster_membership"  ("source_id") `);
    await queryRunner.query(
      `CREATE TABLE "cluster_name" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cluster_id" uuid NOT NULL, "name" text NOT NULL, "normalized" text NOT NULL, CONSTRAINT "cluster_name_normalized_key" UNIQUE ("normalized"), CONSTRAINT "PK_6ac86be4f95b9db024a08bcf917" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "cluster_name_cluster_id_idx" ON "cluster_name"  ("cluster_id") `);
    await queryRunner.query(
      `CREATE TABLE "topic" ("code" text NOT NULL, "position" smallint NOT NULL, "name_he" text NOT NULL, "name_ar" text NOT NULL, "name_en" text NOT NULL, CONSTRAINT "PK_fd5f72b33525473c6539094a955" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "cluster_topic" ("cluster_id" uuid NOT NULL, "topic_code" text NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_702ff5f2dd4636e7b37a9c10a86" PRIMARY KEY ("cluster_id", "topic_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "cluster_vision_goal" ("cluster_id" uuid NOT NULL, "position" smallint NOT NULL, "text_he" text NOT NULL, "text_ar" text, "text_en" text, CONSTRAINT "PK_47c41de326c434c1416f4b196f0" PRIMARY KEY ("cluster_id", "position"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seed_key" text, "cluster_id" uuid, "occurred_on" text NOT NULL, "title_he" text NOT NULL, "title_ar" text, "title_en" text, "source_id" uuid, CONSTRAINT "milestone_seed_key_key" UNIQUE ("seed_key"), CONSTRAINT "milestone_occurred_on_format" CHECK ("occurred_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'), CONSTRAINT "PK_f8372abce331f60ba7b33fe23a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "milestone_cluster_id_idx" ON "milestone"  ("cluster_id") `);
    await queryRunner.query(
      `CREATE TABLE "local_authority_name" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "authority_id" uuid NOT NULL, "name" text NOT NULL, "language" text NOT NULL, "normalized" text NOT NULL, CONSTRAINT "local_authority_name_normalized_key" UNIQUE ("normalized"), CONSTRAINT "local_authority_name_language_known" CHECK ("language" IN ('he', 'ar', 'en')), CONSTRAINT "PK_98fa80c34e6d1021281bf115442" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "local_authority_name_authority_id_idx" ON "local_authority_name"  ("authority_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "action_direction" ("number" smallint NOT NULL, "title_he" text NOT NULL, "title_ar" text NOT NULL, "title_en" text NOT NULL, "description_he" text NOT NULL, "description_ar" text NOT NULL, "description_en" text NOT NULL, CONSTRAINT "action_direction_number_range" CHECK ("number" BETWEEN 1 AND 7), CONSTRAINT "PK_b438bfc41139c1427b29e90d9ea" PRIMARY KEY ("number"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sdg" ("number" smallint NOT NULL, "title_he" text NOT NULL, "title_ar" text NOT NULL, "title_en" text NOT NULL, "color" text NOT NULL, CONSTRAINT "sdg_color_hex" CHECK ("color" ~ '^#[0-9A-F]{6}$'), CONSTRAINT "sdg_number_range" CHECK ("number" BETWEEN 1 AND 17), CONSTRAINT "PK_39a228b7aeae6ae96e62f83df40" PRIMARY KEY ("number"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sector" ("code" text NOT NULL, "position" smallint NOT NULL, "name_he" text NOT NULL, "name_ar" text NOT NULL, "name_en" text NOT NULL, CONSTRAINT "sector_code_known" CHECK ("code" IN ('GOVERNMENT', 'LOCAL_GOVERNMENT', 'BUSINESS', 'CIVIL_SOCIETY', 'PHILANTHROPY', 'ACADEMIA')), CONSTRAINT "PK_6f86c8dca9dc64884a1feecfda4" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "data_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "source_id" uuid NOT NULL, "file_name" text NOT NULL, "file_sha256" text NOT NULL, "row_count" integer NOT NULL, "summary" jsonb NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "data_import_once_per_file" UNIQUE ("kind", "file_sha256"), CONSTRAINT "PK_755c3a88694c220eb49d8baccf1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "local_authority" ADD CONSTRAINT "local_authority_district_fk" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster" ADD CONSTRAINT "cluster_district_fk" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster" ADD CONSTRAINT "cluster_ceo_fk" FOREIGN KEY ("ceo_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster" ADD CONSTRAINT "cluster_program_manager_fk" FOREIGN KEY ("program_manager_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster" ADD CONSTRAINT "cluster_declared_member_count_source_fk" FOREIGN KEY ("declared_member_count_source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_membership" ADD CONSTRAINT "cluster_membership_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_membership" ADD CONSTRAINT "cluster_membership_authority_fk" FOREIGN KEY ("authority_id") REFERENCES "local_authority"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_membership" ADD CONSTRAINT "cluster_membership_source_fk" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_name" ADD CONSTRAINT "cluster_name_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_topic" ADD CONSTRAINT "cluster_topic_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_topic" ADD CONSTRAINT "cluster_topic_topic_fk" FOREIGN KEY ("topic_code") REFERENCES "topic"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_vision_goal" ADD CONSTRAINT "cluster_vision_goal_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone" ADD CONSTRAINT "milestone_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone" ADD CONSTRAINT "milestone_source_fk" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "local_authority_name" ADD CONSTRAINT "local_authority_name_authority_fk" FOREIGN KEY ("authority_id") REFERENCES "local_authority"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "data_import" ADD CONSTRAINT "data_import_source_fk" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_import" DROP CONSTRAINT "data_import_source_fk"`);
    await queryRunner.query(`ALTER TABLE "local_authority_name" DROP CONSTRAINT "local_authority_name_authority_fk"`);
    await queryRunner.query(`ALTER TABLE "milestone" DROP CONSTRAINT "milestone_source_fk"`);
    await queryRunner.query(`ALTER TABLE "milestone" DROP CONSTRAINT "milestone_cluster_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster_vision_goal" DROP CONSTRAINT "cluster_vision_goal_cluster_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster_topic" DROP CONSTRAINT "cluster_topic_topic_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster_topic" DROP CONSTRAINT "cluster_topic_cluster_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster_name" DROP CONSTRAINT "cluster_name_cluster_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster_membership" DROP CONSTRAINT "cluster_membership_source_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster_membership" DROP CONSTRAINT "cluster_membership_authority_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster_membership" DROP CONSTRAINT "cluster_membership_cluster_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster" DROP CONSTRAINT "cluster_declared_member_count_source_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster" DROP CONSTRAINT "cluster_program_manager_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster" DROP CONSTRAINT "cluster_ceo_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster" DROP CONSTRAINT "cluster_district_fk"`);
    await queryRunner.query(`ALTER TABLE "local_authority" DROP CONSTRAINT "local_authority_district_fk"`);
    await queryRunner.query(`DROP TABLE "data_import"`);
    await queryRunner.query(`DROP TABLE "sector"`);
    await queryRunner.query(`DROP TABLE "sdg"`);
    await queryRunner.query(`DROP TABLE "action_direction"`);
    await queryRunner.query(`DROP INDEX "public"."local_authority_name_authority_id_idx"`);
    await queryRunner.query(`DROP TABLE "local_authority_name"`);
    await queryRunner.query(`DROP INDEX "public"."milestone_cluster_id_idx"`);
    await queryRunner.query(`DROP TABLE "milestone"`);
    await queryRunner.query(`DROP TABLE "cluster_vision_goal"`);
    await queryRunner.query(`DROP TABLE "cluster_topic"`);
    await queryRunner.query(`DROP TABLE "topic"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_name_cluster_id_idx"`);
    await queryRunner.query(`DROP TABLE "cluster_name"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_membership_source_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_membership_authority_id_idx"`);
    await queryRunner.query(`DROP TABLE "cluster_membership"`);
    await queryRunner.query(`DROP TABLE "cluster"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TABLE "source"`);
    await queryRunner.query(`DROP INDEX "public"."local_authority_district_code_idx"`);
    await queryRunner.query(`DROP TABLE "local_authority"`);
    await queryRunner.query(`DROP TABLE "district"`);
  }
}
