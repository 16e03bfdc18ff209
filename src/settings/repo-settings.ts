/**
 * The options for one repository: setup()'s (or the command's defaults), with the
 * repository's `git config git-commit-push.*` keys over them and a command's flags over
 * those; and the system message they give.
 */
import type { GitConfig } from '../change/repo.js';
import { PRESET_NAMES, systemPrompt } from '../prompt/presets.js';
import { plainHttpWarning, SCHEMA, type OptionName, type Options, type ResolvedOptions } from './options.js';

/**
 * The options a repository (or --global config) may set with `git config git-commit-push.<key>`:
 * every option that means something outside the review buffer. git accepts no `_` in a key,
 * so each has a camelCase name, which git itself reads case-insensitively (as here).
 */
export const CONFIG_OPTIONS = ['model', 'preset', 'prompt', 'language', 'timeout_ms', 'keep_alive', 'num_ctx', 'num_predict', 'push_stall_ms'] as const satisfies readonly OptionName[];
export type ConfigOption = (typeof CONFIG_OPTIONS)[number];

/** `timeout_ms` → `timeoutMs`: the name a user types after `git config git-commit-push.`. */
export function configKey(option: ConfigOption): string {
  return option.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Settings from git config (or a command's flags), as text; checked when applied. They beat setup(). */
export type RepoOverrides = Partial<Record<ConfigOption, string>>;

export function repoOverrides(config: GitConfig): RepoOverrides {
  const out: RepoOverrides = {};
  for (const option of CONFIG_OPTIONS) {
    // parseConfigList lowercases a key's name, as git compares it.
    const value = config.get(`git-commit-push.${configKey(option).toLowerCase()}`);
    if (value) out[option] = value;
  }
  return out;
}

/** A text value as the option's type, or undefined when it is not one. */
function parseValue(option: ConfigOption, text: string): Options[ConfigOption] | undefined {
  const spec = SCHEMA[option];
  if (typeof spec.default === 'number') {
    const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
    return spec.check(n) ? n : undefined;
  }
  if (option === 'keep_alive') return /^\s*-?\d+\s*$/.test(text) ? Number(text) : text.trim();
  return spec.check(text) ? text : undefined;
}

/** The options with a repository's `git config git-commit-push.<key>` over them; they beat setup(). */
export function applyRepoOverrides(base: Options, o: RepoOverrides): ResolvedOptions {
  const options = { ...base };
  const writable = options as Record<ConfigOption, unknown>;
  const warnings: string[] = [];
  for (const option of CONFIG_OPTIONS) {
    const text = o[option];
    if (!text) continue;
    const value = parseValue(option, text);
    if (value !== undefined) writable[option] = value;
    else {
      const expected = option === 'preset' ? PRESET_NAMES.join(', ') : SCHEMA[option].expected;
      warnings.push(`ignoring git config git-commit-push.${configKey(option)}=${text}: expected ${expected}`);
    }
  }
  return { options, warnings };
}

/** What a message is written with: the options in force, the system message, and what to tell the user once. */
export interface Settings {
  options: Options;
  system: string;
  warnings: string[];
}

/**
 * The options with git config's `git-commit-push.*` keys over `base`, and `over` (a
 * command's flags) over those; the system message they give. For a change in a
 * repository, and for a diff that comes from elsewhere (`git-commit-push message`).
 */
export function settingsFor(config: GitConfig, base: Options, over: RepoOverrides = {}): Settings {
  const fromConfig = applyRepoOverrides(base, repoOverrides(config));
  const { options, warnings } = applyRepoOverrides(fromConfig.options, over);
  warnings.unshift(...fromConfig.warnings);
  const plain = plainHttpWarning(options.host);
  if (plain) warnings.push(plain);
  return { options, system: systemPrompt(options.preset, options.prompt || undefined, options.language), warnings };
}

/** What `git-commit-push.<key>` shows as its default: the schema's, or its source when it has none of its own. */
function shownDefault(option: ConfigOption): string {
  const d = SCHEMA[option].default;
  return d === '' ? 'none' : String(d);
}

/** The git config keys as rows of text for `--help`: key, default, then the schema's help, wrapped to `width`. */
export function configKeysText(width = 80): string {
  const indent = '      ';
  const rows: string[] = [];
  for (const option of CONFIG_OPTIONS) {
    rows.push(`  git-commit-push.${configKey(option)} (default ${shownDefault(option)})`);
    let line = indent;
    for (const word of SCHEMA[option].help.split(' ')) {
      if (line.length + word.length + 1 > width && line.trim() !== '') {
        rows.push(line.trimEnd());
        line = indent;
      }
      line += `${word} `;
    }
    rows.push(line.trimEnd());
  }
  return rows.join('\n');
}

/** The same keys as the README's Markdown table (a test keeps the README equal to it). */
export function configKeysMarkdown(): string {
  const rows = CONFIG_OPTIONS.map((o) => `| \`git-commit-push.${configKey(o)}\` | \`${o}\` | ${shownDefault(o)} | ${SCHEMA[o].help.replace(/\|/g, '\\|')} |`);
  return ['| git config key | setup() option | default | what it does |', '|---|---|---|---|', ...rows].join('\n');
}
