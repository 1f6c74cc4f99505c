import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../config/env.js';
import { DomainError } from '../../../common/errors/domain-error.js';
import { parseCbsLocalities, type CbsAuthority, type CbsLocalitiesFile } from './cbs-localities.parser.js';

// The real file stays beside the checkout (shared/data/README.md): never copied into the repository.
const CBS_FILE = path.resolve(REPO_ROOT, '..', 'shared', 'data', 'cbs-localities-2019.csv');

const HEADER =
  'id,name,name_en,district_id,district_name,sub_district_id,sub_district_name,municipal_status_id,municipal_status_name,coordinates_itm_east,coordinates_itm_north,coordinates_wgs84_latitude,coordinates_wgs84_longitude,population,natural_region_id,natural_region_name,type_of_locality_id,type_of_locality_group,type_of_locality_form,local_authorities_cluster_id,local_authorities_cluster_name,previous_names,merged_locality_names';
// Three real rows (a local council, a municipality and a regional council's kibbutz), shortened.
const NAHEF =
  '522,"נחף","Nahef",2,"הצפון",24,"עכו",99,"מועצה מקומית",,,32.93451,35.31802,12975,,,,,,210,"אשכול רשויות בית הכרם הגלילי",,';
const KARMIEL = `1139,"כרמיאל","Karmi'el",2,"הצפון",24,"עכו",0,"עירייה",,,32.91542,35.29234,46100,,,,,,210,"אשכול רשויות בית הכרם הגלילי",,`;
const YAS_UR = '1158,"יסעור","Yas\'ur",2,"הצפון",24,"עכו",4,"מועצה אזורית מטה אשר",,,32.89923,35.17063,,,,,,,,,,';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n') + '\n';
}

