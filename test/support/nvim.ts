/**
 * A real headless Neovim with this plugin, driven over RPC: the committed
 * bundle, loaded by the real node remote-plugin host, registered with
 * :UpdateRemotePlugins into a private manifest, as a user's Neovim does it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attach, type NeovimClient } from 'neovim';
import type { Sandbox } from './sandbox.js';
import { waitFor } from './wait.js';

export { StopWaiting, waitFor } from './wait.js';

/** The plugin's root, found upwards from this file (which may also run bundled from node_modules/.cache). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'rplugin/node/git-commit-push')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const ROOT = findRoot();
const NODE_HOST = join(ROOT, 'node_modules/neovim/bin/cli.js');

export interface Notification {
  msg: string;
  level: number;
}

export interface Nvim {
  nvim: NeovimClient;
  proc: ChildProcess;
  logFile: string;
  notes(): Promise<Notification[]>;
  waitForNote(match: RegExp, timeoutMs?: number): Promise<Notification>;
  stop(): Promise<void>;
}

export const LEVEL = { INFO: 2, WARN: 3, ERROR: 4 } as const;

const silentLogger = {
  level: 'error',
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
} as unknown as NonNullable<NonNullable<Parameters<typeof attach>[0]['options']>['logger']>;

function luaValue(v: unknown): string {
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return '{' + v.map(luaValue).join(', ') + '}';
  return '{' + Object.entries(v as Record<string, unknown>).map(([k, x]) => `[${JSON.stringify(k)}] = ${luaValue(x)}`).join(', ') + '}';
}

export interface NvimOptions {
  /** The table given to require('git-commit-push').setup(); undefined: setup() is not called. */
  setup?: Record<string, unknown> | undefined;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** false: no g:node_host_prog in the init, as for a user who never set it. */
  hostProg?: boolean;
  /** false: an empty remote-plugin manifest, as before :UpdateRemotePlugins ever ran. */
  manifest?: boolean;
  /** Extra Vimscript lines at the end of the init file. */
  initLines?: string[];
}

/** The manifest's text, kept in memory: a file outside the sandbox would outlive the run. */
let manifest: string | undefined;

/** :UpdateRemotePlugins once per test process; every Neovim gets a copy of its manifest. */
function ensureManifest(sb: Sandbox, init: string): string {
  if (manifest !== undefined) return manifest;
  const out = join(sb.dir, 'rplugin.vim');
  const r = spawnSync('nvim', ['-u', init, '-i', 'NONE', '-n', '--headless', '+UpdateRemotePlugins', '+qa!'], {
    env: { ...sb.env, NVIM_RPLUGIN_MANIFEST: out },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (!existsSync(out)) throw new Error(`UpdateRemotePlugins wrote no manifest: ${r.stderr} ${r.stdout}`);
  manifest = readFileSync(out, 'utf8');
  return manifest;
}

export function writeInit(sb: Sandbox, setup: Record<string, unknown> | undefined, opts: NvimOptions = {}, name = 'init.vim'): string {
  const dir = join(sb.dir, 'nvim-config');
  mkdirSync(dir, { recursive: true });
  const init = join(dir, name);
  const lines = [
    'set nocompatible',
    `set rtp^=${ROOT}`,
    ...(opts.hostProg === false ? [] : [`let g:node_host_prog = '${NODE_HOST}'`]),
    'set noswapfile shortmess+=I',
    // Record every vim.notify call, as nvim-notify or noice would receive it.
    "lua _G.__notes = {}; vim.notify = function(msg, level) table.insert(_G.__notes, { msg = msg, level = level or 2 }) end",
  ];
  if (setup) lines.push(`lua require('git-commit-push').setup(${luaValue(setup)})`);
  lines.push(...(opts.initLines ?? []));
  writeFileSync(init, lines.join('\n') + '\n');
  return init;
}

export async function startNvim(sb: Sandbox, opts: NvimOptions = {}): Promise<Nvim> {
  const rplugin = join(sb.dir, 'rplugin.vim');
  writeFileSync(rplugin, opts.manifest === false ? '' : ensureManifest(sb, writeInit(sb, undefined, {}, 'manifest-init.vim')));
  const init = writeInit(sb, opts.setup, opts);
  const logFile = join(sb.dir, 'node-host.log');
  const proc = spawn('nvim', ['-u', init, '-i', 'NONE', '-n', '--headless', '--embed'], {
    cwd: opts.cwd ?? sb.dir,
    env: { ...sb.env, NVIM_RPLUGIN_MANIFEST: rplugin, NVIM_NODE_LOG_FILE: logFile, NVIM_NODE_LOG_LEVEL: 'warn', ...opts.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const nvim = attach({ proc, options: { logger: silentLogger } });
  await nvim.eval('1');
  const notes = async () => ((await nvim.lua('return _G.__notes')) as Notification[] | null) ?? [];
  return {
    nvim,
    proc,
    logFile,
    notes,
    async waitForNote(match, timeoutMs = 15_000) {
      let seen: Notification[] = [];
      const found = await waitFor(async () => {
        seen = await notes();
        return seen.find((n) => match.test(n.msg));
      }, timeoutMs).catch(() => undefined);
      if (!found) throw new Error(`no notification matching ${match}; got: ${JSON.stringify(seen)}`);
      return found;
    },
    async stop() {
      try {
        await Promise.race([nvim.command('qa!'), new Promise((r) => setTimeout(r, 2000))]);
      } catch {
        // Neovim closes the channel while answering :qa!
      }
      if (proc.exitCode === null) proc.kill('SIGKILL');
    },
  };
}

/** Lines of the buffer in the current window. */
export async function currentLines(nvim: NeovimClient): Promise<string[]> {
  return (await nvim.lua('return vim.api.nvim_buf_get_lines(0, 0, -1, false)')) as string[];
}
