import { Field, Int, ObjectType } from 'type-graphql';

// Each type repeats registrations, confirmed and attended: type-graphql 2 inherits fields only
// from a class that is itself a GraphQL type, and a shared base type would add one to the schema.
import type { DistrictCode } from '@roundtable/shared/districts';
import type { SectorCode } from '@roundtable/shared/sectors';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { DistrictCodeEnum } from '../geography/geography.enums.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';

@ObjectType({ description: "An event's registrations and attendance from one sector" })
export class SectorParticipation {
  @Field(() => Int, { description: 'Live registrations: confirmed and waitlisted (cancelled ones are not counted)' })
  registrations: number;

  @Field(() => Int)
  confirmed: number;

  @Field(() => Int, { description: 'Checked in at the event' })
  attended: number;

  @Field(() => SectorCodeEnum)
  sector: SectorCode;
}

@ObjectType({
  description:
    "An event's registrations and attendance from one district: the districts of the registration's organisation, else the person's own (partner pool); null: none known. A registration with several districts counts in each",
})
export class DistrictParticipation {
  @Field(() => Int, { description: 'Live registrations: confirmed and waitlisted (cancelled ones are not counted)' })
  registrations: number;

  @Field(() => Int)
  confirmed: number;

  @Field(() => Int, { description: 'Checked in at the event' })
  attended: number;

  @Field(() => DistrictCodeEnum, { nullable: true })
  district: DistrictCode | null;
}

@ObjectType({
  description:
    "An event's registrations and attendance by organisation type: the organisation's own sector (a company is BUSINESS, an association CIVIL_SOCIETY, a foundation PHILANTHROPY, an authority LOCAL_GOVERNMENT); null: came as an individual, with no organisation",
})
export class OrganisationTypeParticipation {
  @Field(() => Int, { description: 'Live registrations: confirmed and waitlisted (cancelled ones are not counted)' })
  registrations: number;

  @Field(() => Int)
  confirmed: number;

  @Field(() => Int, { description: 'Checked in at the event' })
  attended: number;

  @Field(() => SectorCodeEnum, { nullable: true })
  organisationSector: SectorCode | null;
}

@ObjectType({
  description:
    'Who registered to an event and who came, by sector, district and organisation type; cancelled registrations are not counted. For its organiser, the PMO unit and administrators, who read the registrants themselves: counts are exact, small ones too (docs/events.md)',
})
export class EventParticipation {
  @Field(() => Int, { description: 'Live registrations: confirmed and waitlisted (cancelled ones are not counted)' })
  registrations: number;

  @Field(() => Int)
  confirmed: number;

  @Field(() => Int, { description: 'Checked in at the event' })
  attended: number;

  @Field(() => [SectorParticipation], { description: 'All six sectors, in the sectors’ order' })
  bySector: SectorParticipation[];

  @Field(() => [DistrictParticipation], { description: 'All seven districts, then none known' })
  byDistrict: DistrictParticipation[];

  @Field(() => [OrganisationTypeParticipation], { description: 'The six sectors, then individuals' })
  byOrganisationType: OrganisationTypeParticipation[];
}

@ObjectType({ description: "One sector's registrations, attendance and events in a quarter" })
export class QuarterSectorParticipation {
  @Field(() => Int, { description: 'Live registrations: confirmed and waitlisted (cancelled ones are not counted)' })
  registrations: number;

  @Field(() => Int)
  confirmed: number;

  @Field(() => Int, { description: 'Checked in at the event' })
  attended: number;

  @Field(() => SectorCodeEnum)
  sector: SectorCode;

  @Field(() => Int, { description: 'Events of the quarter this sector registered to' })
  events: number;
}

@ObjectType({ description: 'Participation in the events of a calendar quarter (by their first day)' })
export class QuarterParticipation {
  @Field(() => Int, { description: 'Live registrations: confirmed and waitlisted (cancelled ones are not counted)' })
  registrations: number;

  @Field(() => Int)
  confirmed: number;

  @Field(() => Int, { description: 'Checked in at the event' })
  attended: number;

  @Field(() => String, { description: 'The quarter, YYYY-Qn (2026-Q1)' })
  quarter: string;

  @Field(() => LocalDateScalar, { description: 'Its first day' })
  startsOn: string;

  @Field(() => Int, { description: 'Events held in the quarter, with or without registrations' })
  events: number;

  @Field(() => [QuarterSectorParticipation], { description: 'All six sectors, in the sectors’ order' })
  bySector: QuarterSectorParticipation[];

  @Field(() => Int, {
    description:
      'Participants the sources report for the quarter’s events, summed (Event.reportedParticipantCount): reported figures, not registrations, and never included in them; 0 where none is reported',
  })
  reportedParticipants: number;

  @Field(() => Int, {
    description: 'The quarter’s events with a reported figure (those summed in reportedParticipants)',
  })
  eventsWithReportedFigures: number;

  @Field(() => Boolean, { description: 'At least one of the reported figures is approximate ("about 100")' })
  reportedApproximate: boolean;
}

@ObjectType({ description: 'An event’s attendees as a CSV file' })
export class EventAttendeesCsv {
  @Field(() => String)
  fileName: string;

  @Field(() => String, {
    description:
      'UTF-8 with a byte-order mark (for Excel), the header first; contact details only as each person allowed this viewer',
  })
  csv: string;

  @Field(() => Int)
  rowCount: number;
}
