/**
 * The node half of `:checkhealth git-commit-push` (lua/git-commit-push/health.lua
 * reports Neovim and the node host itself). Called as a sync remote function, so
 * it never throws and never waits long: on 0.7.2 a failed sync call leaves the
 * host unable to answer async ones, and Neovim is blocked until this returns.
 */
import { dirname } from 'node:path';
import type { Neovim } from 'neovim';
import type { Ollama } from 'ollama/browser';
import { gitAt as realGitAt } from '../change/git.js';
import { clientFor, modelFacts } from '../model/ollama.js';
import { GitError, PluginError } from '../words/errors.js';
import { isLoopbackHost, plainHttpWarning, resolveOptions, type Options } from '../settings/options.js';
import { isPresetName, PRESET_NAMES } from '../prompt/presets.js';
import { forLog, hideUrlCredentials } from '../words/credentials.js';
import type { Git } from '../change/runner.js';
import { existingDir, openRepository, type Repository } from '../change/repository.js';
import { applyRepoOverrides, CONFIG_OPTIONS, configKey, repoOverrides } from '../settings/repo-settings.js';
import { planPush } from '../commit/push-plan.js';

export type HealthLevel = 'ok' | 'warn' | 'error' | 'info';

export type HealthItem = { level: HealthLevel; msg: string; advice?: string[] };

/** What the check needs from Neovim: the user's buffer (not the health buffer) and the setup() table. */
export interface HealthContext {
  name: string;
  buftype: string;
  cwd: string;
  config: unknown;
  ollamaHostEnv: string;
}

export interface HealthDeps {
  gitAt: (cwd: string) => Git;
  /** Per HTTP request; :checkhealth blocks Neovim for as long as this takes. */
  timeoutMs: number;
}

const HTTP_TIMEOUT_MS = 2000;

// :checkhealth opens its own buffer before it calls the checks: in a new tab page, in a split
// (`:vertical checkhealth`), in the current window when that was empty, or in a float (0.11+,
// g:health.style). Its filetype alone does not tell it apart: 0.12 sets it after the checks,
// and 0.10+ names it health:// before. The user's buffer is the alternate one, else the one in
// the previous window (a float keeps no alternate), else the one in the previous tab page.
const CONTEXT_LUA = `
local function is_health(b)
  return vim.bo[b].filetype == 'checkhealth' or vim.api.nvim_buf_get_name(b) == 'health://'
end
local function usable(b)
  return b ~= nil and b > 0 and vim.api.nvim_buf_is_valid(b) and not is_health(b)
end
local buf = vim.api.nvim_get_current_buf()
if is_health(buf) then
  local candidates = { vim.fn.bufnr('#') }
  local prevwin = vim.fn.winnr('#')
  if prevwin > 0 then table.insert(candidates, vim.fn.winbufnr(prevwin)) end
  local prevtab = vim.fn.tabpagenr('#')
  if prevtab > 0 then table.insert(candidates, vim.fn.tabpagebuflist(prevtab)[vim.fn.tabpagewinnr(prevtab)]) end
  for _, b in ipairs(candidates) do
    if usable(b) then
      buf = b
      break
    end
  end
end
local ok, gcp = pcall(require, 'git-commit-push')
return {
  name = vim.api.nvim_buf_get_name(buf),
  buftype = vim.bo[buf].buftype,
  cwd = vim.fn.getcwd(),
  config = ok and gcp.config or vim.empty_dict(),
  ollama_host_env = vim.env.OLLAMA_HOST or '',
}
`;

export async function healthReport(nvim: Neovim): Promise<HealthItem[]> {
  let ctx: HealthContext;
  try {
    const raw = (await nvim.lua(CONTEXT_LUA, [])) as Record<string, unknown>;
    ctx = {
      name: String(raw.name ?? ''),
      buftype: String(raw.buftype ?? ''),
      cwd: String(raw.cwd ?? process.cwd()),
      config: raw.config,
      ollamaHostEnv: String(raw.ollama_host_env ?? ''),
    };
  } catch (err) {
    return [{ level: 'error', msg: `could not read the editor state: ${oneLine(err)}` }];
  }
  try {
    return await collectHealth(ctx);
  } catch (err) {
    // collectHealth guards each step; this is the last line of the never-throw promise.
    return [{ level: 'error', msg: `the health check failed: ${oneLine(err)}` }];
  }
}

