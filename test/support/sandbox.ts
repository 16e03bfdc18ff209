/**
 * A private HOME and XDG folders for each test, with a git identity, so that
 * nothing of the machine's own configuration leaks in or is touched.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Sandbox {
  dir: string;
  home: string;
  env: NodeJS.ProcessEnv;
  /** Runs git with the sandbox's environment; returns stdout. Throws on a non-zero exit. */
  git(cwd: string, ...args: string[]): string;
  remove(): void;
}

export function makeSandbox(prefix = 'gcp-'): Sandbox {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  const home = join(dir, 'home');
  for (const d of ['home', 'xdg/config', 'xdg/data', 'xdg/state', 'xdg/cache']) mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(
    join(home, '.gitconfig'),
    '[user]\n\tname = Test User\n\temail = test@example.invalid\n[init]\n\tdefaultBranch = master\n[advice]\n\tdetachedHead = false\n',
  );
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('GIT_') && !k.startsWith('NVIM') && k !== 'VIMINIT' && k !== 'MYVIMRC' && k !== 'OLLAMA_HOST') env[k] = v;
  }
  Object.assign(env, {
    HOME: home,
    XDG_CONFIG_HOME: join(dir, 'xdg/config'),
    XDG_DATA_HOME: join(dir, 'xdg/data'),
    XDG_STATE_HOME: join(dir, 'xdg/state'),
    XDG_CACHE_HOME: join(dir, 'xdg/cache'),
    GIT_CONFIG_NOSYSTEM: '1',
    LC_ALL: 'C.UTF-8',
  });
  return {
    dir,
    home,
    env,
    git(cwd, ...args) {
      return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Makes the sandbox's environment the process's own, for code that runs git with
 * process.env as the node host does; returns what puts the old one back.
 */
export function enterSandbox(sb: Sandbox): () => void {
  const saved = { ...process.env };
  const replace = (env: NodeJS.ProcessEnv): void => {
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, env);
  };
  replace(sb.env);
  return () => replace(saved);
}

export interface Repo {
  work: string;
  bare: string;
}

/**
 * A work tree with one commit, and a bare repository next to it as its remote,
 * given as a filesystem path: the journal-on-another-disk case.
 * `upstream: false` leaves the remote without an upstream branch set.
 */
export function makeRepo(sb: Sandbox, opts: { remote?: boolean; upstream?: boolean; name?: string } = {}): Repo {
  const work = join(sb.dir, opts.name ?? 'work');
  const bare = join(sb.dir, (opts.name ?? 'work') + '-remote.git');
  mkdirSync(work, { recursive: true });
  sb.git(work, 'init', '-q');
  writeFileSync(join(work, 'journal.txt'), 'Day one.\n');
  sb.git(work, 'add', '--', 'journal.txt');
  sb.git(work, 'commit', '-q', '-m', 'Start the journal');
  if (opts.remote !== false) {
    sb.git(sb.dir, 'init', '-q', '--bare', bare);
    sb.git(work, 'remote', 'add', 'origin', bare);
    if (opts.upstream !== false) sb.git(work, 'push', '-q', '-u', 'origin', 'master');
  }
  return { work, bare };
}
