// Bundles src/ into the one CommonJS file the node remote-plugin host require()s.
// The bundle is committed so that plugin managers installing from git need no build step.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/index.ts'],
  outfile: 'rplugin/node/git-commit-push/index.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  // Types only: the host provides the Neovim client at run time.
  external: ['neovim'],
  legalComments: 'none',
  logLevel: 'warning',
  // Readable bundle: users read it when something breaks, and diffs of it stay reviewable.
  minify: false,
  sourcemap: false,
});
