import type { EntityManager } from 'typeorm';
import { searchDocument } from '@roundtable/shared/search-text';

/**
 * The person's search document: their name and role in every language, the organisation's names,
 * their topics' names in every language, expertise, interests, bio and the roles they held.
 */
export function rebuildSearchDocument(manager: EntityManager, personId: string): Promise<void> {
  return rebuildSearchDocuments(manager, [personId]);
}

/**
 * The search documents of many profiles at once (one read, one write), as rebuildSearchDocument
 * writes each: the bulk writers (the synthetic generator) use this, so every document is built
 * from the same parts.
 */
export async function rebuildSearchDocuments(manager: EntityManager, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  const rows: { personId: string; parts: (string | null)[] }[] = await manager.query(
    `SELECT p.person_id AS "personId",
            ARRAY[per.name_he, per.name_ar, per.name_en, per.title_he, per.title_ar, per.title_en,
                  o.name_he, o.name_ar, o.name_en, p.bio]
            || coalesce((SELECT array_agg(concat_ws(' ', t.name_he, t.name_ar, t.name_en) ORDER BY st.position)
                           FROM stakeholder_topic st JOIN topic t ON t.code = st.topic_code WHERE st.person_id = p.person_id), '{}')
            || p.expertise || p.interests
            || coalesce((SELECT array_agg(concat_ws(' ', sp.title, sp.organisation_name)) FROM stakeholder_position sp
                          WHERE sp.person_id = p.person_id), '{}') AS parts
       FROM stakeholder_profile p
       JOIN person per ON per.id = p.person_id
       LEFT JOIN organisation o ON o.id = p.organisation_id
      WHERE p.person_id = ANY($1::uuid[])`,
    [personIds],
  );
  await manager.query(
    `UPDATE stakeholder_profile p SET search_document = d.document
       FROM unnest($1::uuid[], $2::text[]) AS d(person_id, document)
      WHERE p.person_id = d.person_id`,
    [rows.map((row) => row.personId), rows.map((row) => searchDocument(row.parts))],
  );
}

/** The topics' names, to tell after a seed which of them it renamed. */
export async function topicNames(manager: EntityManager): Promise<Map<string, string>> {
  const rows: { code: string; names: string }[] = await manager.query(
    `SELECT code, concat_ws('|', name_he, name_ar, name_en) AS names FROM topic`,
  );
  return new Map(rows.map((row) => [row.code, row.names]));
}

/**
 * Rebuilds the search documents of the profiles on a topic whose names changed since `before`
 * (a new wording in packages/shared/src/topics.ts, seeded on start): the documents hold the
 * topics' names. Returns how many were rebuilt.
 */
export async function rebuildForRenamedTopics(manager: EntityManager, before: Map<string, string>): Promise<number> {
  const after = await topicNames(manager);
  const renamed = [...after]
    .filter(([code, names]) => before.has(code) && before.get(code) !== names)
    .map(([code]) => code);
  if (renamed.length === 0) return 0;
  const people: { personId: string }[] = await manager.query(
    `SELECT DISTINCT person_id AS "personId" FROM stakeholder_topic WHERE topic_code = ANY($1::text[])`,
    [renamed],
  );
  await rebuildSearchDocuments(
    manager,
    people.map(({ personId }) => personId),
  );
  return people.length;
}
