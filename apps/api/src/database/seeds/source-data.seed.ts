import type { EntityManager } from 'typeorm';
import {
  AUTHORITY_NAMES,
  CLUSTER_NAMES,
  addNames,
  findOwnerByNames,
  type Spelling,
} from '../../common/names/name-index.js';
import { callClosesAt } from '@roundtable/shared/calls';
import type { LocalizedText } from '@roundtable/shared/localized';
import {
  CALLS,
  CLUSTERS,
  EVENTS,
  FORUMS,
  MILESTONES,
  PARTNERSHIPS,
  PEOPLE,
  SOURCES,
  type AuthoritySeed,
  type CallSeed,
  type EventSeed,
  type ForumSeed,
  type PartnershipSeed,
  type SourceCode,
} from './source-data.js';
import { updateChanged, upsertRows } from './upsert.js';

/**
 * Loads the source documents' clusters, authorities, people, memberships, milestones and forums.
 * Idempotent: rows are matched on natural keys (source code, slug, a person's key, any spelling
 * of an authority's name) and touched only when a value differs; values an import added (an
 * authority's district, a cluster's CBS code) are kept.
 */
export async function seedSourceData(manager: EntityManager): Promise<void> {
  await upsertRows(
    manager,
    'source',
    ['code'],
    SOURCES.map((source) => ({
      code: source.code,
      kind: 'DOCUMENT',
      ...columns('title', source.title),
      ...columns('publisher', source.publisher),
      published_on: source.publishedOn,
    })),
  );
  await upsertRows(
    manager,
    'person',
    ['seed_key'],
    PEOPLE.map((person) => ({
      seed_key: person.key,
      ...columns('name', person.name),
      ...columns('title', person.title),
    })),
    { touch: 'updated_at' },
  );
  const sourceIds = await idsBy(manager, 'source', 'code');
  const personIds = await idsBy(manager, 'person', 'seed_key');

  for (const cluster of CLUSTERS) {
    const clusterId = await upsertCluster(manager, cluster, personIds, sourceIds);
    await addNames(manager, CLUSTER_NAMES, clusterId, clusterSpellings(cluster.name, cluster.alternativeNames));
    await upsertRows(
      manager,
      'cluster_topic',
      ['cluster_id', 'topic_code'],
      cluster.coreTopics.map((topic, index) => ({ cluster_id: clusterId, topic_code: topic, position: index + 1 })),
    );
    await upsertRows(
      manager,
      'cluster_vision_goal',
      ['cluster_id', 'position'],
      cluster.visionGoals.map((goal, index) => ({
        cluster_id: clusterId,
        position: index + 1,
        ...columns('text', goal),
      })),
    );
    if (cluster.members) {
      const sourceId = required(sourceIds, cluster.members.source);
      for (const member of cluster.members.authorities) {
        const authorityId = await upsertAuthority(manager, member);
        await upsertRows(
          manager,
          'cluster_membership',
          ['cluster_id', 'authority_id', 'source_id'],
          [{ cluster_id: clusterId, authority_id: authorityId, source_id: sourceId }],
        );
      }
    }
  }

  const clusterIds = await idsBy(manager, 'cluster', 'slug');
  await upsertRows(
    manager,
    'milestone',
    ['seed_key'],
    MILESTONES.map((milestone) => ({
      seed_key: milestone.key,
      cluster_id: milestone.cluster ? required(clusterIds, milestone.cluster) : null,
      occurred_on: milestone.occurredOn,
      ...columns('title', milestone.title),
      source_id: required(sourceIds, milestone.source),
    })),
  );

  for (const forum of FORUMS) await seedForum(manager, forum, { clusterIds, sourceIds, personIds });
  for (const call of CALLS) await seedCall(manager, call, sourceIds);
  for (const partnership of PARTNERSHIPS) await seedPartnership(manager, partnership, { clusterIds, sourceIds });
  for (const event of EVENTS) await seedEvent(manager, event, { clusterIds, sourceIds });
}

/**
 * An event as its source gives it, created once with its audience, tracks and outcome: from then
 * on it is its organiser's, so a rerun adds only an event that is missing and never undoes changes.
 */
