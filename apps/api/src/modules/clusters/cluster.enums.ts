import { CLUSTER_LEGAL_FORMS, CLUSTER_STAGES } from '@roundtable/shared/clusters';
import { registerCodeEnum } from '../../common/graphql/enum.js';

export const ClusterStageEnum = registerCodeEnum(
  CLUSTER_STAGES,
  'ClusterStage',
  'From a candidate in a Ministry of Interior call to an active body',
);
export const ClusterLegalFormEnum = registerCodeEnum(
  CLUSTER_LEGAL_FORMS,
  'ClusterLegalForm',
  'A cities association (איגוד ערים) or a municipal corporation',
);
