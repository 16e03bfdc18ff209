/**
 * The command line of `git-commit-push`, read into what to do. Pure: no file, git or
 * terminal is looked at here, so that a usage error costs nothing and is tested alone.
 */
import { isPresetName, PRESET_NAMES, type PresetName } from '../prompt/presets.js';
import { hostProblem } from '../settings/options.js';

/** Settings that outrank git config (`git-commit-push.<key>`); `host` outranks OLLAMA_HOST. */
export interface ModelFlags {
  model?: string;
  preset?: PresetName;
  host?: string;
  language?: string;
  prompt?: string;
}

/** Which change: paths (the file scope of `\g`), `--all`, `--staged`, or undefined: staged if anything is, else all. */
export interface Target {
  scope?: 'all' | 'staged';
  paths?: string[];
}

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'commit'; target: Target; yes: boolean; push: boolean; regenerate: boolean; flags: ModelFlags }
  | { kind: 'message'; target: Target; strict: boolean; flags: ModelFlags }
  | { kind: 'hook'; action: 'install' | 'uninstall' }
  /** What the installed hook runs: git's prepare-commit-msg arguments. */
  | { kind: 'hook-run'; file: string; source: string };

export type Parsed = CliCommand | { kind: 'usage'; error: string };

/** Options that take a value, and options that do not: `--help` lists them all (tested). */
export const VALUED = ['--model', '--preset', '--host', '--language', '--prompt', '--format'] as const;
export const SWITCHES = ['--all', '--staged', '--yes', '--no-push', '--regenerate', '--strict', '--help', '--version'] as const;
type Valued = (typeof VALUED)[number];

function isValued(name: string): name is Valued {
  return (VALUED as readonly string[]).includes(name);
}

/** Options each mode takes; anything else is a usage error that names the mode. */
const COMMIT_ONLY = new Set(['--yes', '--no-push', '--regenerate']);
const MESSAGE_ONLY = new Set(['--format', '--strict']);

export function parseCommandLine(argv: readonly string[]): Parsed {
  const usage = (error: string): Parsed => ({ kind: 'usage', error });
  const [first, ...rest] = argv;
  if (first === 'hook') return parseHook(rest);
  if (first === 'help') return rest.length === 0 ? { kind: 'help' } : usage(`help takes no arguments, got "${rest.join(' ')}"`);
  const mode: 'commit' | 'message' = first === 'message' ? 'message' : 'commit';
  const args = mode === 'message' ? rest : argv;

  const seen = new Set<string>();
  const values: Partial<Record<Valued, string>> = {};
  const paths: string[] = [];
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = expand(eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg);
    if (name === '--help') return { kind: 'help' };
    if (name === '--version') return { kind: 'version' };
    if (isValued(name)) {
      let value: string | undefined;
      if (eq > 0 && arg.startsWith('--')) value = arg.slice(eq + 1);
      else value = args[++i];
      if (value === undefined) return usage(`${name} needs a value`);
      values[name] = value;
    } else if ((SWITCHES as readonly string[]).includes(name)) {
      if (eq > 0) return usage(`${name} takes no value`);
    } else {
      return usage(`unknown option ${arg}`);
    }
    if (mode === 'message' && COMMIT_ONLY.has(name)) return usage(`${name} is for committing, not for \`git-commit-push message\``);
    if (mode === 'commit' && MESSAGE_ONLY.has(name)) return usage(`${name} is for \`git-commit-push message\``);
    seen.add(name);
  }

  if (seen.has('--all') && seen.has('--staged')) return usage('--all and --staged are two different changes: give one');
  if (paths.length > 0 && (seen.has('--all') || seen.has('--staged'))) {
    return usage(`${paths.length === 1 ? 'a path' : 'paths'} and ${seen.has('--all') ? '--all' : '--staged'} are two different changes: give one`);
  }
  for (const path of paths) {
    if (path === '' || path === '-') return usage(path === '' ? 'an empty path' : '"-" is not a path: `git-commit-push message` reads a diff on stdin');
  }
  const format = values['--format'];
  if (format !== undefined && format !== 'plain') return usage(`--format ${format}: the only format is plain (the message alone)`);
  const preset = values['--preset'];
  if (preset !== undefined && !isPresetName(preset)) return usage(`--preset ${preset}: expected ${PRESET_NAMES.join(', ')}`);
  for (const name of ['--model', '--host', '--language'] as const) {
    if (values[name]?.trim() === '') return usage(`${name} needs a value`);
  }
  const hostWrong = values['--host'] !== undefined ? hostProblem(values['--host']) : undefined;
  if (hostWrong) return usage(`--host ${values['--host'] ?? ''}: ${hostWrong}`);

  const flags: ModelFlags = {};
  if (values['--model'] !== undefined) flags.model = values['--model'];
  if (preset !== undefined) flags.preset = preset;
  if (values['--host'] !== undefined) flags.host = values['--host'];
  if (values['--language'] !== undefined) flags.language = values['--language'];
  if (values['--prompt'] !== undefined) flags.prompt = values['--prompt'];
  const target: Target = {};
  if (paths.length > 0) target.paths = paths;
  else if (seen.has('--all')) target.scope = 'all';
  else if (seen.has('--staged')) target.scope = 'staged';

  if (mode === 'message') return { kind: 'message', target, strict: seen.has('--strict'), flags };
  return { kind: 'commit', target, yes: seen.has('--yes'), push: !seen.has('--no-push'), regenerate: seen.has('--regenerate'), flags };
}

/** Short forms, only where git's own commands mean the same (no -m: git's is the message). */
function expand(name: string): string {
  switch (name) {
    case '-h':
      return '--help';
    case '-V':
      return '--version';
    case '-a':
      return '--all';
    case '-y':
      return '--yes';
    default:
      return name;
  }
}

function parseHook(rest: readonly string[]): Parsed {
  const [action, ...more] = rest;
  if (action === 'run') {
    // git passes the message file, then the message's source and a commit when there is one.
    const [file, source = ''] = more;
    if (file === undefined || more.length > 3) return { kind: 'usage', error: 'hook run takes the arguments git gives prepare-commit-msg' };
    return { kind: 'hook-run', file, source };
  }
  if (action === '-h' || action === '--help') return { kind: 'help' };
  if (action !== 'install' && action !== 'uninstall') {
    return { kind: 'usage', error: action === undefined ? 'hook needs install or uninstall' : `hook ${action}: expected install or uninstall` };
  }
  if (more.length > 0) return { kind: 'usage', error: `hook ${action} takes no arguments, got "${more.join(' ')}"` };
  return { kind: 'hook', action };
}
