import type { DataSource } from 'typeorm';
import type { Logger } from './common/logging/logger.js';
import { createClusterLoaders } from './modules/clusters/cluster.loaders.js';
import { ClusterService } from './modules/clusters/cluster.service.js';
import { createGeographyLoaders } from './modules/geography/geography.loaders.js';
import { LocalAuthorityService } from './modules/geography/local-authority.service.js';
import { ReferenceService } from './modules/reference/reference.service.js';
import { createSourcesLoaders } from './modules/sources/sources.loaders.js';

export function createLoaders(dataSource: DataSource) {
  return {
    ...createGeographyLoaders(dataSource),
    ...createClusterLoaders(dataSource),
    ...createSourcesLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver sees: the request's id, its DataLoaders (fresh per request) and the services. */
export interface Context {
  requestId: string;
  logger: Logger;
  loaders: Loaders;
  services: {
    reference: ReferenceService;
    authorities: LocalAuthorityService;
    clusters: ClusterService;
  };
}

export function createContext(dataSource: DataSource, logger: Logger, requestId: string): Context {
  return {
    requestId,
    logger,
    loaders: createLoaders(dataSource),
    services: {
      reference: new ReferenceService(dataSource),
      authorities: new LocalAuthorityService(dataSource),
      clusters: new ClusterService(dataSource),
    },
  };
}