/** Everything after the editor state; separate so that it can be tested without Neovim. */
export async function collectHealth(ctx: HealthContext, deps: Partial<HealthDeps> = {}): Promise<HealthItem[]> {
  const d: HealthDeps = { gitAt: realGitAt, timeoutMs: HTTP_TIMEOUT_MS, ...deps };
  const items: HealthItem[] = [];
  const guard = async (what: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (err) {
      console.error(`git-commit-push: health check of ${what} failed: ${forLog(err)}`);
      items.push({ level: 'error', msg: `checking ${what} failed unexpectedly: ${oneLine(err)}` });
    }
  };

  let gitOk = false;
  await guard('git', async () => {
    const item = await checkGit(ctx.cwd, d.gitAt);
    gitOk = item.level === 'ok';
    items.push(item);
  });

  let repo: Repository | undefined;
  if (gitOk) {
    await guard('the repository', async () => {
      const r = await checkRepository(ctx, d.gitAt);
      repo = r.repo;
      items.push(...r.items);
    });
  }

  let options: Options | undefined;
  await guard('the options', async () => {
    const r = checkOptions(ctx, repo);
    options = r.options;
    items.push(...r.items);
  });

  if (options) {
    const o = options;
    await guard('Ollama', async () => {
      items.push(...(await checkOllama(o, d.timeoutMs)));
    });
  }
  // Remote and host URLs may carry a token (http://alice:TOKEN@host): never shown.
  return items.map((it) => ({
    ...it,
    msg: hideUrlCredentials(it.msg),
    ...(it.advice ? { advice: it.advice.map(hideUrlCredentials) } : {}),
  }));
}

async function checkGit(cwd: string, gitAt: (cwd: string) => Git): Promise<HealthItem> {
  try {
    const out = (await gitAt(existingDir(cwd)).run(['--version'])).stdout.trim();
    return { level: 'ok', msg: `git found: ${out}` };
  } catch (err) {
    const words = err instanceof GitError ? err.gitMessage : oneLine(err);
    return {
      level: 'error',
      msg: `git did not run: ${firstLine(words)}`,
      advice: ['Install git and make sure it is on the $PATH Neovim was started with.'],
    };
  }
}

async function checkRepository(ctx: HealthContext, gitAt: (cwd: string) => Git): Promise<{ repo?: Repository; items: HealthItem[] }> {
  // The same choice as :GitCommitPush: a file's own repository, else the working directory's.
  const isFile = ctx.buftype === '' && ctx.name !== '';
  const dir = isFile ? existingDir(dirname(ctx.name)) : ctx.cwd;
  const what = isFile ? `the current file (${ctx.name})` : `the working directory (${ctx.cwd})`;
  let repo: Repository;
  try {
    repo = await openRepository(dir, gitAt);
  } catch (err) {
    if (err instanceof PluginError && /not in a git repository|not a work tree/.test(err.message)) {
      return { items: [{ level: 'info', msg: `${what} is not in a git repository: open a file inside one to commit it` }] };
    }
    return { items: [{ level: 'error', msg: `could not read the repository of ${what}: ${oneLine(err)}` }] };
  }
  const items: HealthItem[] = [{ level: 'ok', msg: `repository of ${what}: ${repo.root}` }];
  if (repo.branch === null) {
    items.push({
      level: 'warn',
      msg: 'detached HEAD: commits are made, but there is no branch to push',
      advice: ['Switch to a branch first: git switch <branch>'],
    });
    return { repo, items };
  }
  items.push({ level: 'ok', msg: `branch: ${repo.branch}` });
  const plan = planPush(repo.branch, repo.config);
  if (plan.kind === 'git') items.push({ level: 'ok', msg: `git push sends commits to ${plan.describe}` });
  else if (plan.kind === 'set-upstream')
    items.push({ level: 'info', msg: `no upstream for ${repo.branch}: the first push goes to ${plan.describe}` });
  else if (plan.why === 'no-remote')
    items.push({
      level: 'warn',
      msg: 'no remote: commits are made, but not pushed',
      advice: ['Add one: git remote add origin <URL, or the path of a bare repository>'],
    });
  else items.push({ level: 'warn', msg: `commits go ${plan.describe}` });
  return { repo, items };
}

function checkOptions(ctx: HealthContext, repo: Repository | undefined): { options: Options; items: HealthItem[] } {
  const resolved = resolveOptions(ctx.config, { OLLAMA_HOST: ctx.ollamaHostEnv });
  let options = resolved.options;
  const warnings = resolved.warnings;
  const items: HealthItem[] = warnings.map((w) => ({
    level: 'warn',
    msg: `setup(): ${w}`,
    advice: ['See :help git-commit-push-options'],
  }));
  if (warnings.length === 0) items.push({ level: 'ok', msg: 'setup() options are valid' });

  if (repo) {
    const o = repoOverrides(repo.config);
    const applied = applyRepoOverrides(options, o);
    for (const w of applied.warnings) items.push({ level: 'warn', msg: w, advice: w.includes('.preset=') ? [`git config git-commit-push.preset ${PRESET_NAMES[0]}`] : [] });
    for (const key of CONFIG_OPTIONS) {
      const value = o[key];
      if (value === undefined || applied.warnings.some((w) => w.includes(`.${configKey(key)}=`))) continue;
      items.push({ level: 'info', msg: `git config git-commit-push.${configKey(key)}=${JSON.stringify(value)} overrides setup() in ${repo.root}` });
    }
    options = applied.options;
  }

  const table = typeof ctx.config === 'object' && ctx.config !== null ? (ctx.config as Record<string, unknown>) : {};
  const hostFrom = typeof table.host === 'string' && table.host !== '' ? 'setup()' : ctx.ollamaHostEnv ? '$OLLAMA_HOST' : 'the default';
  items.push({
    level: 'info',
    msg: `model ${options.model}, preset ${options.preset}, host ${options.host} (from ${hostFrom}), num_ctx ${options.num_ctx}, review ${options.review}`,
  });
  return { options, items };
}

