/**
 * Entry of the `git-commit-push` command (bundled to bin/git-commit-push.js). Only the
 * argument parser is loaded at start; each mode is imported when it runs, so that
 * `--help` and a usage error cost Node's own start and little more.
 */
import { parseCommandLine } from './args.js';
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

async function main(argv: readonly string[]): Promise<number> {
  quietExperimentalWarnings();
  const cmd = parseCommandLine(argv);
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
    case 'commit':
      return (await import('./commit.js')).runCommit(cmd);
    case 'message':
      return (await import('./message.js')).runMessage(cmd);
    case 'hook':
      return (await import('./hook.js')).runHookCommand(cmd.action);
    case 'hook-run':
      return (await import('./hook.js')).runHook(cmd.file, cmd.source);
  }
}

/**
 * Leaves as soon as the run is done: simple-git keeps a 50 ms timer after each git process,
 * which would otherwise hold the last one's exit back. stdout and stderr are flushed first.
 */
function exit(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2)).then(exit, async (err: unknown) => {
  (await import('./terminal.js')).printFailure(err);
  exit(1);
});
