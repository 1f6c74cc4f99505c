import { CallsAndApplications1796222207370 } from './1796222207370-calls-and-applications.js';
import { GeographyAndClusters1795353706664 } from './1795353706664-geography-and-clusters.js';
import { IdentityAndAudit1795375158905 } from './1795375158905-identity-and-audit.js';
import { Forums1795386495174 } from './1795386495174-forums.js';
import { PartnerPool1796211665660 } from './1796211665660-partner-pool.js';
import { PoolImportExport1796215568488 } from './1796215568488-pool-import-export.js';
import { SyntheticPoolData1796231000000 } from './1796231000000-synthetic-pool-data.js';
import { PoolSearchLexicon1796240000000 } from './1796240000000-pool-search-lexicon.js';
import { PoolSearchIndex1796250000000 } from './1796250000000-pool-search-index.js';
import { Partnerships1796300000000 } from './1796300000000-partnerships.js';
import { Events1796310000000 } from './1796310000000-events.js';
import { PartnershipRollup1796320000000 } from './1796320000000-partnership-rollup.js';
import { PartnershipRollupLocality1796330000000 } from './1796330000000-partnership-rollup-locality.js';
import { PartnershipRollupLightBatches1796340000000 } from './1796340000000-partnership-rollup-light-batches.js';
import { EventAttendance1796350000000 } from './1796350000000-event-attendance.js';
import { PartnershipRollupLevels1796360000000 } from './1796360000000-partnership-rollup-levels.js';

/** Every migration in order. Listed rather than globbed so the bundle carries them. Never edit a landed one. */
export const MIGRATIONS = [
  GeographyAndClusters1795353706664,
  IdentityAndAudit1795375158905,
  Forums1795386495174,
  PartnerPool1796211665660,
  PoolImportExport1796215568488,
  CallsAndApplications1796222207370,
  SyntheticPoolData1796231000000,
  PoolSearchLexicon1796240000000,
  PoolSearchIndex1796250000000,
  Partnerships1796300000000,
  Events1796310000000,
  PartnershipRollup1796320000000,
  PartnershipRollupLocality1796330000000,
  PartnershipRollupLightBatches1796340000000,
  EventAttendance1796350000000,
  PartnershipRollupLevels1796360000000,
];
