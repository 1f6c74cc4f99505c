import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { israelOutlinePlugin } from './tools/israel-outline-plugin.ts';

// The API serves this build at `/` and the GraphQL endpoint beside it, so the client always
// talks to `/graphql` on its own origin; in development Vite forwards that path to the API.
const API_ORIGIN = process.env.API_ORIGIN ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react(), israelOutlinePlugin()],
  server: { proxy: { '/graphql': API_ORIGIN } },
  preview: { proxy: { '/graphql': API_ORIGIN } },
  build: { outDir: 'dist', sourcemap: true },
});
