import Papa from 'papaparse';
import type { AuthorityKind } from '@roundtable/shared/authority-kinds';
import { districtByCbsCode, type DistrictCode } from '@roundtable/shared/districts';
import { DomainError } from '../../../common/errors/domain-error.js';

/**
 * Reads the CBS localities file (the layout of arikw/israeli-localities, `dist/localities.csv`)
 * into the authorities and clusters it describes. Pure: the whole file is checked before
 * anything is returned, so an import never writes half of a bad file.
 */

/** The columns the import reads; the file's other columns (sub-district, ITM, …) are ignored. */
export const CBS_REQUIRED_COLUMNS = [
  'id',
  'name',
  'name_en',
  'district_id',
  'municipal_status_id',
  'municipal_status_name',
  'coordinates_wgs84_latitude',
  'coordinates_wgs84_longitude',
  'population',
  'local_authorities_cluster_id',
  'local_authorities_cluster_name',
] as const;
type Column = (typeof CBS_REQUIRED_COLUMNS)[number];

/** `municipal_status_id` of a municipality and of a local council; any other value is a regional council's code. */
export const CBS_MUNICIPALITY_STATUS = 0;
export const CBS_LOCAL_COUNCIL_STATUS = 99;

/** The CBS writes a regional council as "מועצה אזורית זבולון"; its name is the part after. */
const REGIONAL_COUNCIL_PREFIX = 'מועצה אזורית ';

// Every CBS locality lies in Israel or Judea and Samaria. A box around them (with a margin) catches
// swapped latitude/longitude columns, which a world-wide range would accept.
const LATITUDE_RANGE = [29, 34] as const;
const LONGITUDE_RANGE = [34, 36] as const;

// The file gives WGS84 to five decimals (about a metre); a council's centre is kept to the same.
const COORDINATE_DECIMALS = 5;

export interface CbsLocality {
  /** The line of the file the locality is on (the header is line 1). */
  line: number;
  id: number;
  name: string;
  nameEn: string | null;
  districtCode: DistrictCode;
  /** 0 municipality, 99 local council, otherwise the regional council's code; null: no municipal status. */
  municipalStatusId: number | null;
  municipalStatusName: string | null;
  latitude: number | null;
  longitude: number | null;
  population: number | null;
  clusterCode: number | null;
  clusterName: string | null;
}

export interface CbsAuthority {
  kind: AuthorityKind;
  /**
   * A municipality's or local council's locality code, or a regional council's municipal-status
   * code: two numbering spaces that overlap (locality 26 is not regional council 26).
   */
  cbsCode: number;
  nameHe: string;
  /** The file has English names for localities only; a regional council has none. */
  nameEn: string | null;
  /** Other Hebrew spellings the file uses: a regional council's full name ("מועצה אזורית זבולון"). */
  alternativeNamesHe: string[];
  districtCode: DistrictCode;
  /** A regional council's is the sum of its localities' (those the CBS gives a population). */
  population: number | null;
  /** A regional council's is the mean of its localities'. */
  latitude: number | null;
  longitude: number | null;
  clusterCode: number | null;
  /** How many of the file's localities make up the authority: 1 unless a regional council. */
  localityCount: number;
}

export interface CbsCluster {
  code: number;
  name: string;
  /** The most common district among the cluster's authorities. */
  districtCode: DistrictCode;
}

export interface CbsLocalitiesFile {
  localities: CbsLocality[];
  /** Municipalities and local councils in file order, then regional councils by code. */
  authorities: CbsAuthority[];
  /** By code. */
  clusters: CbsCluster[];
}

export function parseCbsLocalities(text: string): CbsLocalitiesFile {
  const localities = readLocalities(text.replace(/^\uFEFF/, ''));
  checkConsistency(localities);
  const authorities = aggregateAuthorities(localities);
  return { localities, authorities, clusters: aggregateClusters(localities, authorities) };
}

function malformed(line: number, reason: string, fix: string): DomainError {
  return new DomainError('MALFORMED_FILE', `Line ${line}: ${reason} — ${fix}`, { line });
}

