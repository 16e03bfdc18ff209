/**
 * Every option, once: its type, default and help text. The Lua `setup()` passes the
 * user's table through (less `keymap`, which is the Lua side's); it is checked here, at
 * the RPC boundary, and the help file is tested against this schema so that the two
 * cannot drift.
 */
import { isPresetName, type PresetName } from '../prompt/presets.js';

export const DEFAULT_HOST = 'http://127.0.0.1:11434';

interface Spec<T> {
  default: T;
  check: (v: unknown) => v is T;
  expected: string;
  help: string;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isPositiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
const isKeepAlive = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

export const SCHEMA = {
  host: {
    default: '',
    check: isString,
    expected: 'a URL string',
    help: 'Ollama server. Empty: $OLLAMA_HOST, else ' + DEFAULT_HOST + '. The diff is sent nowhere else.',
  } satisfies Spec<string>,
  model: {
    default: 'gemma3',
    check: isString,
    expected: 'a model name',
    help: 'Ollama model that writes the message (git config git-commit-push.model overrides it).',
  } satisfies Spec<string>,
  preset: {
    default: 'code' as PresetName,
    check: (v: unknown): v is PresetName => typeof v === 'string' && isPresetName(v),
    expected: '"journal", "code" or "conventional"',
    help: 'Voice of the message: "journal" (what was written about), "code" (imperative subject, body at 72), "conventional" (Conventional Commits).',
  } satisfies Spec<PresetName>,
  prompt: {
    default: '',
    check: isString,
    expected: 'a string',
    help: "Your own instructions; replaces the preset's when not empty.",
  } satisfies Spec<string>,
  language: {
    default: 'English',
    check: isString,
    expected: 'a language name',
    help: 'The language the message is written in, such as "German" (git config git-commit-push.language overrides it).',
  } satisfies Spec<string>,
  review: {
    default: true,
    check: isBool,
    expected: 'a boolean',
    help: 'Open the review buffer. false commits and pushes the generated message straight away (also `:GitCommitPush noreview`).',
  } satisfies Spec<boolean>,
  timeout_ms: {
    default: 60_000,
    check: isPositiveInt,
    expected: 'a positive integer',
    help: 'Give up on the model after this many milliseconds (loading included) and use the default message.',
  } satisfies Spec<number>,
  keep_alive: {
    default: '30m' as string | number,
    check: isKeepAlive,
    expected: 'a duration string or seconds',
    help: 'How long Ollama keeps the model loaded after a request, so the next commit starts fast.',
  } satisfies Spec<string | number>,
  num_ctx: {
    default: 8192,
    check: isPositiveInt,
    expected: 'a positive integer',
    help: "Context window in tokens, sent on every request (capped by the model's own); the diff is cut to fit.",
  } satisfies Spec<number>,
  push_stall_ms: {
    default: 30_000,
    check: isPositiveInt,
    expected: 'a positive integer',
    help: 'A push that makes no network progress for this long gives up (ssh and http remotes; hooks are not timed).',
  } satisfies Spec<number>,
  num_predict: {
    default: 256,
    check: isPositiveInt,
    expected: 'a positive integer',
    help: 'Tokens reserved for the answer.',
  } satisfies Spec<number>,
} as const;

export type OptionName = keyof typeof SCHEMA;
export type Options = { [K in OptionName]: (typeof SCHEMA)[K]['default'] };
export const OPTION_NAMES = Object.keys(SCHEMA) as OptionName[];

/** Keys the Lua side consumes itself; accepted here without a warning. */
const LUA_ONLY = new Set(['keymap']);

export interface ResolvedOptions {
  options: Options;
  warnings: string[];
}

export function defaults(): Options {
  const out = {} as Record<OptionName, unknown>;
  for (const k of OPTION_NAMES) out[k] = SCHEMA[k].default;
  return out as Options;
}

/** Merges the user's table over the defaults; a bad value is reported and ignored, never fatal. */
export function resolveOptions(raw: unknown, env: { OLLAMA_HOST?: string | undefined } = {}): ResolvedOptions {
  const options = defaults();
  const warnings: string[] = [];
  const table = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const writable = options as Record<OptionName, unknown>;
  for (const [key, value] of Object.entries(table)) {
    if (LUA_ONLY.has(key)) continue;
    if (!(key in SCHEMA)) {
      const near = nearestName(key, [...OPTION_NAMES, ...LUA_ONLY]);
      warnings.push(`ignoring unknown option "${key}"${near ? ` (did you mean "${near}"?)` : ''}`);
      continue;
    }
    const spec = SCHEMA[key as OptionName];
    if (spec.check(value)) writable[key as OptionName] = value;
    else warnings.push(`ignoring option "${key}": expected ${spec.expected}, got ${JSON.stringify(value)}`);
  }
  options.host = normalizeHost(options.host || env.OLLAMA_HOST || DEFAULT_HOST);
  return { options, warnings };
}

/**
 * The option a mistyped key most likely meant: two letters off at most (a swap counts as
 * one: `modle`), or the start of a longer name (`timeout`). lua/git-commit-push/init.lua
 * suggests the same, in the same order of names, so that both sides say the same words.
 */
export function nearestName(key: string, names: readonly string[]): string | undefined {
  // Counted in characters on both sides only for ASCII (Lua counts bytes).
  if (!/^[\x20-\x7e]*$/.test(key)) return undefined;
  const k = key.toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const name of names) {
    const d = editDistance(k, name);
    const score = d <= 2 && d * 2 < k.length ? d : k.length >= 4 && name.startsWith(k) ? 3 : undefined;
    if (score !== undefined && (best === undefined || score < best.score)) best = { name, score };
  }
  return best?.name;
}

/** Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours, each one. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * Reads a host as Ollama's own CLI reads OLLAMA_HOST: ":PORT", "HOST", "HOST:PORT", with or
 * without a scheme, IPv6 in brackets (or bare), a trailing slash. A missing host is this
 * machine; a missing port is 11434, or 443 for https (a server behind TLS is a proxy).
 * Credentials in the URL stay for the requests; everything shown hides them.
 */
export function normalizeHost(input: string): string {
  const trimmed = input.trim();
  const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  const scheme = (m?.[1] ?? 'http').toLowerCase();
  const rest = m ? trimmed.slice(m[0].length) : trimmed;
  const slash = rest.indexOf('/');
  let hostport = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash).replace(/\/+$/, '');
  const at = hostport.lastIndexOf('@');
  const auth = at < 0 ? '' : hostport.slice(0, at + 1);
  hostport = hostport.slice(at + 1);
  // A bare IPv6 address ("::1") needs brackets before a port can follow it.
  if (/^[0-9a-f]*:[0-9a-f:.]*:[0-9a-f:.]*$/i.test(hostport)) hostport = `[${hostport}]`;
  const hp = /^(.*):(\d*)$/.exec(hostport);
  const host = (hp ? hp[1] : hostport) || '127.0.0.1';
  const port = (hp ? hp[2] : '') || (scheme === 'https' ? '443' : '11434');
  try {
    const url = new URL(`${scheme}://${host}:${port}${path}`);
    return `${url.protocol}//${auth}${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return trimmed;
  }
}

/**
 * Why a host value is not one the ollama CLI would take (`HOST`, `HOST:PORT`, `:PORT`,
 * `http(s)://HOST[:PORT][/PATH]`), or undefined when it is. Checked before anything is
 * sent: a bare number is a port someone forgot the colon of, never an IP address.
 */
export function hostProblem(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed === '') return 'an empty host';
  const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  if (m && !/^https?$/i.test(m[1] ?? '')) return `${m[1]}:// is not a scheme Ollama speaks (http or https)`;
  const rest = m ? trimmed.slice(m[0].length) : trimmed;
  const slash = rest.indexOf('/');
  let hostport = slash < 0 ? rest : rest.slice(0, slash);
  hostport = hostport.slice(hostport.lastIndexOf('@') + 1);
  if (/\s/.test(trimmed)) return 'a host has no spaces';
  let host = hostport;
  let port: string | undefined;
  const v6 = /^\[([0-9a-f:.]+)\](?::(\d*))?$/i.exec(hostport);
  if (v6) {
    host = v6[1] ?? '';
    port = v6[2];
  } else if (/^[0-9a-f]*:[0-9a-f:.]*:[0-9a-f:.]*$/i.test(hostport)) {
    host = hostport;
  } else {
    const hp = /^([^:]*):([^:]*)$/.exec(hostport);
    if (hp) {
      host = hp[1] ?? '';
      port = hp[2];
    } else if (hostport.includes(':')) return 'not HOST:PORT';
    if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(host) && host !== '') return `"${host}" is not a host name`;
    if (/^\d+$/.test(host) && port === undefined && !m) return `a bare number is not a host (for port ${host}, write :${host})`;
    if (/^[\d.]+$/.test(host) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return `"${host}" is not an IP address`;
  }
  if (port !== undefined && port !== '' && (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) return `port ${port} is not a port (1-65535)`;
  return undefined;
}

/** True when the host is this machine, so the diff never leaves it. */
export function isLoopbackHost(url: string): boolean {
  try {
    const h = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || h === '0.0.0.0' || /^127\.\d+\.\d+\.\d+$/.test(h) || h.endsWith('.localhost');
  } catch {
    return false;
  }
}

/** Said once per session: a non-loopback host over plain http sees the diff in the clear. */
export function plainHttpWarning(host: string): string | undefined {
  if (isLoopbackHost(host) || !host.startsWith('http:')) return undefined;
  return `the diff goes to ${host} over plain http: it crosses the network unencrypted`;
}
