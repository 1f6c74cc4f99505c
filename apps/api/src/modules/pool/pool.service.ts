import type { DataSource, EntityManager } from 'typeorm';
import { DISTRICT_CODES } from '@roundtable/shared/districts';
import type { Language } from '@roundtable/shared/localized';
import { CONTACT_CONSENT_NOTICE_VERSION, CONTACT_FORMATS, MIN_AGE, type ContactKind } from '@roundtable/shared/pool';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { localizedColumns } from '../../common/graphql/localized-text.input.js';
import type { AuditEntry, AuditTrail } from '../audit/audit-trail.js';
import { memberConflict } from '../forums/forum-errors.js';
import { Account } from '../identity/account.entity.js';
import type { Viewer } from '../identity/viewer.js';
import { OrganisationDistrict, OrganisationTopic } from '../organisations/organisation-activity.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Person } from '../people/person.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { ContactDetail } from './contact-detail.entity.js';
import type {
  ContactDetailInput,
  CreateProfileInput,
  SetOrganisationActivityInput,
  UpdateProfileInput,
} from './pool.inputs.js';
import { rebuildSearchDocument } from './search-document.js';
import { StakeholderPosition } from './stakeholder-position.entity.js';
import { StakeholderProfile } from './stakeholder-profile.entity.js';
import { StakeholderDistrict, StakeholderTopic } from './stakeholder-topic.entity.js';

/** What a consent in the pool is for (quality.md: consent is purpose-bound). */
export const CONSENT_PURPOSE = 'PARTNER_POOL_CONTACT';

/**
 * Profiles in the partner pool: a person creates, changes and erases their own (rule 6); an
 * administrator erases one on the person's request. Audit entries say what changed, never the
 * personal values, so erasing a profile leaves none of its data behind in the append-only trail.
 */
