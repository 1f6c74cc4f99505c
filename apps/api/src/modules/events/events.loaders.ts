import { In, type DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../common/graphql/loader.js';
import type { Partnership } from '../partnerships/partnership.entity.js';
import type { ActionDirection } from '../reference/action-direction.entity.js';
import { EventAudienceSector, EventOutcomeDirection, EventOutcomePartnership } from './event-links.entity.js';
import { EventTrack } from './event-track.entity.js';
import { Event } from './event.entity.js';

/** The events module's loaders, created per request (context.ts): one query per relation. */
export function createEventLoaders(dataSource: DataSource) {
  const ids = (keys: readonly string[]) => In([...keys]);
  return {
    eventById: oneByKey<string, Event>(
      (keys) => dataSource.getRepository(Event).findBy({ id: ids(keys) }),
      (event) => event.id,
    ),
    eventsByClusterId: manyByKey<string, Event>(
      (keys) =>
        dataSource
          .getRepository(Event)
          .createQueryBuilder('e')
          .where('e.cluster_id IN (:...keys)', { keys })
          .orderBy('e.starts_on', 'DESC', 'NULLS LAST')
          .addOrderBy('e.id')
          .getMany(),
      (event) => event.clusterId!,
    ),
    tracksByEventId: manyByKey<string, EventTrack>(
      (keys) =>
        dataSource.getRepository(EventTrack).find({ where: { eventId: ids(keys) }, order: { position: 'ASC' } }),
      (track) => track.eventId,
    ),
    audienceSectorsByEventId: manyByKey<string, EventAudienceSector>(
      (keys) => dataSource.getRepository(EventAudienceSector).find({ where: { eventId: ids(keys) } }),
      (row) => row.eventId,
    ),
    outcomeDirectionsByEventId: manyByKey<string, ActionDirection & { eventId: string }>(
      async (keys) => {
        const links = await dataSource.getRepository(EventOutcomeDirection).find({
          where: { eventId: ids(keys) },
          relations: { direction: true },
          order: { directionNumber: 'ASC' },
        });
        return links.map((link) => Object.assign(link.direction!, { eventId: link.eventId }));
      },
      (row) => row.eventId,
    ),
    outcomePartnershipsByEventId: manyByKey<string, Partnership & { eventId: string }>(
      async (keys) => {
        const links = await dataSource.getRepository(EventOutcomePartnership).find({
          where: { eventId: ids(keys) },
          relations: { partnership: true },
        });
        return links
          .map((link) => Object.assign(link.partnership!, { eventId: link.eventId }))
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      },
      (row) => row.eventId,
    ),
    /** Waitlisted registrations per event, from one grouped query. */
    waitlistedCountByEventId: oneByKey<string, { eventId: string; count: number }>(
      async (keys) =>
        (await dataSource.query(
          `SELECT event_id AS "eventId", count(*)::int AS count FROM event_registration
              WHERE status = 'WAITLISTED' AND event_id = ANY($1::uuid[]) GROUP BY event_id`,
          [keys],
        )) as { eventId: string; count: number }[],
      (row) => row.eventId,
    ),
  };
}
