import { AUTHORITY_KINDS } from '@roundtable/shared/authority-kinds';
import { DISTRICT_CODES } from '@roundtable/shared/districts';
import { registerCodeEnum } from '../../common/graphql/enum.js';

export const DistrictCodeEnum = registerCodeEnum(DISTRICT_CODES, 'DistrictCode', "Israel's districts (מחוזות)");
export const AuthorityKindEnum = registerCodeEnum(
  AUTHORITY_KINDS,
  'AuthorityKind',
  'Municipality, local council or regional council',
);
