import type { DataSource } from 'typeorm';
import type { DistrictCode } from '@roundtable/shared/districts';
import type { ContactKind, ContactVisibility, Gender } from '@roundtable/shared/pool';
import type { SectorCode } from '@roundtable/shared/sectors';
import { rebuildSearchDocument } from '../../src/modules/pool/search-document.js';

/** Factories for the partner pool, straight into the database: each test arranges its own people. */

export interface ProfileFixture {
  /** The account the profile belongs to, linked through account.person_id. */
  accountId?: string;
  name?: { he: string; ar?: string | null; en?: string | null };
  title?: { he: string; ar?: string | null; en?: string | null } | null;
  sector?: SectorCode;
  organisationId?: string | null;
  topics?: string[];
  districts?: DistrictCode[];
  languages?: string[];
  interests?: string[];
  expertise?: string[];
  bio?: string | null;
  gender?: Gender | null;
  birthYear?: number | null;
  openToConsultation?: boolean;
  openToSectorMove?: boolean;
  contacts?: { kind: ContactKind; value: string; visibility: ContactVisibility }[];
}

export async function createProfile(dataSource: DataSource, fixture: ProfileFixture = {}): Promise<string> {
  const name = fixture.name ?? { he: 'בעלת עניין לבדיקה' };
  const [{ id: personId }] = await dataSource.query(
    `INSERT INTO person (name_he, name_ar, name_en, title_he, title_ar, title_en) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      name.he,
      name.ar ?? null,
      name.en ?? null,
      fixture.title?.he ?? null,
      fixture.title?.ar ?? null,
      fixture.title?.en ?? null,
    ],
  );
  await dataSource.query(
    `INSERT INTO stakeholder_profile (person_id, organisation_id, sector_code, interests, expertise, languages, gender,
                                      birth_year, open_to_consultation, open_to_sector_move, bio)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      personId,
      fixture.organisationId ?? null,
      fixture.sector ?? 'CIVIL_SOCIETY',
      fixture.interests ?? [],
      fixture.expertise ?? [],
      fixture.languages ?? [],
      fixture.gender ?? null,
      fixture.birthYear ?? null,
      fixture.openToConsultation ?? false,
      fixture.openToSectorMove ?? false,
      fixture.bio ?? null,
    ],
  );
  for (const [position, topic] of (fixture.topics ?? []).entries()) {
    await dataSource.query(`INSERT INTO stakeholder_topic (person_id, topic_code, position) VALUES ($1, $2, $3)`, [
      personId,
      topic,
      position,
    ]);
  }
  for (const district of fixture.districts ?? []) {
    await dataSource.query(`INSERT INTO stakeholder_district (person_id, district_code) VALUES ($1, $2)`, [
      personId,
      district,
    ]);
  }
  for (const [position, contact] of (fixture.contacts ?? []).entries()) {
    await dataSource.query(
      `INSERT INTO contact_detail (person_id, kind, value, visibility, consented_at, position)
       VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'ONLY_ME' THEN NULL ELSE now() END, $5)`,
      [personId, contact.kind, contact.value, contact.visibility, position],
    );
  }
  if (fixture.accountId) {
    await dataSource.query(`UPDATE account SET person_id = $1 WHERE id = $2`, [personId, fixture.accountId]);
  }
  await rebuildSearchDocument(dataSource.manager, personId);
  return personId as string;
}