async function seedEvent(
  manager: EntityManager,
  event: EventSeed,
  { clusterIds, sourceIds }: { clusterIds: Map<string, string>; sourceIds: Map<string, string> },
): Promise<void> {
  let localityId: string | null = null;
  if (event.locality) {
    const [row]: { id: string }[] = await manager.query(`SELECT id FROM local_authority WHERE name_he = $1 LIMIT 1`, [
      event.locality,
    ]);
    if (!row) throw new Error(`The source data places an event in "${event.locality}", which it does not define.`);
    localityId = row.id;
  }
  const [created]: { id: string }[] = await manager.query(
    `INSERT INTO event (seed_key, kind, cluster_id, title_he, title_ar, title_en, summary_he, summary_ar, summary_en,
                        venue_he, venue_ar, venue_en, local_authority_id, is_online, starts_on, ends_on, capacity,
                        registration_closed, reported_participant_count, reported_participant_count_approximate,
                        outcome_summary_he, outcome_summary_ar, outcome_summary_en, source_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
     ON CONFLICT (seed_key) DO NOTHING RETURNING id`,
    [
      event.key,
      event.kind,
      event.cluster ? required(clusterIds, event.cluster) : null,
      ...Object.values(columns('title', event.title)),
      ...Object.values(columns('summary', event.summary)),
      ...Object.values(columns('venue', event.venue)),
      localityId,
      event.isOnline,
      event.startsOn,
      event.endsOn,
      event.capacity,
      event.registrationClosed,
      event.reportedParticipants?.count ?? null,
      event.reportedParticipants?.approximate ?? false,
      ...Object.values(columns('outcome_summary', event.outcomeSummary)),
      required(sourceIds, event.source),
    ],
  );
  if (!created) return;
  await upsertRows(
    manager,
    'event_audience_sector',
    ['event_id', 'sector_code'],
    event.audienceSectors.map((sector) => ({ event_id: created.id, sector_code: sector })),
  );
  await upsertRows(
    manager,
    'event_track',
    ['event_id', 'position'],
    event.tracks.map((track, index) => ({
      event_id: created.id,
      position: index + 1,
      ...columns('topic', track.topic),
      ...columns('facilitator', track.facilitator),
    })),
  );
  await upsertRows(
    manager,
    'event_outcome_direction',
    ['event_id', 'direction_number'],
    event.outcomeDirections.map((number) => ({ event_id: created.id, direction_number: number })),
  );
}

/**
 * A partnership as its source names it, created once with its topics and milestones: from then on
 * it is its managers' to complete and change (partners, dates, directions), so a rerun adds only a
 * partnership that is missing and never undoes their changes.
 */
async function seedPartnership(
  manager: EntityManager,
  partnership: PartnershipSeed,
  { clusterIds, sourceIds }: { clusterIds: Map<string, string>; sourceIds: Map<string, string> },
): Promise<void> {
  const [created]: { id: string }[] = await manager.query(
    `INSERT INTO partnership (seed_key, kind, cluster_id, title_he, title_ar, title_en, summary_he, summary_ar, summary_en,
                              status, funding_mechanism, source_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (seed_key) DO NOTHING RETURNING id`,
    [
      partnership.key,
      partnership.kind,
      partnership.cluster ? required(clusterIds, partnership.cluster) : null,
      ...Object.values(columns('title', partnership.title)),
      ...Object.values(columns('summary', partnership.summary)),
      partnership.status,
      partnership.fundingMechanism,
      required(sourceIds, partnership.source),
    ],
  );
  if (!created) return;
  await upsertRows(
    manager,
    'partnership_topic',
    ['partnership_id', 'topic_code'],
    partnership.topics.map((topic) => ({ partnership_id: created.id, topic_code: topic })),
  );
  await upsertRows(
    manager,
    'partnership_milestone',
    ['seed_key'],
    partnership.milestones.map((milestone) => ({
      seed_key: milestone.key,
      partnership_id: created.id,
      ...columns('title', milestone.title),
      is_done: milestone.isDone,
    })),
  );
}

/**
 * A call as its source gives it, created once with its criteria and deadline extensions: from then
 * on it is its forum's managers' (like a seeded forum), so a rerun adds nothing and changes nothing.
 */
