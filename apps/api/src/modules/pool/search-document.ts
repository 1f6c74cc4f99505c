import type { EntityManager } from 'typeorm';
import { searchDocument } from '@roundtable/shared/search-text';

/**
 * The person's search document: their name and role in every language, the organisation's names,
 * their topics' names in every language, expertise, interests, bio and the roles they held.
 */
export async function rebuildSearchDocument(manager: EntityManager, personId: string): Promise<void> {
  const [row]: { parts: (string | null)[] }[] = await manager.query(
    `SELECT ARRAY[per.name_he, per.name_ar, per.name_en, per.title_he, per.title_ar, per.title_en,
                  o.name_he, o.name_ar, o.name_en, p.bio]
            || coalesce((SELECT array_agg(concat_ws(' ', t.name_he, t.name_ar, t.name_en) ORDER BY st.position)
                           FROM stakeholder_topic st JOIN topic t ON t.code = st.topic_code WHERE st.person_id = p.person_id), '{}')
            || p.expertise || p.interests
            || coalesce((SELECT array_agg(concat_ws(' ', sp.title, sp.organisation_name)) FROM stakeholder_position sp
                          WHERE sp.person_id = p.person_id), '{}') AS parts
       FROM stakeholder_profile p
       JOIN person per ON per.id = p.person_id
       LEFT JOIN organisation o ON o.id = p.organisation_id
      WHERE p.person_id = $1`,
    [personId],
  );
  await manager.query(`UPDATE stakeholder_profile SET search_document = $2 WHERE person_id = $1`, [
    personId,
    searchDocument(row?.parts ?? []),
  ]);
}