function readLocalities(text: string): CbsLocality[] {
  const header = Papa.parse<string[]>(text, { preview: 1, delimiter: ',' }).data[0] ?? [];
  const present = new Set(header.map((field) => field.trim()));
  const missing = CBS_REQUIRED_COLUMNS.filter((column) => !present.has(column));
  if (missing.length > 0) {
    throw malformed(
      1,
      `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      `use the CBS localities file in the layout of arikw/israeli-localities, whose header names ${CBS_REQUIRED_COLUMNS.join(', ')}`,
    );
  }

  // papaparse reports where each row ends (`meta.cursor`); lines are counted from there so a
  // message names the line a person sees in an editor, also past a quoted field with a line break.
  const lineCounter = createLineCounter(text);
  let rowEnd = text.indexOf('\n') + 1; // the header is one line
  const localities: CbsLocality[] = [];
  // The first problem stops the parse; step() cannot throw through papaparse, so it is kept here.
  const failures: unknown[] = [];
  Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    delimiter: ',',
    skipEmptyLines: 'greedy',
    transformHeader: (field) => field.trim(),
    transform: (value) => value.trim(),
    step: (result, parser) => {
      const line = lineCounter.lineAt(firstNonSpace(text, rowEnd));
      rowEnd = result.meta.cursor;
      try {
        const [error] = result.errors;
        if (error) throw rowError(line, error);
        localities.push(readLocality(line, result.data));
      } catch (error) {
        failures.push(error);
        parser.abort();
      }
    },
  });
  if (failures.length > 0) throw failures[0];
  if (localities.length === 0) {
    throw malformed(2, 'the file has a header but no localities', 'use the full CBS localities file');
  }
  return localities;
}

function rowError(line: number, error: Papa.ParseError): DomainError {
  switch (error.code) {
    case 'TooFewFields':
    case 'TooManyFields':
      return malformed(
        line,
        error.message.toLowerCase(),
        'give every row as many comma-separated values as the header has columns (quote a value that contains a comma)',
      );
    case 'MissingQuotes':
      return malformed(line, 'a quoted value is never closed', 'add the closing double quote');
    default:
      return malformed(line, error.message, 'save the file again as comma-separated UTF-8 text');
  }
}

function readLocality(line: number, row: Record<string, string | undefined>): CbsLocality {
  const value = (column: Column) => row[column] ?? '';

  const id = parseWholeNumber(value('id'));
  if (id === null || id === 0) {
    throw malformed(line, `id "${value('id')}" is not a positive whole number`, "give the locality's CBS code");
  }
  const name = value('name');
  if (name === '') throw malformed(line, `locality ${id} has no name`, 'give its Hebrew name');

  const districtId = parseWholeNumber(value('district_id'));
  const district = districtId === null ? undefined : districtByCbsCode(districtId);
  if (!district) {
    throw malformed(
      line,
      `district_id "${value('district_id')}" is not a CBS district`,
      'use a district code from 1 to 7',
    );
  }

  const statusText = value('municipal_status_id');
  const municipalStatusId = statusText === '' ? null : parseWholeNumber(statusText);
  if (statusText !== '' && municipalStatusId === null) {
    throw malformed(
      line,
      `municipal_status_id "${statusText}" is not a whole number`,
      'leave it empty or give the CBS municipal status code',
    );
  }
  const municipalStatusName = value('municipal_status_name') || null;
  const isRegionalCouncil =
    municipalStatusId !== null &&
    municipalStatusId !== CBS_MUNICIPALITY_STATUS &&
    municipalStatusId !== CBS_LOCAL_COUNCIL_STATUS;
  if (isRegionalCouncil && !municipalStatusName) {
    throw malformed(
      line,
      `regional council ${municipalStatusId} has no name in municipal_status_name`,
      'give the council\'s name ("מועצה אזורית …")',
    );
  }

  const [latitude, longitude] = readCoordinates(
    line,
    value('coordinates_wgs84_latitude'),
    value('coordinates_wgs84_longitude'),
  );

  const populationText = value('population');
  const population = populationText === '' ? null : parseWholeNumber(populationText);
  if (populationText !== '' && population === null) {
    throw malformed(
      line,
      `population "${populationText}" is not a whole number of 0 or more`,
      'leave it empty or give the number of residents',
    );
  }

  const clusterText = value('local_authorities_cluster_id');
  const clusterName = value('local_authorities_cluster_name') || null;
  const clusterCode = clusterText === '' ? null : parseWholeNumber(clusterText);
  if (clusterText !== '' && (clusterCode === null || clusterCode === 0)) {
    throw malformed(
      line,
      `local_authorities_cluster_id "${clusterText}" is not a positive whole number`,
      "leave it empty or give the cluster's CBS code",
    );
  }
  if ((clusterCode === null) !== (clusterName === null)) {
    throw malformed(
      line,
      clusterCode === null ? 'the cluster has a name but no id' : `cluster ${clusterCode} has no name`,
      'give both local_authorities_cluster_id and local_authorities_cluster_name, or leave both empty',
    );
  }

  return {
    line,
    id,
    name,
    nameEn: value('name_en') || null,
    districtCode: district.code,
    municipalStatusId,
    municipalStatusName,
    latitude,
    longitude,
    population,
    clusterCode,
    clusterName,
  };
}

function readCoordinates(line: number, latitudeText: string, longitudeText: string): [number | null, number | null] {
  if (latitudeText === '' && longitudeText === '') return [null, null];
  if (latitudeText === '' || longitudeText === '') {
    throw malformed(
      line,
      'only one of the WGS84 coordinates is given',
      'give both coordinates_wgs84_latitude and coordinates_wgs84_longitude, or neither',
    );
  }
  const latitude = parseDecimal(latitudeText);
  const longitude = parseDecimal(longitudeText);
  if (latitude === null || longitude === null) {
    throw malformed(
      line,
      `the coordinates "${latitudeText}", "${longitudeText}" are not numbers`,
      'give decimal degrees such as 32.79, 35.04',
    );
  }
  if (!within(latitude, LATITUDE_RANGE) || !within(longitude, LONGITUDE_RANGE)) {
    throw malformed(
      line,
      `the coordinates ${latitude}, ${longitude} are outside Israel (latitude ${LATITUDE_RANGE.join('–')}, longitude ${LONGITUDE_RANGE.join('–')})`,
      'check that latitude and longitude are not swapped and are in WGS84 decimal degrees',
    );
  }
  return [latitude, longitude];
}

/** Facts that several rows state and must agree on, and codes that must not repeat. */
function checkConsistency(localities: readonly CbsLocality[]): void {
  const byId = new Map<number, CbsLocality>();
  const councilNames = new Map<number, CbsLocality>();
  const clusterNames = new Map<number, CbsLocality>();
  for (const locality of localities) {
    const earlier = byId.get(locality.id);
    if (earlier) {
      throw malformed(locality.line, `id ${locality.id} is also on line ${earlier.line}`, 'list each locality once');
    }
    byId.set(locality.id, locality);

    if (locality.municipalStatusId !== null && isCouncilStatus(locality.municipalStatusId)) {
      const first = councilNames.get(locality.municipalStatusId);
      if (first && first.municipalStatusName !== locality.municipalStatusName) {
        throw malformed(
          locality.line,
          `regional council ${locality.municipalStatusId} is named "${locality.municipalStatusName}" here but "${first.municipalStatusName}" on line ${first.line}`,
          'give the council one name',
        );
      }
      if (!first) councilNames.set(locality.municipalStatusId, locality);
    }
    if (locality.clusterCode !== null) {
      const first = clusterNames.get(locality.clusterCode);
      if (first && first.clusterName !== locality.clusterName) {
        throw malformed(
          locality.line,
          `cluster ${locality.clusterCode} is named "${locality.clusterName}" here but "${first.clusterName}" on line ${first.line}`,
          'give the cluster one name',
        );
      }
      if (!first) clusterNames.set(locality.clusterCode, locality);
    }
  }
}

function isCouncilStatus(status: number): boolean {
  return status !== CBS_MUNICIPALITY_STATUS && status !== CBS_LOCAL_COUNCIL_STATUS;
}

function aggregateAuthorities(localities: readonly CbsLocality[]): CbsAuthority[] {
  const authorities: CbsAuthority[] = [];
  const councils = new Map<number, CbsLocality[]>();
  for (const locality of localities) {
    const status = locality.municipalStatusId;
    // A locality with no municipal status (a few institutions and army bases) belongs to no authority.
    if (status === null) continue;
    if (isCouncilStatus(status)) {
      const members = councils.get(status) ?? [];
      members.push(locality);
      councils.set(status, members);
      continue;
    }
    authorities.push({
      kind: status === CBS_MUNICIPALITY_STATUS ? 'MUNICIPALITY' : 'LOCAL_COUNCIL',
      cbsCode: locality.id,
      nameHe: locality.name,
      nameEn: locality.nameEn,
      alternativeNamesHe: [],
      districtCode: locality.districtCode,
      population: locality.population,
      latitude: locality.latitude,
      longitude: locality.longitude,
      clusterCode: locality.clusterCode,
      localityCount: 1,
    });
  }
  for (const [code, members] of [...councils].sort(([a], [b]) => a - b)) {
    const fullName = members[0]!.municipalStatusName!;
    const shortName = fullName.startsWith(REGIONAL_COUNCIL_PREFIX)
      ? fullName.slice(REGIONAL_COUNCIL_PREFIX.length).trim()
      : fullName;
    const located = members.filter((member) => member.latitude !== null && member.longitude !== null);
    const counted = members.filter((member) => member.population !== null);
    authorities.push({
      kind: 'REGIONAL_COUNCIL',
      cbsCode: code,
      nameHe: shortName,
      nameEn: null,
      alternativeNamesHe: shortName === fullName ? [] : [fullName],
      districtCode: mostCommon(members.map((member) => member.districtCode))!,
      population: counted.length === 0 ? null : counted.reduce((sum, member) => sum + member.population!, 0),
      latitude: located.length === 0 ? null : mean(located.map((member) => member.latitude!)),
      longitude: located.length === 0 ? null : mean(located.map((member) => member.longitude!)),
      // Most of a council's localities share one cluster; a few have none (Misgav has one).
      clusterCode: mostCommon(members.flatMap((member) => (member.clusterCode === null ? [] : [member.clusterCode]))),
      localityCount: members.length,
    });
  }
  return authorities;
}

function aggregateClusters(localities: readonly CbsLocality[], authorities: readonly CbsAuthority[]): CbsCluster[] {
  const names = new Map<number, string>();
  for (const locality of localities) {
    if (locality.clusterCode !== null && !names.has(locality.clusterCode))
      names.set(locality.clusterCode, locality.clusterName!);
  }
  return [...names]
    .sort(([a], [b]) => a - b)
    .map(([code, name]) => {
      const members = authorities.filter((authority) => authority.clusterCode === code);
      // A cluster all of whose localities sit in councils assigned elsewhere has no authority: its localities decide.
      const districts =
        members.length > 0
          ? members.map((member) => member.districtCode)
          : localities.filter((locality) => locality.clusterCode === code).map((locality) => locality.districtCode);
      return { code, name, districtCode: mostCommon(districts)! };
    });
}

/** The most frequent value; a tie goes to the one that comes first in sort order, so reruns agree. */
function mostCommon<T extends string | number>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | null = null;
  for (const [value, count] of counts) {
    const bestCount = best === null ? 0 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && best !== null && value < best)) best = value;
  }
  return best;
}

function mean(values: readonly number[]): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * factor) / factor;
}

function parseWholeNumber(text: string): number | null {
  return /^\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : null;
}

function parseDecimal(text: string): number | null {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

function within(value: number, [min, max]: readonly [number, number]): boolean {
  return value >= min && value <= max;
}

function firstNonSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index]!)) index += 1;
  return index;
}

/** Line numbers of offsets that only move forward: the file is scanned once however many rows it has. */
function createLineCounter(text: string): { lineAt(offset: number): number } {
  let offset = 0;
  let line = 1;
  return {
    lineAt(target: number) {
      for (; offset < target && offset < text.length; offset += 1) if (text[offset] === '\n') line += 1;
      return line;
    },
  };
}
