import Papa from 'papaparse';
import type { DataSource } from 'typeorm';
import type { ContactKind } from '@roundtable/shared/pool';
import { searchQueryTerms } from '@roundtable/shared/search-text';
import { DomainError } from '../../common/errors/domain-error.js';
import type { Context } from '../../context.js';
import type { StakeholderFilterArgs } from './pool.args.js';
import type { PoolSearchService } from './pool-search.service.js';
import { visibleContacts, type ContactReader } from './pool-contacts.js';
import { LIST_SEPARATOR } from './pool-import.rows.js';

/** The most rows one export holds; a larger result is refused with a request to narrow it. */
export const EXPORT_MAX_ROWS = 1000;

/** The export's columns: the import's names where they mean the same, so a file reads the same both ways. */
export const EXPORT_COLUMNS = [
  'name_he',
  'name_ar',
  'name_en',
  'title_he',
  'title_ar',
  'title_en',
  'sector',
  'organisation_registration_number',
  'organisation_name_he',
  'topics',
  'districts',
  'languages',
  'interests',
  'expertise',
  'open_to_consultation',
  'open_to_sector_move',
  'bio',
  'email',
  'phone',
  'website',
  'linkedin',
] as const;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) is
 * written with a leading apostrophe (OWASP, "CSV injection"). Papaparse's own default pattern
 * stops at a line break (`.` without the s flag), so a cell "=cmd\n…" would slip through it.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export interface StakeholderCsv {
  fileName: string;
  csv: string;
  rowCount: number;
}

type ExportReader = ContactReader & {
  loaders: ContactReader['loaders'] &
    Pick<
      Context['loaders'],
      'personById' | 'organisationById' | 'stakeholderTopicsByPersonId' | 'stakeholderDistrictsByPersonId'
    >;
};

/**
 * The partner pool's search results as CSV: the same filters and text as `stakeholders`, every
 * matching profile up to EXPORT_MAX_ROWS, in the search's order. Contact details only as each
 * person allowed this viewer (pool-contacts.ts: the same rule and read log as the API), UTF-8 with
 * a BOM so Excel reads Hebrew and Arabic, formulas neutralised. The export itself is logged.
 */
export class PoolExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: PoolSearchService,
    private readonly reader: ExportReader,
  ) {}

  async export(filters: StakeholderFilterArgs): Promise<StakeholderCsv> {
    const result = await this.search.search({ ...filters, first: EXPORT_MAX_ROWS, after: null });
    if (result.totalCount > EXPORT_MAX_ROWS) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `The search finds ${result.totalCount} profiles; an export holds at most ${EXPORT_MAX_ROWS}. Narrow it with text or filters (sector, topic, district, language) and export each part.`,
        { maxRows: EXPORT_MAX_ROWS, totalCount: result.totalCount },
      );
    }
    const { loaders } = this.reader;
    const rows = await Promise.all(
      result.nodes.map(async (profile) => {
        // What the search read with each card; the loaders only for a profile without one.
        const card = profile.searchCard;
        const [person, organisation, topics, districts, contacts] = await Promise.all([
          profile.person ?? loaders.personById.load(profile.personId),
          profile.organisation !== undefined
            ? profile.organisation
            : profile.organisationId
              ? loaders.organisationById.load(profile.organisationId)
              : null,
          card?.topics.map((topic) => topic.code) ??
            loaders.stakeholderTopicsByPersonId.load(profile.personId).then((rows) => rows.map((row) => row.topicCode)),
          card?.districts.map((district) => district.code) ??
            loaders.stakeholderDistrictsByPersonId
              .load(profile.personId)
              .then((rows) => rows.map((row) => row.districtCode)),
          visibleContacts(profile.personId, this.reader, card?.contacts),
        ]);
        const contact = (kind: ContactKind) =>
          contacts
            .filter((detail) => detail.kind === kind)
            .map((detail) => detail.value)
            .join(LIST_SEPARATOR);
        const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);
        return [
          person?.nameHe ?? '',
          person?.nameAr ?? '',
          person?.nameEn ?? '',
          person?.titleHe ?? '',
          person?.titleAr ?? '',
          person?.titleEn ?? '',
          profile.sectorCode,
          organisation?.registrationNumber ?? '',
          organisation?.nameHe ?? '',
          list(topics),
          list([...districts].sort()),
          list(profile.languages),
          list(profile.interests),
          list(profile.expertise),
          String(profile.openToConsultation),
          String(profile.openToSectorMove),
          profile.bio ?? '',
          contact('EMAIL'),
          contact('PHONE'),
          contact('WEBSITE'),
          contact('LINKEDIN'),
        ];
      }),
    );
    const { search, ...rest } = filters;
    await this.reader.audit.record(this.dataSource.manager, {
      action: 'POOL_EXPORTED',
      entityType: 'StakeholderExport',
      // The filters, not the text: a search may be a person's name.
      after: { filters: definedFilters(rest), hasText: searchQueryTerms(search ?? '').length > 0, rows: rows.length },
    });
    const csv = Papa.unparse({ fields: [...EXPORT_COLUMNS], data: rows }, { escapeFormulae: FORMULA_START });
    return { fileName: 'partner-pool.csv', csv: `\uFEFF${csv}\r\n`, rowCount: rows.length };
  }
}

function definedFilters(filters: Omit<StakeholderFilterArgs, 'search'>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value != null));
}
