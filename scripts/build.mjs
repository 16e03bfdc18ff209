// Bundles src/ into the one CommonJS file the node remote-plugin host require()s.
// The bundle is committed so that plugin managers installing from git need no build step.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';

// ollama-js (pinned at 0.6.3) asks `headers instanceof Headers` of every request. Reading the
// global `Headers` makes Node load undici, ~35 ms, although the fetch it is given
// (src/model/http.ts) never uses it. The test here looks at `Headers` only for what could be
// one (an object with forEach), which answers the same for every input. A new ollama-js
// without this line fails the build rather than silently loading undici again.
const OLLAMA_HEADERS_TEST = 'if (headers instanceof Headers) {';
const ollamaWithoutUndici = {
  name: 'ollama-without-undici',
  setup(b) {
    b.onLoad({ filter: /[\\/]ollama[\\/]dist[\\/]browser\.mjs$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (text.split(OLLAMA_HEADERS_TEST).length !== 2) {
        throw new Error(`${args.path}: expected one \`${OLLAMA_HEADERS_TEST}\` (ollama-js 0.6.3); see scripts/build.mjs`);
      }
      const lazy = 'if (typeof headers === "object" && headers !== null && typeof headers.forEach === "function" && headers instanceof Headers) {';
      return { contents: text.replace(OLLAMA_HEADERS_TEST, lazy), loader: 'js' };
    });
  },
};

await build({
  entryPoints: ['src/index.ts'],
  outfile: 'rplugin/node/git-commit-push/index.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  // Types only: the host provides the Neovim client at run time.
  external: ['neovim'],
  plugins: [ollamaWithoutUndici],
  legalComments: 'none',
  logLevel: 'warning',
  // Readable bundle: users read it when something breaks, and diffs of it stay reviewable.
  minify: false,
  sourcemap: false,
});

// ---- The terminal command, `git-commit-push` (src/cli/): bundles committed like the plugin's
// so that `npm install -g` from git and plugin managers need no build. Everything is inside
// (Node 18+ and git are all it needs); each mode is a lazy import(), which esbuild keeps lazy
// in one file, so a start evaluates only what that mode uses. Two files: the command itself
// (git-commit-push-main.js), and the entry that runs it from V8's code cache (src/cli/start.ts).
{
  const { readFileSync, chmodSync } = await import('node:fs');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', legalComments: 'none', logLevel: 'warning', minify: false, sourcemap: false };
  await build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'bin/git-commit-push-main.js',
    define: { GIT_COMMIT_PUSH_VERSION: JSON.stringify(version) },
    plugins: [ollamaWithoutUndici],
  });
  // Run from V8's code cache by a vm.Script without an import() loader (src/cli/start.ts):
  // a dynamic import left in the bundle would fail there, so it fails the build instead.
  const dynamic = /\bimport\((?!\s*\))/.exec(readFileSync('bin/git-commit-push-main.js', 'utf8'));
  if (dynamic) throw new Error(`bin/git-commit-push-main.js has a dynamic import() (at ${dynamic.index}): use a static import (see src/cli/start.ts)`);
  const outfile = 'bin/git-commit-push.js';
  await build({ ...common, entryPoints: ['src/cli/start.ts'], outfile, banner: { js: '#!/usr/bin/env node' } });
  chmodSync(outfile, 0o755);
}

// ---- setup()'s option checks, lua/git-commit-push/options.lua, generated from the schema
// (src/settings/options.ts) by scripts/options-lua.ts: Lua checks options at setup() without the
// node host, and cannot drift from what the node side accepts. Written only when it changes.
{
  const { readFileSync, writeFileSync } = await import('node:fs');
  const gen = await build({
    entryPoints: ['scripts/options-lua.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node18',
    write: false,
    logLevel: 'warning',
  });
  const { optionsLua } = await import('data:text/javascript;base64,' + Buffer.from(gen.outputFiles[0].text).toString('base64'));
  const outfile = 'lua/git-commit-push/options.lua';
  let old = '';
  try {
    old = readFileSync(outfile, 'utf8');
  } catch {
    // first build
  }
  if (old !== optionsLua()) writeFileSync(outfile, optionsLua());
}
