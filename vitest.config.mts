// .mts: the package is CommonJS (the node host require()s the bundle), so Vite would load a
// .ts config as CommonJS and warn about its ESM syntax on every run.
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The real-model test (test/e2e/real-model.test.ts) starts last: while the model answers it
 * takes both cores, and the other files' load-sensitive waits should not run beside it.
 */
class RealModelLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const last = (f: TestSpecification): number => (f.moduleId.endsWith('real-model.test.ts') ? 1 : 0);
    return [...sorted].sort((a, b) => last(a) - last(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start real Neovim, git and node host processes: give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: RealModelLast },
  },
});
