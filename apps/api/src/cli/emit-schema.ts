/** Writes schema.graphql from the classes; the web's types are generated from that file. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitSchemaDefinitionFile } from 'type-graphql';
import { createSchema } from '../schema.js';

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema.graphql');

await emitSchemaDefinitionFile(SCHEMA_FILE, await createSchema());
console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
