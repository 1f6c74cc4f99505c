import { defineConfig } from 'vitest/config';
import { israelOutlinePlugin } from './tools/israel-outline-plugin.ts';

export default defineConfig({
  plugins: [israelOutlinePlugin()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
