/**
 * Bundles the API and its commands into dist/ with esbuild. packages/shared is TypeScript source
 * with no build step, so it is bundled in; every other dependency stays in node_modules.
 * Decorators carry explicit types (architecture.md), so no decorator metadata is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(apiDir, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const external = Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@roundtable/'));

fs.rmSync(path.join(apiDir, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: apiDir,
  entryPoints: {
    main: 'src/main.ts',
    'cli/seed': 'src/cli/seed.ts',
    'cli/migrate': 'src/cli/migrate.ts',
    'cli/import-cbs': 'src/cli/import-cbs.ts',
    'cli/accounts': 'src/cli/accounts.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  // Some bundled CommonJS code calls require(); give ESM output a require to call.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
console.log('Built apps/api/dist');
