/**
 * The `git-commit-push` command (bundled to bin/git-commit-push-main.js, which
 * bin/git-commit-push.js runs: src/cli/start.ts). Only the
 * argument parser is loaded at start; each mode is imported when it runs, so that
 * `--help` and a usage error cost Node's own start and little more.
 */
import { format } from 'node:util';
import { parseCommandLine, type Parsed } from './args.js';
import { hostProblem } from '../settings/options.js';
import { HELP } from './help.js';

declare const GIT_COMMIT_PUSH_VERSION: string | undefined;

/**
 * Node 18 calls its own fetch experimental, and says so on stderr at the first request of
 * every run: not the user's concern. Other warnings are printed as Node prints them.
 */
function quietExperimentalWarnings(): void {
  const print = process.listeners('warning')[0];
  if (!print) return;
  process.removeListener('warning', print);
  process.on('warning', (w) => {
    if (w.name !== 'ExperimentalWarning') print(w);
  });
}

/**
 * What a library prints (console.*) is not the user's concern and never the message: stdout
 * belongs to the message in `message` mode. Shown, prefixed, on stderr with GIT_COMMIT_PUSH_DEBUG.
 */
function quietConsole(): void {
  const debug = Boolean(process.env.GIT_COMMIT_PUSH_DEBUG);
  const aside = (...args: unknown[]): void => {
    if (debug) process.stderr.write(`git-commit-push: debug: ${format(...args)}\n`);
  };
  console.log = console.info = console.warn = console.error = console.debug = aside;
}

async function main(argv: readonly string[]): Promise<number> {
  quietExperimentalWarnings();
  quietConsole();
  const cmd = envHostChecked(parseCommandLine(argv));
  switch (cmd.kind) {
    case 'usage':
      process.stderr.write(`git-commit-push: ${cmd.error}\n(git-commit-push --help lists the options)\n`);
      return 2;
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case 'version':
      process.stdout.write(`git-commit-push ${typeof GIT_COMMIT_PUSH_VERSION === 'string' ? GIT_COMMIT_PUSH_VERSION : '(from source)'}\n`);
      return 0;
    case 'commit': {
      // git's first processes start before the commit's modules load, and run while they do.
      const opened = (await import('./locate.js')).openTarget(cmd.target);
      opened.catch(() => undefined);
      return (await import('./commit.js')).runCommit(cmd, opened);
    }
    case 'message':
      return (await import('./message.js')).runMessage(cmd);
    case 'hook':
      return (await import('./hook.js')).runHookCommand(cmd.action);
    case 'hook-run':
      return (await import('./hook.js')).runHook(cmd.file, cmd.source);
  }
}

/**
 * OLLAMA_HOST as --host is checked: a value the ollama CLI would not take stops a run
 * before any request is sent. The hook says so itself (it never stops a commit).
 */
function envHostChecked(cmd: Parsed): Parsed {
  if (cmd.kind !== 'commit' && cmd.kind !== 'message') return cmd;
  const env = process.env.OLLAMA_HOST;
  if (cmd.flags.host !== undefined || env === undefined || env === '') return cmd;
  const wrong = hostProblem(env);
  return wrong ? { kind: 'usage', error: `OLLAMA_HOST=${env}: ${wrong}` } : cmd;
}

/**
 * Leaves as soon as the run is done: simple-git keeps a 50 ms timer after each git process,
 * which would otherwise hold the last one's exit back. stdout and stderr are flushed first.
 */
function exit(code: number): void {
  process.stdout.write('', (err) => {
    // A message that could not be written is a failed run, whatever else went right.
    const failed = err ?? stdoutFailed;
    if (failed) process.stderr.write(`git-commit-push: error: could not write to stdout: ${failed.message}\n`);
    process.stderr.write('', () => process.exit(failed ? 1 : code));
  });
}

let stdoutFailed: Error | undefined;
process.stdout.on('error', (err) => {
  stdoutFailed ??= err;
});

main(process.argv.slice(2)).then(exit, async (err: unknown) => {
  (await import('./terminal.js')).printFailure(err);
  exit(1);
});