export class PoolService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The viewer's person id, or null when their account has no person yet: asked once per request
   * (the service lives as long as the request), by every field that checks ownership.
   */
  myPersonId(): Promise<string | null> {
    const accountId = this.viewer.accountId;
    if (!accountId) return Promise.resolve(null);
    this.viewerPersonId ??= this.dataSource
      .getRepository(Account)
      .findOneBy({ id: accountId })
      .then((account) => (this.readPersonId = account?.personId ?? null));
    return this.viewerPersonId;
  }

  /**
   * What myPersonId gives, when it is known without waiting (an anonymous viewer, or once read):
   * a search's cards then answer `isMine` and `contacts` without a promise each. Undefined before.
   */
  knownPersonId(): string | null | undefined {
    return this.viewer.accountId ? this.readPersonId : null;
  }

  private viewerPersonId: Promise<string | null> | undefined;
  private readPersonId: string | null | undefined;

  /**
   * Organisations whose name (in any language) holds the search, or whose registration number it
   * is, by Hebrew name: at most `first`. A blank search finds none rather than every organisation.
   */
  async searchOrganisations({ search, first }: { search: string; first: number }): Promise<Organisation[]> {
    const text = search.trim();
    if (!text) return [];
    const pattern = `%${text.replace(/[\\%_]/g, '\\$&')}%`;
    return this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where(
        '(o.name_he ILIKE :pattern OR o.name_ar ILIKE :pattern OR o.name_en ILIKE :pattern OR o.registration_number = :text)',
        { pattern, text },
      )
      .orderBy('o.name_he', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(first)
      .getMany();
  }

  async myProfile(): Promise<StakeholderProfile | null> {
    const personId = await this.myPersonId();
    return personId ? this.dataSource.getRepository(StakeholderProfile).findOneBy({ personId }) : null;
  }

  async profile(personId: string): Promise<StakeholderProfile> {
    const profile = await this.dataSource.getRepository(StakeholderProfile).findOneBy({ personId });
    if (!profile) throw new NotFoundError('profile in the partner pool', personId);
    return profile;
  }

  async create(input: CreateProfileInput): Promise<StakeholderProfile> {
    const accountId = this.viewer.requireAccountId();
    this.check(input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The account row is the lock: two creates at once for one account take turns.
        const account = await manager
          .getRepository(Account)
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .where('a.id = :accountId', { accountId })
          .getOneOrFail();
        const audit: AuditEntry[] = [];
        let personId = account.personId;
        if (personId && (await manager.existsBy(StakeholderProfile, { personId }))) {
          throw new DomainError('CONFLICT', 'You have a profile in the partner pool already. Change it instead.');
        }
        if (!personId) {
          const person = await manager.getRepository(Person).save({
            ...(localizedColumns('name', input.name) as {
              nameHe: string;
              nameAr: string | null;
              nameEn: string | null;
            }),
            titleHe: null,
            titleAr: null,
            titleEn: null,
          });
          personId = person.id;
          await manager.update(Account, { id: accountId }, { personId });
        }
        await manager.getRepository(StakeholderProfile).insert({ personId, sectorCode: input.sector });
        const changed = await this.apply(manager, personId, input, audit);
        audit.unshift({
          action: 'STAKEHOLDER_PROFILE_CREATED',
          entityType: 'Stakeholder',
          entityId: personId,
          subjectAccountId: accountId,
          after: { fields: changed },
        });
        await this.audit.record(manager, audit);
        return manager.findOneByOrFail(StakeholderProfile, { personId });
      });
    } catch (error) {
      throw memberConflict(error) ?? error;
    }
  }

  async update(input: UpdateProfileInput): Promise<StakeholderProfile> {
    const accountId = this.viewer.requireAccountId();
    this.check(input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const personId = await this.lockOwnProfile(manager, accountId);
        const audit: AuditEntry[] = [];
        const changed = await this.apply(manager, personId, input, audit);
        if (changed.length > 0) {
          audit.unshift({
            action: 'STAKEHOLDER_PROFILE_UPDATED',
            entityType: 'Stakeholder',
            entityId: personId,
            subjectAccountId: accountId,
            after: { fields: changed },
          });
        }
        await this.audit.record(manager, audit);
        return manager.findOneByOrFail(StakeholderProfile, { personId });
      });
    } catch (error) {
      throw memberConflict(error) ?? error;
    }
  }

  /** Hides every contact detail at once: withdrawing consent is as easy as giving it. */
  async withdrawContactConsent(): Promise<StakeholderProfile> {
    const accountId = this.viewer.requireAccountId();
    return this.dataSource.transaction(async (manager) => {
      const personId = await this.lockOwnProfile(manager, accountId);
      const shown = await manager
        .getRepository(ContactDetail)
        .find({ where: { personId }, order: { position: 'ASC' } })
        .then((rows) => rows.filter((row) => row.visibility !== 'ONLY_ME'));
      if (shown.length > 0) {
        await manager.query(
          `UPDATE contact_detail SET visibility = 'ONLY_ME', consented_at = NULL WHERE person_id = $1 AND visibility <> 'ONLY_ME'`,
          [personId],
        );
        await this.audit.record(
          manager,
          shown.map((row) => consentEntry(personId, accountId, row.kind, row.visibility, 'ONLY_ME', null)),
        );
      }
      return manager.findOneByOrFail(StakeholderProfile, { personId });
    });
  }

  /** The viewer erases their own profile. */
  async eraseMine(): Promise<string> {
    const accountId = this.viewer.requireAccountId();
    return this.dataSource.transaction(async (manager) => {
      const personId = await this.lockOwnProfile(manager, accountId);
      await this.erase(manager, personId, accountId);
      return personId;
    });
  }

  /** An administrator erases a person's profile on their request (they may have no account any more). */
  async eraseFor(personId: string): Promise<string> {
    this.viewer.requireAccountId();
    return this.dataSource.transaction(async (manager) => {
      const profile = await manager
        .getRepository(StakeholderProfile)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.person_id = :personId', { personId })
        .getOne();
      if (!profile) throw new NotFoundError('profile in the partner pool', personId);
      const account = await manager.getRepository(Account).findOneBy({ personId });
      await this.erase(manager, personId, account?.id ?? null);
      return personId;
    });
  }

  /**
   * Erasure, not a hidden flag: the profile row and everything hanging off it (contact details,
   * topics, districts, positions) are deleted, and the person with them unless a forum's record
   * names them (then only their name and public role stay, as that record needs). The audit
   * entry keeps who erased which person id, and when.
   */
  private async erase(manager: EntityManager, personId: string, subjectAccountId: string | null): Promise<void> {
    await manager.delete(StakeholderProfile, { personId });
    const [{ inForum }]: { inForum: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM forum_member WHERE person_id = $1) AS "inForum"`,
      [personId],
    );
    // account.person_id is ON DELETE SET NULL: the account stays, unlinked.
    if (!inForum) await manager.delete(Person, { id: personId });
    await this.audit.record(manager, {
      action: 'STAKEHOLDER_PROFILE_ERASED',
      entityType: 'Stakeholder',
      entityId: personId,
      subjectAccountId,
      after: { personKept: inForum },
    });
  }

  async setOrganisationActivity(input: SetOrganisationActivityInput): Promise<Organisation> {
    this.viewer.requireAccountId();
    const topicCodes = unique(input.topicCodes);
    const districts = unique(input.districts);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneBy(Organisation, { id: input.organisationId });
      if (!organisation) throw new NotFoundError('organisation', input.organisationId);
      await assertTopicsExist(manager, topicCodes);
      const [before]: { topics: string[]; districts: string[] }[] = await manager.query(
        `SELECT array(SELECT topic_code FROM organisation_topic WHERE organisation_id = $1 ORDER BY 1) AS topics,
                array(SELECT district_code FROM organisation_district WHERE organisation_id = $1 ORDER BY 1) AS districts`,
        [organisation.id],
      );
      await manager.delete(OrganisationTopic, { organisationId: organisation.id });
      await manager.delete(OrganisationDistrict, { organisationId: organisation.id });
      if (topicCodes.length) {
        await manager.insert(
          OrganisationTopic,
          topicCodes.map((topicCode) => ({ organisationId: organisation.id, topicCode })),
        );
      }
      if (districts.length) {
        await manager.insert(
          OrganisationDistrict,
          districts.map((districtCode) => ({ organisationId: organisation.id, districtCode })),
        );
      }
      await this.audit.record(manager, {
        action: 'ORGANISATION_ACTIVITY_CHANGED',
        entityType: 'Organisation',
        entityId: organisation.id,
        before: before ?? null,
        after: { topics: [...topicCodes].sort(), districts: [...districts].sort() },
      });
      return organisation;
    });
  }

  /** The viewer's profile's person id, its row locked for this transaction; NOT_FOUND without one. */
  private async lockOwnProfile(manager: EntityManager, accountId: string): Promise<string> {
    const account = await manager.findOneByOrFail(Account, { id: accountId });
    const profile = account.personId
      ? await manager
          .getRepository(StakeholderProfile)
          .createQueryBuilder('p')
          .setLock('pessimistic_write')
          .where('p.person_id = :personId', { personId: account.personId })
          .getOne()
      : null;
    if (!profile) {
      throw new DomainError('NOT_FOUND', 'You have no profile in the partner pool yet. Create one first.', {
        what: 'profile in the partner pool',
      });
    }
    return profile.personId;
  }

  /** What no class-validator rule can say: one organisation, years in order, details in their format. */
  private check(input: CreateProfileInput | UpdateProfileInput): void {
    const cleared = (['name', 'sector'] as const).filter((key) => input[key] === null);
    if (cleared.length) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `A profile always has a ${cleared.join(' and a ')}: leave it out to keep it.`,
        {
          invalidArguments: cleared,
        },
      );
    }
    if (input.organisationId && input.newOrganisation) {
      throw new DomainError('BAD_USER_INPUT', 'Give organisationId or newOrganisation, not both.', {
        invalidArguments: ['organisationId', 'newOrganisation'],
      });
    }
    const thisYear = new Date().getUTCFullYear();
    if (input.birthYear != null && input.birthYear > thisYear - MIN_AGE) {
      throw new DomainError('BAD_USER_INPUT', `The partner pool is for people aged ${MIN_AGE} and over.`, {
        invalidArguments: ['birthYear'],
      });
    }
    for (const position of input.positions ?? []) {
      if (position.endYear != null && position.endYear < position.startYear) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `A position's endYear comes before its startYear (${position.title}).`,
          {
            invalidArguments: ['positions'],
          },
        );
      }
      if (position.startYear > thisYear) {
        throw new DomainError('BAD_USER_INPUT', `A position cannot start in the future (${position.title}).`, {
          invalidArguments: ['positions'],
        });
      }
    }
    const seen = new Set<string>();
    for (const contact of input.contacts ?? []) {
      const value = contact.value.trim();
      const format = CONTACT_FORMATS[contact.kind];
      if (!format.pattern.test(value)) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `"${value}" is not a ${contact.kind.toLowerCase()} we can use: write it like ${format.example}.`,
          { invalidArguments: ['contacts'] },
        );
      }
      const key = `${contact.kind}:${normalizedContact(contact)}`;
      if (seen.has(key)) {
        throw new DomainError('BAD_USER_INPUT', `"${value}" is given twice.`, { invalidArguments: ['contacts'] });
      }
      seen.add(key);
    }
  }

  /**
   * Writes the fields the input gives (all of them on create) and rebuilds the search document;
   * returns the names of the fields that were given, for the audit entry.
   */
  private async apply(
    manager: EntityManager,
    personId: string,
    input: CreateProfileInput | UpdateProfileInput,
    audit: AuditEntry[],
  ): Promise<string[]> {
    const given = (key: keyof CreateProfileInput) => input[key] !== undefined;
    const changed: string[] = [];
    const person: Partial<Person> = {};
    if (input.name) Object.assign(person, localizedColumns('name', input.name));
    if (given('title')) {
      Object.assign(
        person,
        input.title ? localizedColumns('title', input.title) : { titleHe: null, titleAr: null, titleEn: null },
      );
    }
    if (Object.keys(person).length) {
      await manager.update(Person, { id: personId }, person);
      changed.push(...(['name', 'title'] as const).filter((key) => given(key)));
    }

    const profile: Partial<StakeholderProfile> = {};
    if (input.sector) profile.sectorCode = input.sector;
    if (input.newOrganisation) {
      profile.organisationId = await this.newOrganisation(manager, input.newOrganisation, audit);
    } else if (given('organisationId')) {
      if (input.organisationId && !(await manager.existsBy(Organisation, { id: input.organisationId }))) {
        throw new NotFoundError('organisation', input.organisationId);
      }
      profile.organisationId = input.organisationId ?? null;
    }
    const clean = (items: string[] | null | undefined) =>
      unique((items ?? []).map((item) => item.trim()).filter((item) => item !== ''));
    if (given('interests')) profile.interests = clean(input.interests);
    if (given('expertise')) profile.expertise = clean(input.expertise);
    if (given('languages')) profile.languages = unique(input.languages ?? []);
    if (given('gender')) profile.gender = input.gender ?? null;
    if (given('birthYear')) profile.birthYear = input.birthYear ?? null;
    if (given('openToConsultation')) profile.openToConsultation = input.openToConsultation ?? false;
    if (given('openToSectorMove')) profile.openToSectorMove = input.openToSectorMove ?? false;
    if (given('bio')) profile.bio = input.bio?.trim() || null;
    if (Object.keys(profile).length) await manager.update(StakeholderProfile, { personId }, profile);
    changed.push(
      ...(
        [
          'sector',
          'organisationId',
          'interests',
          'expertise',
          'languages',
          'gender',
          'birthYear',
          'openToConsultation',
          'openToSectorMove',
          'bio',
        ] as const
      ).filter((key) => given(key)),
    );
    if (input.newOrganisation) changed.push('organisation');

    if (given('topicCodes')) {
      const codes = unique(input.topicCodes ?? []);
      await assertTopicsExist(manager, codes);
      await manager.delete(StakeholderTopic, { personId });
      if (codes.length) {
        await manager.insert(
          StakeholderTopic,
          codes.map((topicCode, position) => ({ personId, topicCode, position })),
        );
      }
      changed.push('topics');
    }
    if (given('districts')) {
      const codes = unique(input.districts ?? []).filter((code) =>
        (DISTRICT_CODES as readonly string[]).includes(code),
      );
      await manager.delete(StakeholderDistrict, { personId });
      if (codes.length)
        await manager.insert(
          StakeholderDistrict,
          codes.map((districtCode) => ({ personId, districtCode })),
        );
      changed.push('districts');
    }
    if (given('positions')) {
      await manager.delete(StakeholderPosition, { personId });
      const positions = input.positions ?? [];
      if (positions.length) {
        await manager.insert(
          StakeholderPosition,
          positions.map((position) => ({
            personId,
            sectorCode: position.sector,
            title: position.title.trim(),
            organisationName: position.organisationName?.trim() || null,
            startYear: position.startYear,
            endYear: position.endYear ?? null,
          })),
        );
      }
      changed.push('positions');
    }
    if (given('contacts')) {
      const accountId = this.viewer.accountId;
      audit.push(...(await replaceContacts(manager, personId, accountId, input.contacts ?? [], input.consentLanguage)));
      changed.push('contacts');
    }
    await rebuildSearchDocument(manager, personId);
    return changed;
  }

  private async newOrganisation(
    manager: EntityManager,
    input: NonNullable<CreateProfileInput['newOrganisation']>,
    audit: AuditEntry[],
  ): Promise<string> {
    const digits = input.registrationNumber?.replace(/\D/g, '') || null;
    if (digits && digits.length !== 9) {
      throw new DomainError('BAD_USER_INPUT', 'registrationNumber has nine digits, such as 580123456.', {
        invalidArguments: ['newOrganisation'],
      });
    }
    const organisation = await manager.getRepository(Organisation).save({
      ...(localizedColumns('name', input.name) as { nameHe: string; nameAr: string | null; nameEn: string | null }),
      sectorCode: input.sector,
      registrationNumber: digits,
    });
    audit.push({
      action: 'ORGANISATION_CREATED',
      entityType: 'Organisation',
      entityId: organisation.id,
      after: { name: organisation.name, sector: input.sector, registrationNumber: digits },
    });
    return organisation.id;
  }
}

