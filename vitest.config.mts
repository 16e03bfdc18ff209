// .mts: the package is CommonJS (the node host require()s the bundle), so Vite would load a
// .ts config as CommonJS and warn about its ESM syntax on every run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start real Neovim, git and node host processes: give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
