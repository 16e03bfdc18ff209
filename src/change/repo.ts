/**
 * Facts about a repository, read from git's own files and config. Pure: the
 * git adapter feeds it `git config --list -z` output and the HEAD file.
 */
export type GitConfig = ReadonlyMap<string, string>;

/** `git config --list -z`: records "key\nvalue\0". Later entries win, as in git. */
export function parseConfigList(z: string): GitConfig {
  const map = new Map<string, string>();
  for (const rec of z.split('\0')) {
    if (rec === '') continue;
    const nl = rec.indexOf('\n');
    const key = nl < 0 ? rec : rec.slice(0, nl);
    map.set(normalizeKey(key), nl < 0 ? 'true' : rec.slice(nl + 1));
  }
  return map;
}

/** `git config --list --show-origin -z`: the config, and where each value came from. */
export interface ConfigWithOrigins {
  config: GitConfig;
  /** The files any value was read from, as git names them ("file:" origins), in order. */
  files: string[];
  /** `include.path` and `includeIf.<condition>.path` values, with the file that named them. */
  includes: { path: string; from: string }[];
}

/** Records "origin\0key\nvalue\0": "file:<path>" for a file, "command line:" for -c. */
export function parseConfigWithOrigins(z: string): ConfigWithOrigins {
  const parts = z.split('\0');
  const files: string[] = [];
  const includes: { path: string; from: string }[] = [];
  const records: string[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const origin = parts[i] ?? '';
    const rec = parts[i + 1] ?? '';
    records.push(rec);
    const file = origin.startsWith('file:') ? origin.slice('file:'.length) : undefined;
    if (file !== undefined && !files.includes(file)) files.push(file);
    const nl = rec.indexOf('\n');
    const key = normalizeKey(nl < 0 ? rec : rec.slice(0, nl));
    if (file !== undefined && nl >= 0 && (key === 'include.path' || /^includeif\..*\.path$/.test(key))) {
      includes.push({ path: rec.slice(nl + 1), from: file });
    }
  }
  return { config: parseConfigList(records.join('\0')), files, includes };
}

/** Section and name are case-insensitive in git; a subsection (branch or remote name) is not. */
function normalizeKey(key: string): string {
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  if (first < 0) return key.toLowerCase();
  if (first === last) return key.toLowerCase();
  return key.slice(0, first).toLowerCase() + key.slice(first, last) + key.slice(last).toLowerCase();
}

/** The branch HEAD points at, or null when detached. HEAD file content: "ref: refs/heads/x". */
export function branchFromHead(headFile: string): string | null {
  const m = /^ref:\s*refs\/heads\/(.+?)\s*$/m.exec(headFile);
  return m?.[1] ?? null;
}

export type PushPlan =
  | { kind: 'upstream'; remote: string; ref: string; describe: string }
  | { kind: 'set-upstream'; remote: string; branch: string; describe: string }
  | { kind: 'none'; why: 'detached' | 'no-remote' | 'no-upstream' | 'upstream-name'; describe: string };

export function remotesOf(config: GitConfig): string[] {
  const names = new Set<string>();
  for (const key of config.keys()) {
    const m = /^remote\.(.+)\.url$/.exec(key);
    if (m?.[1]) names.add(m[1]);
  }
  return [...names];
}

function urlOf(config: GitConfig, remote: string): string {
  return remote === '.' ? 'this repository' : (config.get(`remote.${remote}.url`) ?? remote);
}

/**
 * Where a commit on `branch` goes, as `git push` would send it: to the branch's push
 * remote (branch.<name>.pushRemote, remote.pushDefault) or its upstream. An upstream of
 * another name is pushed to only with push.default=upstream; git's default (simple)
 * refuses that, and so does this. With no upstream: `origin` or the only remote, setting
 * the upstream as `git push -u` does; with several remotes and none named origin, git
 * itself would not guess either.
 */
export function planPush(branch: string | null, config: GitConfig): PushPlan {
  if (branch === null) return { kind: 'none', why: 'detached', describe: 'nowhere (detached HEAD: commit only)' };
  const upstreamRemote = config.get(`branch.${branch}.remote`);
  const merge = config.get(`branch.${branch}.merge`);
  const pushRemote = config.get(`branch.${branch}.pushremote`) ?? config.get('remote.pushdefault');
  if (upstreamRemote && merge) {
    const remote = pushRemote ?? upstreamRemote;
    const upstreamName = merge.replace(/^refs\/heads\//, '');
    const pushDefault = config.get('push.default') ?? 'simple';
    // To another remote than the one pulled from, or with push.default=current, git pushes
    // the branch under its own name; to the upstream's remote, under the upstream's.
    const ownName = remote !== upstreamRemote || pushDefault === 'current' || pushDefault === 'matching';
    const ref = ownName ? `refs/heads/${branch}` : merge;
    if (!ownName && upstreamName !== branch && pushDefault !== 'upstream' && pushDefault !== 'tracking') {
      return {
        kind: 'none',
        why: 'upstream-name',
        describe: `nowhere (the upstream ${upstreamRemote}/${upstreamName} has another name than ${branch}: git push refuses that too; commit only)`,
      };
    }
    return { kind: 'upstream', remote, ref, describe: `${remote}/${ref.replace(/^refs\/heads\//, '')} (${urlOf(config, remote)})` };
  }
  const remotes = remotesOf(config);
  if (remotes.length === 0) return { kind: 'none', why: 'no-remote', describe: 'nowhere (no remote: commit only)' };
  const chosen = pushRemote && remotes.includes(pushRemote) ? pushRemote : remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0] : undefined;
  if (!chosen) {
    return {
      kind: 'none',
      why: 'no-upstream',
      describe: `nowhere (no upstream, and several remotes: set one with git push -u <remote> ${branch})`,
    };
  }
  return {
    kind: 'set-upstream',
    remote: chosen,
    branch,
    describe: `${chosen}/${branch} (${urlOf(config, chosen)}), new upstream`,
  };
}

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

/** An operation git is in the middle of, named as git names it; committing now would be wrong. */
export function operationInProgress(gitDirEntries: ReadonlySet<string>): string | undefined {
  if (gitDirEntries.has('rebase-merge') || gitDirEntries.has('rebase-apply')) return 'a rebase is in progress';
  if (gitDirEntries.has('MERGE_HEAD')) return 'a merge is in progress';
  if (gitDirEntries.has('CHERRY_PICK_HEAD')) return 'a cherry-pick is in progress';
  if (gitDirEntries.has('REVERT_HEAD')) return 'a revert is in progress';
  return undefined;
}
