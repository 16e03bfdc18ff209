/**
 * The `git-commit-push` command's entry (bundled alone to bin/git-commit-push.js): it runs
 * the command itself (bin/git-commit-push-main.js, src/cli/main.ts) from V8's code cache.
 *
 * Without it Node compiles the 13,000-line bundle at every start, and each function again
 * at its first call: about 30 ms of CPU a run, most of it before the first git process,
 * against a target of 100 ms for everything the command adds to git and Node (issue 22.9).
 * The cache is V8's own data, which V8 checks against the source and its own version and
 * flags: one that does not match is rejected, and written again at exit. It lives in
 * $XDG_CACHE_HOME/git-commit-push (one file per mode, since each compiles other functions;
 * written by the first run of that mode that succeeds), holds no user data, and is off
 * with NODE_DISABLE_COMPILE_CACHE=1, Node's own switch for its compile cache. Anything
 * that goes wrong with it falls back to a plain require: the cache can make a run faster,
 * never make it fail.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const MAIN = join(__dirname, 'git-commit-push-main.js');

function cacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'git-commit-push');
}

function modeOf(argv: readonly string[]): string {
  return argv[0] === 'hook' || argv[0] === 'message' ? argv[0] : 'commit';
}

/** Help and the version compile next to nothing: a cache made by them would serve a commit poorly. */
function cached(argv: readonly string[]): boolean {
  return !argv.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-V' || a === 'help');
}

/** One file per mode, Node and bundle: an upgrade of either starts a new one. */
function cacheName(mode: string, source: string): string {
  return `code-${mode}-${process.version}-${process.arch}-${source.length}.bin`;
}

/** Written whole (a temporary file renamed), and the mode's older files removed. */
function save(dir: string, name: string, mode: string, script: Script): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = join(dir, `${name}.${process.pid}.tmp`);
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, join(dir, name));
    for (const old of readdirSync(dir)) {
      if (old !== name && old.startsWith(`code-${mode}-`) && old.endsWith('.bin')) rmSync(join(dir, old), { force: true });
    }
  } catch {
    // A read-only or full disk: the next run compiles again, as without a cache.
  }
}

function start(): void {
  if (process.env.NODE_DISABLE_COMPILE_CACHE || !cached(process.argv.slice(2))) {
    require(MAIN);
    return;
  }
  let script: Script;
  let name: string;
  const dir = cacheDir();
  const mode = modeOf(process.argv.slice(2));
  try {
    const source = readFileSync(MAIN, 'utf8');
    name = cacheName(mode, source);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(join(dir, name));
    } catch {
      // None yet.
    }
    // The wrapper Node puts around a CommonJS module, on the source's first line so that
    // stack traces keep their line numbers.
    // No import() loader is given: functions that come from the cache would lose it (Node 20),
    // so the bundle has no dynamic import of its own (scripts/build.mjs checks).
    script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
      filename: MAIN,
      ...(cachedData ? { cachedData } : {}),
    });
    // Made at the end of a run that did its work (exit 0), so that it holds the functions a
    // whole run compiles, not those of a usage error.
    if (cachedData === undefined || script.cachedDataRejected) {
      process.once('exit', (code) => {
        if (code === 0) save(dir, name, mode, script);
      });
    }
  } catch {
    require(MAIN);
    return;
  }
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(MAIN), module, MAIN, dirname(MAIN));
}

start();
