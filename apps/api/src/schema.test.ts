import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from './schema.js';

const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema.graphql');

describe('schema.graphql', () => {
  it('is the schema the classes build (run `npm run schema:emit -w @roundtable/api` after a change)', async () => {
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    const built = printSchema(lexicographicSortSchema(await createSchema()));
    // The committed file starts with type-graphql's "generated" banner of # comments.
    expect(committed.replace(/^#.*\n/gm, '').trim()).toBe(built.trim());
  });
});
