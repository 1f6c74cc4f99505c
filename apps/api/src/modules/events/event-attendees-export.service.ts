import Papa from 'papaparse';
import type { DataSource } from 'typeorm';
import type { ContactKind } from '@roundtable/shared/pool';
import type { Context } from '../../context.js';
import { visibleContacts, type ContactReader } from '../pool/pool-contacts.js';
import { FORMULA_START } from '../pool/pool-export.service.js';
import { LIST_SEPARATOR } from '../pool/pool-import.rows.js';
import { EventRegistration } from './event-registration.entity.js';
import type { EventService } from './event.service.js';
import type { EventAttendeesCsv } from './events-participation.types.js';

/** The columns: the partner pool export's names where they mean the same. */
export const ATTENDEE_COLUMNS = [
  'name_he',
  'name_ar',
  'name_en',
  'sector',
  'organisation_registration_number',
  'organisation_name_he',
  'status',
  'waitlist_position',
  'registered_at',
  'checked_in_at',
  'email',
  'phone',
  'website',
  'linkedin',
] as const;

type AttendeesReader = ContactReader & {
  loaders: ContactReader['loaders'] & Pick<Context['loaders'], 'personById' | 'organisationById'>;
};

/**
 * An event's attendees as CSV for its organiser (and the PMO unit and administrators, who read the
 * registrants): the live registrations (confirmed, then the waitlist in order), each person's
 * contact details only as they allowed this viewer, by the partner pool's one rule and read log
 * (pool-contacts.ts): an organiser is signed in, so EVERYONE and SIGNED_IN details show and ONLY_ME
 * never. UTF-8 with a BOM, formulas neutralised, as the pool's export; the export itself is logged.
 */
export class EventAttendeesExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventService,
    private readonly reader: AttendeesReader,
  ) {}

  async export(eventId: string): Promise<EventAttendeesCsv> {
    const event = await this.events.readableRegistrants(eventId);
    const registrations = await this.dataSource
      .getRepository(EventRegistration)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId', { eventId: event.id })
      .andWhere(`r.status <> 'CANCELLED'`)
      .orderBy(`CASE r.status WHEN 'CONFIRMED' THEN 0 ELSE 1 END`)
      .addOrderBy('r.arrival', 'ASC')
      .getMany();
    const { loaders } = this.reader;
    const rows = await Promise.all(
      registrations.map(async (registration) => {
        const [person, organisation, position, contacts] = await Promise.all([
          loaders.personById.load(registration.personId),
          registration.organisationId ? loaders.organisationById.load(registration.organisationId) : null,
          this.events.waitlistPosition(registration),
          visibleContacts(registration.personId, this.reader),
        ]);
        const contact = (kind: ContactKind) =>
          contacts
            .filter((detail) => detail.kind === kind)
            .map((detail) => detail.value)
            .join(LIST_SEPARATOR);
        return [
          person?.nameHe ?? '',
          person?.nameAr ?? '',
          person?.nameEn ?? '',
          registration.sectorCode,
          organisation?.registrationNumber ?? '',
          organisation?.nameHe ?? '',
          registration.status,
          position === null ? '' : String(position),
          registration.registeredAt.toISOString(),
          registration.checkedInAt?.toISOString() ?? '',
          contact('EMAIL'),
          contact('PHONE'),
          contact('WEBSITE'),
          contact('LINKEDIN'),
        ];
      }),
    );
    await this.reader.audit.record(this.dataSource.manager, {
      action: 'EVENT_ATTENDEES_EXPORTED',
      entityType: 'Event',
      entityId: event.id,
      clusterId: event.clusterId,
      after: { rows: rows.length },
    });
    const csv = Papa.unparse({ fields: [...ATTENDEE_COLUMNS], data: rows }, { escapeFormulae: FORMULA_START });
    return { fileName: `event-attendees-${event.id.slice(0, 8)}.csv`, csv: `\uFEFF${csv}\r\n`, rowCount: rows.length };
  }
}
