import { SECTOR_CODES } from '@roundtable/shared/sectors';
import { registerCodeEnum } from '../../common/graphql/enum.js';

export const SectorCodeEnum = registerCodeEnum(
  SECTOR_CODES,
  'SectorCode',
  'The sectors of cross-sector work (domain.md)',
);
