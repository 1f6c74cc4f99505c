-- Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d), in
-- POSTGRES_DB. pg_stat_statements needs shared_preload_libraries (infra/postgres/postgresql.conf).
-- The extensions the schema itself needs are created by the migrations, not here.
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
