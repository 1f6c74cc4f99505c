import { AUDIT_ACTIONS } from '@roundtable/shared/identity';
import { registerCodeEnum } from '../../common/graphql/enum.js';

export const AuditActionEnum = registerCodeEnum(AUDIT_ACTIONS, 'AuditAction', 'The kinds of entry in the audit trail');
