import { AGE_BANDS, CONTACT_KINDS, CONTACT_VISIBILITIES, GENDERS } from '@roundtable/shared/pool';
import { registerCodeEnum } from '../../common/graphql/enum.js';

export const ContactKindEnum = registerCodeEnum(CONTACT_KINDS, 'ContactKind', 'A kind of contact detail');
export const ContactVisibilityEnum = registerCodeEnum(
  CONTACT_VISIBILITIES,
  'ContactVisibility',
  'Who sees a contact detail, as its person chose: anyone who sees the profile, signed-in accounts, or only the person (rule 5)',
);
export const GenderEnum = registerCodeEnum(
  GENDERS,
  'Gender',
  "A person's gender, as they give it; used only in aggregates",
);
export const AgeBandEnum = registerCodeEnum(AGE_BANDS, 'AgeBand', 'An age band of the diversity counts');
