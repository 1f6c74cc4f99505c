import { SECTORS, type SectorCode } from '@roundtable/shared/sectors';
import type { LocalizedText } from '@roundtable/shared/localized';
import { Name } from '../../app/localized';

const NAMES = new Map(SECTORS.map((sector) => [sector.code, sector.name]));

/** A sector's name in three languages, from the reference data in packages/shared. */
export function sectorName(code: SectorCode): LocalizedText {
  return NAMES.get(code) ?? { he: code, ar: null, en: null };
}

export function SectorName({ code }: { code: SectorCode }) {
  return <Name value={sectorName(code)} />;
}
