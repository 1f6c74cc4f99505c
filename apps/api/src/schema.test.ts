import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { Authorized, buildSchema, Field, getMetadataStorage, ObjectType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { authChecker } from './common/auth/auth-checker.js';
import { operationsWithoutRule, PERSONAL_FIELD, simpleFieldsWithRules } from './common/auth/access-rules.js';
import { createSchema, RESOLVERS } from './schema.js';

const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema.graphql');

describe('schema.graphql', () => {
  it('is the schema the classes build (run `npm run schema:emit -w @roundtable/api` after a change)', async () => {
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    const built = printSchema(lexicographicSortSchema(await createSchema()));
    // The committed file starts with type-graphql's "generated" banner of # comments.
    expect(committed.replace(/^#.*\n/gm, '').trim()).toBe(built.trim());
  });
});

describe('access rules', () => {
  it('give every query and mutation a rule: who may use it is declared, never assumed', async () => {
    await createSchema();
    expect(operationsWithoutRule(RESOLVERS)).toEqual([]);
  });

  it('catch an operation that has none', async () => {
    @Resolver()
    class UnguardedResolver {
      @Query(() => String)
      unguarded(): string {
        return 'anyone';
      }
    }
    await buildSchema({ resolvers: [UnguardedResolver], authChecker, validate: false });
    expect(operationsWithoutRule([UnguardedResolver])).toEqual(['Query.unguarded']);
  });

  it('catch a rule that simple resolvers would skip', async () => {
    @ObjectType({ simpleResolvers: true })
    class SimpleWithRule {
      @Field(() => String)
      open: string;

      @Authorized('ADMIN')
      @Field(() => String)
      secret: string;
    }
    @Resolver()
    class SimpleWithRuleResolver {
      @Authorized('PUBLIC')
      @Query(() => SimpleWithRule)
      simpleWithRule(): SimpleWithRule {
        return { open: 'anyone', secret: 'admins' };
      }
    }
    const schema = await buildSchema({ resolvers: [SimpleWithRuleResolver], authChecker, validate: false });
    expect(simpleFieldsWithRules(schema)).toEqual(['SimpleWithRule.secret']);
  });

  it('guard every personal field with a rule that is not PUBLIC', async () => {
    const schema = await createSchema();
    const storage = getMetadataStorage();
    const unguarded: string[] = [];
    let personalFields = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      // Operations have their own test above; this one is about the fields of the types they return.
      if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation'].includes(type.name)) continue;
      const metadata = storage.objectTypes.find((objectType) => objectType.name === type.name);
      for (const field of Object.keys(type.getFields()).filter((name) => PERSONAL_FIELD.test(name))) {
        personalFields += 1;
        const roles = metadata?.fields?.find((f) => f.schemaName === field)?.roles;
        if (roles === undefined || roles.includes('PUBLIC')) unguarded.push(`${type.name}.${field}`);
      }
    }
    expect(personalFields).toBeGreaterThan(0);
    expect(unguarded).toEqual([]);
  });

  it('never put a secret in the schema: no hashes of passwords or tokens', async () => {
    const printed = printSchema(await createSchema());
    expect(printed).not.toMatch(/passwordHash|tokenHash|invitationToken/i);
  });
});
