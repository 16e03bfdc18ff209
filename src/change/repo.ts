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

/** An operation git is in the middle of, named as git names it; committing now would be wrong. */
export function operationInProgress(gitDirEntries: ReadonlySet<string>): string | undefined {
  if (gitDirEntries.has('rebase-merge') || gitDirEntries.has('rebase-apply')) return 'a rebase is in progress';
  if (gitDirEntries.has('MERGE_HEAD')) return 'a merge is in progress';
  if (gitDirEntries.has('CHERRY_PICK_HEAD')) return 'a cherry-pick is in progress';
  if (gitDirEntries.has('REVERT_HEAD')) return 'a revert is in progress';
  return undefined;
}
