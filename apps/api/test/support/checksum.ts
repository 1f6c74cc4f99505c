import type { DataSource } from 'typeorm';

/** An md5 of every row of each table, to prove a rerun changed nothing (not even a timestamp). */
export async function tableChecksums(
  dataSource: DataSource,
  tables: readonly string[],
): Promise<Record<string, string>> {
  const entries = await Promise.all(
    tables.map(async (table) => {
      const [row]: { checksum: string | null }[] = await dataSource.query(
        `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS checksum FROM "${table}" t`,
      );
      return [table, row!.checksum ?? ''] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export const DATA_TABLES = [
  'sector',
  'district',
  'action_direction',
  'sdg',
  'topic',
  'source',
  'person',
  'local_authority',
  'local_authority_name',
  'cluster',
  'cluster_name',
  'cluster_topic',
  'cluster_vision_goal',
  'cluster_membership',
  'milestone',
  'organisation',
  'forum',
  'forum_goal',
  'forum_seat',
  'forum_member',
  'call',
  'call_criterion',
  'call_deadline_extension',
  'partnership',
  'partnership_topic',
  'partnership_milestone',
] as const;
