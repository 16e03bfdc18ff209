/**
 * The one place that runs git: simple-git with argument arrays, never a shell.
 * Every non-zero exit is an error carrying git's own words, even when git wrote
 * them to stdout (`git commit` does, for "nothing to commit").
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { simpleGit, type SimpleGitOptions } from 'simple-git';
import { GitError } from '../words/errors.js';

import type { Git } from './runner.js';

export type { Git } from './runner.js';

/** Inherited variables that would point git at another repository than the file's own. */
const REPO_VARS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY'];

function gitEnv(indexFile: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const v of REPO_VARS) delete env[v];
  // No prompt can be answered from inside the editor: fail fast instead of hanging a push.
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_PAGER = 'cat';
  // git's messages in English, which the core recognises ("not a git repository"); the
  // character set stays the user's, so hooks and file names see what they always see.
  if (env.LC_ALL) {
    env.LC_CTYPE = env.LC_ALL;
    delete env.LC_ALL;
  }
  delete env.LANGUAGE;
  env.LC_MESSAGES = 'C';
  if (indexFile) env.GIT_INDEX_FILE = indexFile;
  return env;
}

const USER_ENVIRONMENT: SimpleGitOptions['unsafe'] = {
  allowUnsafeEditor: true,
  allowUnsafePager: true,
  allowUnsafeAskPass: true,
  allowUnsafeConfigPaths: true,
  allowUnsafeConfigEnvCount: true,
  allowUnsafeCredentialHelper: true,
  allowUnsafeSshCommand: true,
  allowUnsafeGitProxy: true,
  allowUnsafeHooksPath: true,
  allowUnsafeTemplateDir: true,
  allowUnsafeGpgProgram: true,
  allowUnsafeDiffExternal: true,
  allowUnsafeDiffTextConv: true,
  allowUnsafeFilter: true,
  allowUnsafeFsMonitor: true,
};

/**
 * util-linux's setsid, which runs git in a new session with no controlling terminal; where
 * there is none (macOS), git runs as it is, and BatchMode and GIT_TERMINAL_PROMPT still keep
 * ssh and git itself from asking.
 */
let setsidPath: string | null | undefined;
function setsid(): string | null {
  if (setsidPath !== undefined) return setsidPath;
  setsidPath = null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, 'setsid'), constants.X_OK);
      setsidPath = join(dir, 'setsid');
      break;
    } catch {
      // not here
    }
  }
  return setsidPath;
}

export function gitAt(cwd: string): Git {
  return {
    cwd,
    async run(args, opts = {}) {
      let stderr = '';
      const options: Partial<SimpleGitOptions> = {
        baseDir: cwd,
        trimmed: false,
        maxConcurrentProcesses: 8,
        // Names come back as UTF-8, not C-quoted octal escapes.
        config: ['core.quotepath=false', 'color.ui=false', ...(opts.config ?? [])],
        // The arguments are this plugin's own; the environment is the user's, inherited from
        // Neovim (EDITOR, GIT_SSH_COMMAND, SSH_ASKPASS, GIT_CONFIG_*...). git must see what the
        // user's own git sees, so simple-git's guards against untrusted input are lifted for it.
        unsafe: USER_ENVIRONMENT,
        ...(opts.signal ? { abort: opts.signal } : {}),
        ...(opts.detach && setsid() ? { binary: [setsid() as string, 'git'] as [string, string] } : {}),
        errors: (error, result) => {
          if (result.exitCode === 0) return error;
          return Buffer.concat([...result.stdErr, ...result.stdOut]);
        },
      };
      try {
        const git = simpleGit(options)
          .env({ ...gitEnv(opts.indexFile), ...opts.env })
          .outputHandler((_cmd, out, err) => {
            err.on('data', (chunk: Buffer | string) => {
              stderr += chunk.toString();
            });
            // simple-git waits a fixed 50 ms after a git command that printed nothing
            // (`ls-files --unmerged` of a clean repository, `merge-base --is-ancestor`),
            // unless its stdout ever emitted data. An empty chunk, once its own listener is on
            // (it attaches right after this handler), spares that wait; it still waits for
            // git's streams to close, so no output is lost.
            queueMicrotask(() => out.emit('data', Buffer.alloc(0)));
          });
        const stdout = await git.raw([...args]);
        return { stdout, stderr };
      } catch (err) {
        const words = err instanceof Error ? err.message.trim() : String(err);
        throw new GitError(`git ${args[0] ?? ''} failed: ${words}`, words, { cause: err });
      }
    },
  };
}
