/// <reference types="vite/client" />

declare module 'virtual:israel-outline' {
  import type { FeatureCollection } from 'geojson';
  const outline: FeatureCollection;
  export default outline;
}
