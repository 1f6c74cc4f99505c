import { GeographyAndClusters1795353706664 } from './1795353706664-geography-and-clusters.js';

/** Every migration in order. Listed rather than globbed so the bundle carries them. Never edit a landed one. */
export const MIGRATIONS = [GeographyAndClusters1795353706664];
