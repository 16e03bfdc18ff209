/**
 * From the command line to a prepared change: the settings (defaults, OLLAMA_HOST, git
 * config, flags, in that order) and which change a run means. Everything past that is
 * the core's prepareChange, the same as for `\g`.
 */
import { resolve } from 'node:path';
import { resolveOptions, type Options, type ResolvedOptions } from '../settings/options.js';
import type { GitConfig } from '../change/repo.js';
import type { Git } from '../change/runner.js';
import type { Scope } from '../change/scope.js';
import { warmUp } from '../model/generate.js';
import type { ModelFlags, Target } from './args.js';
import { prepareChange, type Prepared } from '../commit/prepare.js';
import { settingsFor, type RepoOverrides } from '../settings/repo-settings.js';
import type { Repository } from '../change/repository.js';
import { openTarget } from './locate.js';

/** The defaults with the server from --host, else OLLAMA_HOST; git config and the other flags come later, over these. */
export function baseOptions(flags: ModelFlags, env: Readonly<Record<string, string | undefined>>): ResolvedOptions {
  return resolveOptions(flags.host !== undefined ? { host: flags.host } : {}, { OLLAMA_HOST: env.OLLAMA_HOST });
}

/** The flags that outrank the repository's git config. */
export function flagOverrides(flags: ModelFlags): RepoOverrides {
  const over: RepoOverrides = {};
  if (flags.model !== undefined) over.model = flags.model;
  if (flags.preset !== undefined) over.preset = flags.preset;
  if (flags.language !== undefined) over.language = flags.language;
  if (flags.prompt !== undefined) over.prompt = flags.prompt;
  return over;
}

/** The change a target means, gathered by the core, with the flags over the repository's config. */
export async function prepareTarget(
  target: Target,
  flags: ModelFlags,
  cwd: string = process.cwd(),
  opened?: Promise<Repository>,
): Promise<{ p: Prepared; warnings: string[] }> {
  const { options, warnings } = baseOptions(flags, process.env);
  const paths = target.paths?.map((p) => resolve(cwd, p));
  // The first path's repository (main.ts may have opened it already); a path outside it is
  // refused by the core, as in Neovim.
  const repo = await (opened ?? openTarget(target, cwd));
  const scope: Scope = paths !== undefined ? 'file' : (target.scope ?? ((await somethingStaged(repo)) ? 'staged' : 'all'));
  const over = flagOverrides(flags);
  // The model's facts are asked for once git's first process of the gathering is done: the HTTP
  // client's first load and that round trip then overlap git's other processes, not delay them.
  const warm = () => warmUpFor(repo.config, options, over);
  // The message is asked for as soon as the change is gathered: what the prompt needs besides
  // the diff is asked for alongside it.
  const p = await prepareChange({ ...repo, git: afterFirst(repo.git, warm) }, scope, paths ?? cwd, options, over, { contextNow: true });
  return { p: { ...p, repo }, warnings: [...warnings, ...p.warnings] };
}

/** generate()'s first request to the server, made now, in the background (see warmUp). */
function warmUpFor(config: GitConfig, base: Options, over: RepoOverrides): void {
  const { options } = settingsFor(config, base, over);
  warmUp(options.host, options.model, options.timeout_ms);
}

/** The same runner, calling `then` once, when its first command has ended. */
function afterFirst(git: Git, then: () => void): Git {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    then();
  };
  return {
    cwd: git.cwd,
    run(args, opts) {
      const ran = git.run(args, opts);
      ran.then(once, once);
      return ran;
    },
  };
}

/**
 * Whether the index holds anything HEAD does not, as `git commit` with no arguments would
 * commit. `status --branch` always prints its header, which spares the wait simple-git adds
 * after a silent command; no optional locks, so the index is not rewritten by looking.
 */
async function somethingStaged(repo: Repository): Promise<boolean> {
  const out = await repo.git.run(['--no-optional-locks', 'status', '--porcelain=v2', '-z', '--branch', '--untracked-files=no', '--ignore-submodules=all']);
  return hasStagedEntry(out.stdout);
}

/** In `git status --porcelain=v2 -z`: an entry whose index side (X of XY) differs from HEAD, or a conflict. */
export function hasStagedEntry(porcelainV2: string): boolean {
  return porcelainV2.split('\0').some((rec) => /^[12] [^.]/.test(rec) || rec.startsWith('u '));
}