/**
 * Replaces a person's contact details. A detail that keeps its kind, value and visibility keeps
 * its time of consent; a new or newly shown one is consented now; ONLY_ME has none. Each change of
 * who may see a detail is a consent entry in the audit trail (purpose, notice version, language).
 */
async function replaceContacts(
  manager: EntityManager,
  personId: string,
  accountId: string | null,
  contacts: readonly ContactDetailInput[],
  language: Language | null | undefined,
): Promise<AuditEntry[]> {
  const existing = await manager.getRepository(ContactDetail).findBy({ personId });
  const key = (kind: string, value: string) => `${kind}:${value}`;
  const before = new Map(existing.map((row) => [key(row.kind, row.value), row]));
  const now = new Date();
  const rows = contacts.map((contact, position) => {
    const value = contact.value.trim();
    const previous = before.get(key(contact.kind, value));
    const consentedAt =
      contact.visibility === 'ONLY_ME'
        ? null
        : previous && previous.visibility === contact.visibility
          ? previous.consentedAt
          : now;
    return { personId, kind: contact.kind, value, visibility: contact.visibility, consentedAt, position };
  });
  const entries: AuditEntry[] = [];
  for (const row of rows) {
    const previous = before.get(key(row.kind, row.value));
    const was = previous?.visibility ?? null;
    if (was !== row.visibility && !(was === null && row.visibility === 'ONLY_ME')) {
      entries.push(consentEntry(personId, accountId, row.kind, was, row.visibility, language ?? null));
    }
  }
  const kept = new Set(rows.map((row) => key(row.kind, row.value)));
  for (const row of existing) {
    if (!kept.has(key(row.kind, row.value)) && row.visibility !== 'ONLY_ME') {
      entries.push(consentEntry(personId, accountId, row.kind, row.visibility, null, language ?? null));
    }
  }
  await manager.delete(ContactDetail, { personId });
  if (rows.length) await manager.insert(ContactDetail, rows);
  return entries;
}

function consentEntry(
  personId: string,
  accountId: string | null,
  kind: ContactKind,
  from: string | null,
  to: string | null,
  language: Language | null,
): AuditEntry {
  return {
    action: 'CONTACT_CONSENT_CHANGED',
    entityType: 'Stakeholder',
    entityId: personId,
    subjectAccountId: accountId,
    before: { kind, visibility: from },
    after: {
      kind,
      visibility: to,
      purpose: CONSENT_PURPOSE,
      noticeVersion: CONTACT_CONSENT_NOTICE_VERSION,
      language,
      granted: to !== null && to !== 'ONLY_ME',
    },
  };
}

async function assertTopicsExist(manager: EntityManager, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  const found = await manager.getRepository(Topic).findBy(codes.map((code) => ({ code })));
  const missing = codes.filter((code) => !found.some((topic) => topic.code === code));
  if (missing.length) {
    throw new DomainError('NOT_FOUND', `No topic has the code ${missing.join(', ')}. The topics query lists them.`, {
      what: 'topic',
    });
  }
}

function normalizedContact(contact: ContactDetailInput): string {
  return contact.kind === 'EMAIL' ? contact.value.trim().toLowerCase() : contact.value.trim();
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
