/**
 * What the token estimate learned, kept on disk per model so that a new Neovim (or the
 * terminal command) starts where the last one stopped: a user who opens Neovim, presses
 * `\g` once and quits would otherwise always get the cautious first request.
 *
 * One small JSON file in the plugin's state folder, `$XDG_STATE_HOME/git-commit-push/`
 * (`~/.local/state/git-commit-push/` without it), shared by every Neovim and the terminal
 * command. It carries ESTIMATOR_VERSION: data of another version is left alone, not
 * misread. A file that cannot be read or parsed is ignored, and said once.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESTIMATOR_VERSION, type EstimatorSnapshot, type LearnedModel } from '../prompt/tokens.js';

export const RATES_FILE_NAME = 'token-rates.json';

export function ratesFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const state = env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith('/') ? env.XDG_STATE_HOME : join(homedir(), '.local', 'state');
  return join(state, 'git-commit-push', RATES_FILE_NAME);
}

interface RatesFile {
  version: number;
  models: EstimatorSnapshot;
}

export interface LoadedRates {
  snapshot: EstimatorSnapshot;
  /** Why the file was ignored, in one line for `:GitCommitPush output`; absent when it was read or is not there yet. */
  problem?: string;
}

export async function readRates(path: string): Promise<LoadedRates> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return { snapshot: {} };
    return { snapshot: {}, problem: `learned token rates not read from ${path} (${errorCode(err)}): starting from the cautious estimate` };
  }
  const parsed = parse(text);
  if (parsed === undefined) {
    return { snapshot: {}, problem: `learned token rates in ${path} are not readable (not a rates file): ignored, starting from the cautious estimate` };
  }
  // Another estimator's data: its numbers mean something else. Not a problem, just not ours.
  if (parsed.version !== ESTIMATOR_VERSION) return { snapshot: {} };
  return { snapshot: parsed.models };
}

function parse(text: string): RatesFile | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const { version, models } = json as { version?: unknown; models?: unknown };
  if (typeof version !== 'number') return undefined;
  if (version !== ESTIMATOR_VERSION) return { version, models: {} };
  if (typeof models !== 'object' || models === null || Array.isArray(models)) return undefined;
  const out: EstimatorSnapshot = {};
  for (const [model, entry] of Object.entries(models as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { code, prose } = entry as { code?: unknown; prose?: unknown };
    const nums = (xs: unknown): number[] => (Array.isArray(xs) ? xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)) : []);
    out[model] = { code: nums(code), prose: nums(prose) };
  }
  return { version, models: out };
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : String(err);
}

let tempCounter = 0;

/**
 * Puts one model's rates into the file, keeping the other models' as they are on disk now
 * (another Neovim may have written since this one read). A file of another version, or one
 * that could not be parsed, is replaced. Written whole or not at all.
 */
export async function saveRates(path: string, model: string, learned: LearnedModel): Promise<void> {
  let models: EstimatorSnapshot = {};
  try {
    const parsed = parse(await readFile(path, 'utf8'));
    if (parsed && parsed.version === ESTIMATOR_VERSION) models = parsed.models;
  } catch {
    // No file yet, or one that cannot be read: this write starts it again.
  }
  models[model] = learned;
  const file: RatesFile = { version: ESTIMATOR_VERSION, models };
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}-${++tempCounter}`;
  try {
    await writeFile(temp, `${JSON.stringify(file, null, 1)}\n`);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
