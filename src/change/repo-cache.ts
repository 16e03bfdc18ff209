/**
 * Where a repository is and what its config says change rarely, but asking git costs
 * two processes: most of the time between `\g` and the review buffer. As gitsigns keeps
 * one repository object per root, this keeps the answers per folder, and asks git again
 * as soon as any file they depend on changed: a new `.git` between the folder and the
 * root, HEAD (the branch, `includeIf "onbranch:"`; the ref tables of a reftable
 * repository), or any config file git read or could read (the repository's, the
 * worktree's, the user's, the system's, and every include).
 */
import { stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ConfigWithOrigins } from './repo.js';
import type { Git } from './runner.js';
import { describeRepository, locateRepository, type Location, type Repository } from './repository.js';

interface Entry {
  repo: Repository;
  watched: string[];
  fingerprint: string;
}

/** Enough for every folder one editor session commits from; the oldest is dropped first. */
const MAX_ENTRIES = 64;
/** File times can be coarser than the clock: a change this close to the question is not trusted. */
const RACY_MS = 2000;

export class RepositoryCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly gitAt: (cwd: string) => Git,
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly racyMs = RACY_MS,
  ) {}

  /** The repository that `dir` is in, as openRepository would find it now. */
  async open(dir: string): Promise<Repository> {
    // Kept by the real folder: a symlinked folder pointed elsewhere is another question.
    const real = realFolder(dir);
    const hit = real === undefined ? undefined : this.entries.get(real);
    if (hit && (await fingerprint(hit.watched)).id === hit.fingerprint) return hit.repo;
    if (real !== undefined) this.entries.delete(real);
    const asked = Date.now();

    const loc = await locateRepository(dir, this.gitAt);
    const { repo, config } = await describeRepository(loc);
    const between = real === undefined ? undefined : foldersBetween(real, loc.root);
    // A folder git's answer cannot be checked for (outside the root, once symlinks are
    // resolved) is asked about every time.
    if (real === undefined || between === undefined) return repo;
    const watched = watchList(loc, config, between, this.env);
    const now = await fingerprint(watched);
    // A file changed while git read it may look the same afterwards; as git does with its
    // index ("racy git"), trust only files that were older than the question.
    if (now.newestMs >= asked - this.racyMs) return repo;
    this.entries.set(real, { repo, watched, fingerprint: now.id });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value ?? '');
    return repo;
  }
}

function realFolder(dir: string): string | undefined {
  try {
    return realpathSync(dir);
  } catch {
    return undefined;
  }
}

/** The folders from `real` up to `root`, root excluded; undefined when `real` is not under `root`. */
function foldersBetween(real: string, root: string): string[] | undefined {
  const rel = relative(root, real);
  if (rel === '') return [];
  if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return undefined;
  const out: string[] = [];
  for (let d = real; d !== root && d !== dirname(d); d = dirname(d)) out.push(d);
  return out;
}

/** Every file whose change could change git's answer. */
function watchList(loc: Location, config: ConfigWithOrigins, between: string[], env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME ?? '';
  const files = new Set<string>();
  // Discovery: a new repository in a folder in between would take over.
  for (const d of between) files.add(join(d, '.git'));
  files.add(join(loc.root, '.git'));
  files.add(join(loc.gitDir, 'HEAD'));
  // In a reftable repository HEAD lives here, not in the HEAD file.
  files.add(join(loc.commonDir, 'reftable', 'tables.list'));
  // The config files git reads, whether or not they exist yet (git config --help, FILES).
  files.add(join(loc.commonDir, 'config'));
  files.add(join(loc.gitDir, 'config.worktree'));
  if (env.GIT_CONFIG_GLOBAL) files.add(env.GIT_CONFIG_GLOBAL);
  else {
    files.add(join(home, '.gitconfig'));
    files.add(join(env.XDG_CONFIG_HOME || join(home, '.config'), 'git', 'config'));
  }
  if (!env.GIT_CONFIG_NOSYSTEM) files.add(env.GIT_CONFIG_SYSTEM || '/etc/gitconfig');
  for (const f of config.files) files.add(resolve(loc.root, f));
  for (const inc of config.includes) {
    const path = inc.path.startsWith('~/') ? join(home, inc.path.slice(2)) : inc.path;
    files.add(isAbsolute(path) ? path : resolve(dirname(resolve(loc.root, inc.from)), path));
  }
  return [...files];
}

/**
 * Identity, size and change times of each file ("-" when missing). A folder is known by
 * its identity only: .git's own times change with every index write.
 */
async function fingerprint(paths: string[]): Promise<{ id: string; newestMs: number }> {
  let newestMs = 0;
  const parts = await Promise.all(
    paths.map((p) =>
      stat(p, { bigint: true }).then(
        (s) => {
          if (s.isDirectory()) return `d${s.dev}:${s.ino}`;
          newestMs = Math.max(newestMs, Number(s.mtimeNs / 1_000_000n), Number(s.ctimeNs / 1_000_000n));
          return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
        },
        () => '-',
      ),
    ),
  );
  return { id: parts.join('|'), newestMs };
}