/** Where the diff goes; the only place it goes. */
export function privacyItem(host: string): HealthItem {
  if (isLoopbackHost(host)) return { level: 'ok', msg: `the diff stays on this machine (${host})` };
  const plain = plainHttpWarning(host);
  if (plain) {
    return {
      level: 'warn',
      msg: plain,
      advice: ['Use an https URL, or reach the server through an SSH tunnel to a loopback port (ssh -L 11434:localhost:11434 <server>).'],
    };
  }
  return { level: 'info', msg: `the diff goes to ${host}, and nowhere else` };
}

/** Ollama treats `gemma3` and `gemma3:latest` as the same model. */
export function withTag(name: string): string {
  const last = name.slice(name.lastIndexOf('/') + 1);
  return last.includes(':') ? name : `${name}:latest`;
}

export function findModel(models: readonly { name?: string; model?: string }[], wanted: string): string | undefined {
  const w = withTag(wanted);
  for (const m of models) {
    for (const n of [m.name, m.model]) if (n && withTag(n) === w) return n;
  }
  return undefined;
}

/** Why a request never got an answer, in a few words. */
export function unreachableReason(err: unknown, timeoutMs: number): string {
  const e = (err ?? {}) as { name?: unknown; message?: unknown; cause?: unknown };
  if (e.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const code = (e.cause as { code?: unknown } | undefined)?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (typeof code === 'string') return code;
  // undici says only "fetch failed"; its cause says why (a port fetch refuses, a bad URL).
  const causeMessage = (e.cause as { message?: unknown } | undefined)?.message;
  if (e.message === 'fetch failed' && typeof causeMessage === 'string' && causeMessage !== '') return firstLine(causeMessage);
  if (e.name === 'ResponseError') {
    const status = (err as { status_code?: unknown }).status_code;
    return `answered ${String(status)}: ${firstLine(String(e.message ?? ''))}`;
  }
  return firstLine(typeof e.message === 'string' ? e.message : String(err));
}

async function checkOllama(options: Options, timeoutMs: number): Promise<HealthItem[]> {
  const host = options.host;
  const model = options.model;
  const items: HealthItem[] = [privacyItem(host)];
  // Each request gets the whole timeout of its own.
  const client = (): Ollama => clientFor(host, AbortSignal.timeout(timeoutMs));

  let version: string;
  try {
    version = (await client().version()).version;
  } catch (err) {
    items.push({
      level: 'error',
      msg: `Ollama is not reachable at ${host} (${unreachableReason(err, timeoutMs)}): commits get a default message`,
      advice: [
        'Start it: ollama serve (or the Ollama app), see https://ollama.com/download',
        'Or point the plugin at your server: setup({ host = "http://host:11434" }) or $OLLAMA_HOST',
      ],
    });
    return items;
  }
  items.push({ level: 'ok', msg: `Ollama ${version} is reachable at ${host}` });

  let present: string | undefined;
  try {
    present = findModel((await client().list()).models ?? [], model);
  } catch (err) {
    items.push({ level: 'warn', msg: `could not list the models at ${host}: ${unreachableReason(err, timeoutMs)}` });
    return items;
  }
  if (!present) {
    items.push({
      level: 'error',
      msg: `model ${model} is not present at ${host}: commits get a default message`,
      advice: [`ollama pull ${model}`, 'Or choose one you have (ollama list): setup({ model = "..." }) or git config git-commit-push.model'],
    });
    return items;
  }
  items.push({ level: 'ok', msg: `model ${model} is present (${present})` });

  try {
    const facts = await modelFacts(host, model, AbortSignal.timeout(timeoutMs));
    const len = facts.contextLength;
    if (len === undefined) {
      items.push({ level: 'info', msg: `${model} does not report its context length: num_ctx ${options.num_ctx} is sent as it is` });
    } else if (options.num_ctx > len) {
      items.push({
        level: 'warn',
        msg: `num_ctx ${options.num_ctx} exceeds the context length of ${model} (${len}): Ollama caps it at ${len}`,
        advice: [`setup({ num_ctx = ${len} }) or less`],
      });
    } else {
      items.push({ level: 'ok', msg: `num_ctx ${options.num_ctx} fits the context length of ${model} (${len})` });
    }
  } catch (err) {
    items.push({ level: 'warn', msg: `could not read the context length of ${model}: ${unreachableReason(err, timeoutMs)}` });
  }
  return items;
}

function oneLine(err: unknown): string {
  return firstLine(err instanceof Error ? err.message : String(err));
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? '').trim().slice(0, 300);
}
