/**
 * opencommit, the tool users would pick instead, installed for the benchmark
 * only: pinned, into node_modules/.cache (not a dependency of the project, so
 * `npm ci` and the test suite never pay for its 170 packages). What runs is its
 * own published bundle, out/cli.cjs, which needs nothing but Node's built-ins.
 * OPENCOMMIT_CLI=/path/to/out/cli.cjs uses a copy installed elsewhere.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from './proc.js';

export const OPENCOMMIT_VERSION = '3.3.10';

export interface Opencommit {
  cli: string;
  version: string;
  /** How it was obtained, for RESULTS.md. */
  how: string;
}

export async function ensureOpencommit(root: string): Promise<Opencommit | { error: string }> {
  const override = process.env.OPENCOMMIT_CLI;
  if (override) {
    if (!existsSync(override)) return { error: `OPENCOMMIT_CLI=${override} does not exist` };
    const pkg = resolve(override, '../../package.json');
    const version = existsSync(pkg) ? String((JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string }).version) : 'unknown';
    return { cli: override, version, how: `OPENCOMMIT_CLI=${override}` };
  }
  const dir = join(root, 'node_modules/.cache/bench-opencommit');
  const pkgJson = join(dir, 'node_modules/opencommit/package.json');
  const cli = join(dir, 'node_modules/opencommit/out/cli.cjs');
  const installed = (): string | undefined =>
    existsSync(cli) && existsSync(pkgJson) ? (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version?: string }).version : undefined;
  let how = `already installed in node_modules/.cache/bench-opencommit (npm install opencommit@${OPENCOMMIT_VERSION})`;
  if (installed() !== OPENCOMMIT_VERSION) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, dependencies: { opencommit: OPENCOMMIT_VERSION } }, null, 2) + '\n');
    process.stderr.write(`bench: installing opencommit@${OPENCOMMIT_VERSION} into ${dir} (once)...\n`);
    const r = await run('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { timeoutMs: 300_000 });
    if (r.code !== 0) return { error: `npm install opencommit@${OPENCOMMIT_VERSION} failed (exit ${r.code ?? r.signal}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ')}` };
    how = `installed by the bench with npm install opencommit@${OPENCOMMIT_VERSION} into node_modules/.cache/bench-opencommit`;
  }
  const version = installed();
  if (!version) return { error: `opencommit is not at ${cli} after npm install` };
  return { cli, version, how };
}

/**
 * Its Ollama provider pointed at the fake server, configured the way its README
 * says, through environment variables (they beat ~/.opencommit, which lives in
 * the sandbox's HOME anyway). OCO_TEST_SKIP_VERSION_CHECK skips its `npm view
 * opencommit version` on every run: network traffic, and time that is not its
 * own work.
 */
export function opencommitEnv(base: NodeJS.ProcessEnv, ollamaUrl: string, model: string, push: boolean): NodeJS.ProcessEnv {
  return {
    ...base,
    OCO_AI_PROVIDER: 'ollama',
    OCO_API_URL: ollamaUrl,
    OCO_MODEL: model,
    OCO_GITPUSH: push ? 'true' : 'false',
    OCO_TEST_SKIP_VERSION_CHECK: 'true',
    npm_config_offline: 'true',
    NO_COLOR: '1',
  };
}
