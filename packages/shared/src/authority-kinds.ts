/** Kinds of local authority (domain.md). The CBS file codes them in `municipal_status_id`. */
export const AUTHORITY_KINDS = ['MUNICIPALITY', 'LOCAL_COUNCIL', 'REGIONAL_COUNCIL'] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];