function rejection(text: string): DomainError {
  try {
    parseCbsLocalities(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('MALFORMED_FILE');
    return error as DomainError;
  }
  throw new Error('expected the file to be rejected');
}

describe('parseCbsLocalities on the CBS 2019 file', () => {
  let file: CbsLocalitiesFile;
  const inCluster = (code: number) => file.authorities.filter((authority) => authority.clusterCode === code);
  const named = (nameHe: string): CbsAuthority => {
    const found = file.authorities.find((authority) => authority.nameHe === nameHe);
    if (!found) throw new Error(`no authority named ${nameHe}`);
    return found;
  };

  beforeAll(() => {
    file = parseCbsLocalities(fs.readFileSync(CBS_FILE, 'utf8'));
  });

  it('reads every locality and builds 201 municipalities and local councils and 54 regional councils', () => {
    // The README says 1,227; the file has 1,228 data rows, all with distinct ids.
    expect(file.localities).toHaveLength(1228);
    expect(file.authorities.filter((a) => a.kind !== 'REGIONAL_COUNCIL')).toHaveLength(201);
    expect(file.authorities.filter((a) => a.kind === 'MUNICIPALITY')).toHaveLength(79);
    expect(file.authorities.filter((a) => a.kind === 'REGIONAL_COUNCIL')).toHaveLength(54);
  });

  it('leaves out the localities that have no municipal status', () => {
    const statusless = file.localities.filter((locality) => locality.municipalStatusId === null);
    expect(statusless.map((locality) => locality.name).sort()).toEqual([
      'מחנה יתיר',
      'מקווה ישראל',
      'נווה אבות',
      'שני',
    ]);
    expect(
      file.authorities.some((authority) => statusless.some((locality) => locality.name === authority.nameHe)),
    ).toBe(false);
  });

  it('reads the header despite the byte order mark', () => {
    expect(file.localities[0]).toMatchObject({
      line: 2,
      id: 472,
      name: 'אבו גוש',
      nameEn: 'Abu Ghosh',
      districtCode: 'JERUSALEM',
    });
  });

  it('lists the 11 CBS clusters with their names', () => {
    expect(file.clusters.map((cluster) => cluster.code)).toEqual([
      210, 211, 212, 213, 214, 310, 410, 420, 610, 620, 710,
    ]);
    expect(file.clusters.find((cluster) => cluster.code === 310)).toEqual({
      code: 310,
      name: 'אשכול רשויות המפרץ',
      districtCode: 'HAIFA',
    });
  });

  it("puts 17 authorities in the Haifa Bay cluster, Basmat Tab'un, Ka'abiyye and Zevulun among them, not Nesher", () => {
    const names = inCluster(310).map((authority) => authority.nameHe);
    expect(names).toHaveLength(17);
    expect(names).toEqual(
      expect.arrayContaining(['בסמת טבעון', "כעביה-טבאש-חג'אג'רה", 'זבולון', 'טמרה', 'יקנעם עילית']),
    );
    expect(names).not.toContain('נשר');
    expect(named('זבולון').kind).toBe('REGIONAL_COUNCIL');
  });

  it('puts 11 authorities in the Western Negev cluster and 7 in Beit HaKerem', () => {
    expect(inCluster(620)).toHaveLength(11);
    expect(
      inCluster(210)
        .map((authority) => authority.nameHe)
        .sort(),
    ).toEqual(['בענה', 'דייר אל-אסד', 'כרמיאל', "מג'ד אל-כרום", 'משגב', 'נחף', 'ראמה'].sort());
  });

  it('builds a regional council from its localities', () => {
    const misgav = named('משגב');
    const localities = file.localities.filter((locality) => locality.municipalStatusId === 56);
    expect(misgav).toMatchObject({
      kind: 'REGIONAL_COUNCIL',
      cbsCode: 56,
      nameEn: null,
      alternativeNamesHe: ['מועצה אזורית משגב'],
      districtCode: 'NORTH',
      localityCount: localities.length,
      population: localities.reduce((sum, locality) => sum + (locality.population ?? 0), 0),
      // One of its localities has no cluster; the others' decides.
      clusterCode: 210,
    });
    expect(localities.some((locality) => locality.clusterCode === null)).toBe(true);
    const meanLatitude = localities.reduce((sum, locality) => sum + locality.latitude!, 0) / localities.length;
    expect(misgav.latitude).toBeCloseTo(meanLatitude, 5);
  });

  it('gives a council the district most of its localities are in', () => {
    // Hof HaSharon: 13 localities in the Center district, one in Tel Aviv.
    expect(named('חוף השרון').districtCode).toBe('CENTER');
  });

  it("keeps a municipality's own code, names and figures", () => {
    expect(named('טמרה')).toMatchObject({
      kind: 'MUNICIPALITY',
      cbsCode: 8900,
      nameEn: 'Tamra',
      alternativeNamesHe: [],
      districtCode: 'NORTH',
      clusterCode: 310,
      localityCount: 1,
    });
  });
});

describe('parseCbsLocalities on a small file', () => {
  it('aggregates a council whose localities give no population', () => {
    const file = parseCbsLocalities(csv(NAHEF, KARMIEL, YAS_UR));
    expect(file.authorities.map((a) => [a.kind, a.cbsCode, a.nameHe])).toEqual([
      ['LOCAL_COUNCIL', 522, 'נחף'],
      ['MUNICIPALITY', 1139, 'כרמיאל'],
      ['REGIONAL_COUNCIL', 4, 'מטה אשר'],
    ]);
    expect(file.authorities[2]).toMatchObject({ population: null, clusterCode: null, latitude: 32.89923 });
  });

  it('skips blank lines and counts lines past them', () => {
    expect(parseCbsLocalities(csv(NAHEF, '', KARMIEL)).localities.map((l) => l.line)).toEqual([2, 4]);
  });
});

describe('parseCbsLocalities refuses a malformed file', () => {
  it('names the columns a header lacks', () => {
    const error = rejection(csv(NAHEF).replace(',population,', ',residents,').replace('name_en,', ''));
    expect(error.message).toMatch(/^Line 1: the header lacks the columns name_en, population — /);
    expect(error.extensions['line']).toBe(1);
  });

  it('refuses an id that is not a positive whole number, with its line', () => {
    const error = rejection(csv(NAHEF, KARMIEL.replace('1139,', '11x9,')));
    expect(error.message).toMatch(/^Line 3: id "11x9" is not a positive whole number — /);
    expect(error.extensions['line']).toBe(3);
  });

  it('refuses a locality with only one coordinate', () => {
    const error = rejection(csv(NAHEF, KARMIEL, YAS_UR.replace('32.89923,35.17063', '32.89923,')));
    expect(error.message).toMatch(/^Line 4: only one of the WGS84 coordinates is given — /);
  });

  it('refuses swapped coordinates', () => {
    expect(rejection(csv(NAHEF.replace('32.93451,35.31802', '35.31802,32.93451'))).message).toMatch(
      /^Line 2: the coordinates .* are outside Israel/,
    );
  });

  it('refuses an id that repeats, naming both lines', () => {
    const error = rejection(csv(NAHEF, KARMIEL, NAHEF.replace('"נחף"', '"נחף ב"')));
    expect(error.message).toMatch(/^Line 4: id 522 is also on line 2 — /);
    expect(error.extensions['line']).toBe(4);
  });

  it('refuses an unknown district', () => {
    const error = rejection(csv(NAHEF, KARMIEL.replace('"Karmi\'el",2,', '"Karmi\'el",9,')));
    expect(error.message).toMatch(/^Line 3: district_id "9" is not a CBS district — /);
  });

  it('refuses a cluster id without a name', () => {
    expect(rejection(csv(NAHEF.replace('"אשכול רשויות בית הכרם הגלילי"', ''))).message).toMatch(
      /^Line 2: cluster 210 has no name — /,
    );
  });

  it('refuses a negative population', () => {
    expect(rejection(csv(KARMIEL.replace('46100', '-5'))).message).toMatch(/^Line 2: population "-5"/);
  });

  it('refuses a row with a missing column, counting a quoted line break as a line', () => {
    const multiline = NAHEF.replace('"Nahef"', '"Na\nhef"');
    const error = rejection(csv(multiline, KARMIEL.replace(',,,,,,210,', ',,,,,210,')));
    expect(error.message).toMatch(/^Line 4: too few fields/);
  });

  it('refuses a file with a header and no localities', () => {
    expect(rejection(csv()).message).toMatch(/^Line 2: the file has a header but no localities/);
  });

  it('refuses a regional council named two ways', () => {
    const other = YAS_UR.replace('1158,', '1159,').replace('מטה אשר', 'מטה-אשר');
    expect(rejection(csv(YAS_UR, other)).message).toMatch(
      /^Line 3: regional council 4 is named "מועצה אזורית מטה-אשר" here but "מועצה אזורית מטה אשר" on line 2/,
    );
  });
});