async function seedCall(manager: EntityManager, call: CallSeed, sourceIds: Map<string, string>): Promise<void> {
  const sourceId = required(sourceIds, call.source);
  const [forum]: { id: string }[] = await manager.query(`SELECT id FROM forum WHERE seed_key = $1`, [call.forum]);
  if (!forum)
    throw new Error(`The call "${call.key}" is of the forum "${call.forum}", which the source data does not define.`);
  const text = {
    he: call.text.map((paragraph) => paragraph.he).join('\n\n'),
    ar: call.text.every((paragraph) => paragraph.ar) ? call.text.map((paragraph) => paragraph.ar).join('\n\n') : null,
    en: call.text.every((paragraph) => paragraph.en) ? call.text.map((paragraph) => paragraph.en).join('\n\n') : null,
  };
  const [created]: { id: string }[] = await manager.query(
    `INSERT INTO "call" (seed_key, forum_id, title_he, title_ar, title_en, text_he, text_ar, text_en, status, opens_on,
                         deadline, closes_at, eligible_sectors, allows_individuals, rotation, source_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT (seed_key) DO NOTHING RETURNING id`,
    [
      call.key,
      forum.id,
      ...Object.values(columns('title', call.title)),
      ...Object.values(columns('text', text)),
      call.status,
      call.opensOn,
      call.deadline,
      callClosesAt(call.deadline),
      call.eligibleSectors,
      call.allowsIndividuals,
      call.rotation,
      sourceId,
    ],
  );
  if (!created) return;
  await upsertRows(
    manager,
    'call_criterion',
    ['call_id', 'position'],
    call.criteria.map((criterion, index) => ({
      call_id: created.id,
      position: index + 1,
      ...columns('name', criterion.name),
      ...columns('description', criterion.description),
    })),
  );
  await upsertRows(
    manager,
    'call_deadline_extension',
    ['seed_key'],
    call.extensions.map((extension) => ({
      seed_key: extension.key,
      call_id: created.id,
      previous_deadline: extension.previousDeadline,
      new_deadline: extension.newDeadline,
      ...columns('reason', extension.reason),
      // Known only from the source: when it was extended, and by whom, it does not say.
      extended_at: null,
      source_id: sourceId,
    })),
  );
}

/**
 * Creates a forum as its source describes it, once: from then on it is its managers' to change
 * (its goals, rules and map), so a rerun adds only what is missing, a forum or a member, by seed
 * key, and never undoes their changes. A seeded member whose membership the managers ended stays
 * ended.
 */
async function seedForum(
  manager: EntityManager,
  forum: ForumSeed,
  ids: { clusterIds: Map<string, string>; sourceIds: Map<string, string>; personIds: Map<string, string> },
): Promise<void> {
  const sourceId = required(ids.sourceIds, forum.source);
  const [created]: { id: string }[] = await manager.query(
    `INSERT INTO forum (seed_key, cluster_id, kind, name_he, name_ar, name_en, description_he, description_ar,
                        description_en, topic_code, term_years, min_meetings_per_year, allows_individuals,
                        launched_on, source_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (seed_key) DO NOTHING RETURNING id`,
    [
      forum.key,
      forum.cluster ? required(ids.clusterIds, forum.cluster) : null,
      forum.kind,
      ...Object.values(columns('name', forum.name)),
      ...Object.values(columns('description', forum.description)),
      forum.topic,
      forum.termYears,
      forum.minMeetingsPerYear,
      forum.allowsIndividuals,
      forum.launchedOn,
      sourceId,
    ],
  );
  if (created) {
    await upsertRows(
      manager,
      'forum_goal',
      ['forum_id', 'position'],
      forum.goals.map((goal, index) => ({ forum_id: created.id, position: index + 1, ...columns('text', goal) })),
    );
    // The seat trigger counts `filled` as each row is added.
    await upsertRows(
      manager,
      'forum_seat',
      ['forum_id', 'sector_code'],
      forum.seats.map((seat) => ({ forum_id: created.id, sector_code: seat.sector, seats: seat.seats })),
    );
  }
  if (forum.members.length === 0) return;
  const [{ id: forumId }]: { id: string }[] = await manager.query(`SELECT id FROM forum WHERE seed_key = $1`, [
    forum.key,
  ]);
  for (const member of forum.members) {
    const authorityId = member.authority ? await findOwnerByNames(manager, AUTHORITY_NAMES, [member.authority]) : null;
    if (member.authority && !authorityId) {
      throw new Error(
        `The forum member "${member.key}" sits for "${member.authority}", which the source data does not define.`,
      );
    }
    // No conflict target: a member already seated (by this key, or appointed by hand) is left as it is.
    // Shown publicly: a public source names them in the role, so no consent date is needed.
    await manager.query(
      `INSERT INTO forum_member (seed_key, forum_id, person_id, local_authority_id, sector_code, role, shown_publicly, source_id)
       VALUES ($1, $2, $3, $4, $5, $6, true, $7) ON CONFLICT DO NOTHING`,
      [member.key, forumId, required(ids.personIds, member.person), authorityId, member.sector, member.role, sourceId],
    );
  }
}

