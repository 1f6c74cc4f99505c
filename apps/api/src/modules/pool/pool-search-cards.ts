import type { DataSource, EntityMetadata, EntityTarget } from 'typeorm';
import { postgresPool } from '../../database/data-source.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Person } from '../people/person.entity.js';
import { ContactDetail } from './contact-detail.entity.js';
import { StakeholderProfile } from './stakeholder-profile.entity.js';

/**
 * The cards of a search page, read in one statement: each profile with its person, organisation and
 * contact details (one row per contact detail, the profile's columns repeated). The search is the
 * pool's busiest request (docs/benchmarks.md), so this read skips what TypeORM's `find` pays at
 * every call (building the query, its aliases, hydrating through its transformers): the statement
 * is written once from the entities' metadata and prepared once per connection, and rows become
 * entities column by column. Each column is read in the form cheapest to turn into the value
 * TypeORM would give (`readAs`); `columnsOf` refuses any other type, so a column added later that
 * needs TypeORM's conversion fails loudly rather than reading wrong (pool-search-cards.int.test.ts
 * also compares the result with `find`).
 */
export interface SearchCards {
  profiles: StakeholderProfile[];
  /** Every profile's contact details, by person id, in their order; none is an empty list. */
  contactsByPersonId: Map<string, ContactDetail[]>;
}

/** Types node-postgres returns as TypeORM would hydrate them, as they are (text, uuid, boolean, smallint). */
const PLAIN_TYPES = new Set(['text', 'uuid', 'boolean', 'smallint']);

/** How a column is selected, and what turns the value read into the entity's (none: as read). */
interface ColumnRead {
  expression: string;
  convert?: (value: unknown) => unknown;
}

type ColumnMetadata = EntityMetadata['columns'][number];

const toDate = (value: unknown) => (value === null ? null : new Date(value as number));

/**
 * A column as the statement reads it. Two types are read in another form, parsed natively rather
 * than by node-postgres's text parsers, which took nearly half of its time on this statement
 * (docs/benchmarks.md): a timestamp as whole milliseconds since 1970 (a float8, exact below 2^53),
 * which `new Date` takes, rounded down as postgres-date rounds the microseconds; an array of text
 * as JSON, which node-postgres parses with JSON.parse into the same strings and nulls.
 */
function readAs(alias: string, column: ColumnMetadata, table: string): ColumnRead {
  const name = `${alias}.${column.databaseName}`;
  const type = String(column.type);
  if (column.transformer || column.embeddedMetadata) return refuse(table, column);
  if (column.isArray) return type === 'text' ? { expression: `array_to_json(${name})` } : refuse(table, column);
  if (type === 'timestamptz')
    return { expression: `floor(extract(epoch FROM ${name}) * 1000)::float8`, convert: toDate };
  return PLAIN_TYPES.has(type) ? { expression: name } : refuse(table, column);
}

function refuse(table: string, column: ColumnMetadata): never {
  throw new Error(
    `${table}.${column.databaseName} (${String(column.type)}${column.isArray ? '[]' : ''}) needs TypeORM's hydration: read it with find, or teach pool-search-cards.ts its type.`,
  );
}

interface EntityColumns<T> {
  metadata: EntityMetadata;
  /** The select list's expressions, in the order of `properties`. */
  select: string[];
  properties: (keyof T & string)[];
  /** Per property, what turns the value read into the entity's, if anything. */
  converters: (((value: unknown) => unknown) | undefined)[];
}

function columnsOf<T>(dataSource: DataSource, target: EntityTarget<T>, alias: string): EntityColumns<T> {
  const metadata = dataSource.getMetadata(target);
  const columns = metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  const reads = columns.map((column) => readAs(alias, column, metadata.tableName));
  return {
    metadata,
    select: reads.map((read) => read.expression),
    properties: columns.map((column) => column.propertyName as keyof T & string),
    converters: reads.map((read) => read.convert),
  };
}

function hydrate<T>({ metadata, properties, converters }: EntityColumns<T>, row: unknown[], offset: number): T {
  const entity = metadata.create() as Record<string, unknown>;
  for (let k = 0; k < properties.length; k += 1) {
    const convert = converters[k];
    entity[properties[k]!] = convert ? convert(row[offset + k]) : row[offset + k];
  }
  return entity as T;
}

interface CardStatement {
  text: string;
  profile: EntityColumns<StakeholderProfile>;
  person: EntityColumns<Person>;
  organisation: EntityColumns<Organisation>;
  contact: EntityColumns<ContactDetail>;
}

const statements = new WeakMap<DataSource, CardStatement>();

function cardStatement(dataSource: DataSource): CardStatement {
  let statement = statements.get(dataSource);
  if (!statement) {
    const profile = columnsOf(dataSource, StakeholderProfile, 'p');
    const person = columnsOf(dataSource, Person, 'per');
    const organisation = columnsOf(dataSource, Organisation, 'o');
    const contact = columnsOf(dataSource, ContactDetail, 'c');
    const text = `SELECT ${[...profile.select, ...person.select, ...organisation.select, ...contact.select].join(', ')}
        FROM stakeholder_profile p
        JOIN person per ON per.id = p.person_id
        LEFT JOIN organisation o ON o.id = p.organisation_id
        LEFT JOIN contact_detail c ON c.person_id = p.person_id
       WHERE p.person_id = ANY($1::uuid[])
       ORDER BY p.person_id, c.position`;
    statements.set(dataSource, (statement = { text, profile, person, organisation, contact }));
  }
  return statement;
}

/** The profiles of these people (those still there), with their person, organisation and contact details. */
export async function readSearchCards(dataSource: DataSource, personIds: string[]): Promise<SearchCards> {
  const statement = cardStatement(dataSource);
  const { profile, person, organisation, contact } = statement;
  const { rows } = await postgresPool(dataSource).query<unknown[]>({
    // Named: each connection plans it once.
    name: 'pool-search-cards',
    text: statement.text,
    values: [personIds],
    rowMode: 'array',
  });
  const idAt = profile.properties.indexOf('personId');
  const personAt = profile.properties.length;
  const organisationAt = personAt + person.properties.length;
  const contactAt = organisationAt + organisation.properties.length;
  const profiles: StakeholderProfile[] = [];
  const contactsByPersonId = new Map<string, ContactDetail[]>();
  for (const row of rows) {
    const personId = row[idAt] as string;
    let contacts = contactsByPersonId.get(personId);
    if (!contacts) {
      const card = hydrate(profile, row, 0);
      card.person = hydrate(person, row, personAt);
      // Without an organisation its columns are all null; find gives null then too.
      card.organisation = row[organisationAt] === null ? null : hydrate(organisation, row, organisationAt);
      profiles.push(card);
      contactsByPersonId.set(personId, (contacts = []));
    }
    if (row[contactAt] !== null) contacts.push(hydrate(contact, row, contactAt));
  }
  return { profiles, contactsByPersonId };
}
