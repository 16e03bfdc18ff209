/**
 * The options for one repository: setup()'s (or the command's defaults), with the
 * repository's `git config git-commit-push.*` keys over them and a command's flags over
 * those; and the system message they give.
 */
import type { GitConfig } from '../change/repo.js';
import { isPresetName, PRESET_NAMES, systemPrompt } from '../prompt/presets.js';
import { plainHttpWarning, type Options, type ResolvedOptions } from './options.js';

/** Settings a repository gives itself with `git config git-commit-push.<key>`; they beat setup(). */
export interface RepoOverrides {
  preset?: string;
  prompt?: string;
  model?: string;
  language?: string;
}

export function repoOverrides(config: GitConfig): RepoOverrides {
  const out: RepoOverrides = {};
  const preset = config.get('git-commit-push.preset');
  const prompt = config.get('git-commit-push.prompt');
  const model = config.get('git-commit-push.model');
  const language = config.get('git-commit-push.language');
  if (preset) out.preset = preset;
  if (prompt) out.prompt = prompt;
  if (model) out.model = model;
  if (language) out.language = language;
  return out;
}

/** The options with a repository's `git config git-commit-push.<key>` over them; they beat setup(). */
export function applyRepoOverrides(base: Options, o: RepoOverrides): ResolvedOptions {
  const options = { ...base };
  const warnings: string[] = [];
  if (o.model) options.model = o.model;
  if (o.prompt) options.prompt = o.prompt;
  if (o.language) options.language = o.language;
  if (o.preset) {
    if (isPresetName(o.preset)) options.preset = o.preset;
    else warnings.push(`ignoring git config git-commit-push.preset=${o.preset}: expected ${PRESET_NAMES.join(', ')}`);
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