async function upsertCluster(
  manager: EntityManager,
  cluster: (typeof CLUSTERS)[number],
  personIds: Map<string, string>,
  sourceIds: Map<string, string>,
): Promise<string> {
  // A cluster the CBS import created first (slug cbs-NNN) is found by its names and keeps its id.
  const existing = await findOwnerByNames(manager, CLUSTER_NAMES, [cluster.name.he, ...cluster.alternativeNames]);
  const row = {
    slug: cluster.slug,
    ...columns('name', cluster.name),
    legal_form: cluster.legalForm,
    stage: cluster.stage,
    founded_on: cluster.foundedOn,
    ...columns('summary', cluster.summary),
    ceo_person_id: cluster.ceo ? required(personIds, cluster.ceo.person) : null,
    ceo_since: cluster.ceo?.since ?? null,
    program_manager_person_id: cluster.programManager ? required(personIds, cluster.programManager) : null,
    declared_member_count: cluster.declaredMemberCount?.count ?? null,
    declared_member_count_source_id: cluster.declaredMemberCount
      ? required(sourceIds, cluster.declaredMemberCount.source)
      : null,
  };
  if (existing) {
    await updateChanged(manager, 'cluster', existing, row, { keepExisting: Object.keys(row), touch: 'updated_at' });
    return existing;
  }
  const [inserted]: { id: string }[] = await manager.query(
    `INSERT INTO cluster (${Object.keys(row)
      .map((c) => `"${c}"`)
      .join(', ')})
     VALUES (${Object.keys(row)
       .map((_, i) => `$${i + 1}`)
       .join(', ')}) RETURNING id`,
    Object.values(row),
  );
  return inserted!.id;
}

async function upsertAuthority(manager: EntityManager, member: AuthoritySeed): Promise<string> {
  const spellings = authoritySpellings(member);
  const existing = await findOwnerByNames(
    manager,
    AUTHORITY_NAMES,
    spellings.map((s) => s.name),
  );
  let authorityId: string;
  if (existing) {
    // The CBS is the better source for kind; the seed only fills a kind that is still unknown.
    await updateChanged(
      manager,
      'local_authority',
      existing,
      // The sources' own spelling is the primary name even when the CBS import created the row.
      { name_he: member.name.he, name_ar: member.name.ar, name_en: member.name.en, kind: member.kind },
      { keepExisting: ['name_ar', 'name_en'], fillOnly: ['kind'], touch: 'updated_at' },
    );
    authorityId = existing;
  } else {
    const [inserted]: { id: string }[] = await manager.query(
      `INSERT INTO local_authority (name_he, name_ar, name_en, kind) VALUES ($1, $2, $3, $4) RETURNING id`,
      [member.name.he, member.name.ar, member.name.en, member.kind],
    );
    authorityId = inserted!.id;
  }
  await addNames(manager, AUTHORITY_NAMES, authorityId, spellings);
  return authorityId;
}

function authoritySpellings(member: AuthoritySeed): Spelling[] {
  return [
    { name: member.name.he, language: 'he' },
    ...(member.alternativeNames ?? []).map((name): Spelling => ({ name, language: 'he' })),
    ...(member.name.ar ? [{ name: member.name.ar, language: 'ar' } as const] : []),
    ...(member.name.en ? [{ name: member.name.en, language: 'en' } as const] : []),
  ];
}

function clusterSpellings(name: LocalizedText, alternatives: string[]): Spelling[] {
  return [name.he, ...alternatives, ...(name.ar ? [name.ar] : []), ...(name.en ? [name.en] : [])].map((n) => ({
    name: n,
    language: 'he',
  }));
}

/** `{ title_he, title_ar, title_en }` from a LocalizedText (all null when it is absent). */
function columns(prefix: string, text: LocalizedText | null): Record<string, string | null> {
  return {
    [`${prefix}_he`]: text?.he ?? null,
    [`${prefix}_ar`]: text?.ar ?? null,
    [`${prefix}_en`]: text?.en ?? null,
  };
}

async function idsBy(manager: EntityManager, table: string, key: string): Promise<Map<string, string>> {
  const rows: { key: string; id: string }[] = await manager.query(
    `SELECT "${key}" AS key, id FROM "${table}" WHERE "${key}" IS NOT NULL`,
  );
  return new Map(rows.map((row) => [row.key, row.id]));
}

function required(ids: Map<string, string>, key: SourceCode | string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`The source data refers to "${key}", which it does not define.`);
  return id;
}
