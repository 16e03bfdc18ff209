/**
 * `git-commit-push message`: the old `ai-commit --format plain --prompt ...` contract. A
 * unified diff on stdin (or the change a commit would take, on a terminal) in, the message
 * alone on stdout. Whatever goes wrong with the model, stdout gets a true message (the
 * default one) or, with --strict, nothing: never an error text.
 */
import { gitAt } from '../change/git.js';
import { parseDiff, type DiffFile } from '../change/diff.js';
import { parseConfigList, type GitConfig } from '../change/repo.js';
import type { CliCommand } from './args.js';
import { ask, fallback } from './ask.js';
import { baseOptions, flagOverrides, prepareTarget } from './change.js';
import { Interrupts, say } from './terminal.js';
import { promptContext, type Subjects } from '../change/context.js';
import { settingsFor, type Settings } from '../settings/repo-settings.js';
import { openRepository } from '../change/repository.js';

type MessageCommand = Extract<CliCommand, { kind: 'message' }>;

interface Job extends Settings {
  diff: DiffFile[];
  context: { subjects: Subjects; generated: Set<string> };
}

export async function runMessage(cmd: MessageCommand): Promise<number> {
  // A target named on the command line is the repository's change, whatever stdin is (an
  // editor's pipe, say); otherwise a diff comes on stdin unless it is the terminal.
  const fromStdin = cmd.target.paths === undefined && cmd.target.scope === undefined && !process.stdin.isTTY;
  const job = fromStdin ? await stdinJob(cmd) : await repositoryJob(cmd);
  if (job === undefined) return 1;
  for (const w of new Set(job.warnings)) say(w, 'warn');

  const interrupts = new Interrupts();
  const abort = new AbortController();
  interrupts.during(() => abort.abort('interrupted'));
  // On a terminal, a line says what is being waited for; it is gone before anything else is said.
  // A dumb terminal (an editor's shell buffer, say) cannot take a line back: the line stays, whole.
  const dumb = !process.env.TERM || process.env.TERM === 'dumb';
  const showing = process.stderr.isTTY === true;
  if (showing) process.stderr.write(`git-commit-push: asking ${job.options.model}...${dumb ? '\n' : ''}`);
  const erase = (): void => {
    if (showing && !dumb) process.stderr.write('\r\x1b[K');
  };
  try {
    const asked = await ask(job, job.context, abort.signal);
    erase();
    if (asked.ok) {
      process.stdout.write(`${asked.message}\n`);
      return 0;
    }
    if (asked.cancelled) return 1;
    if (cmd.strict) {
      say(`${asked.reason}: no message (--strict)`, 'error');
      return 1;
    }
    process.stdout.write(`${fallback(job.diff, asked.reason)}\n`);
    return 0;
  } catch (err) {
    erase();
    throw err;
  } finally {
    interrupts.dispose();
  }
}

async function stdinJob(cmd: MessageCommand): Promise<Job | undefined> {
  const cwd = process.cwd();
  // The repository is looked up while the diff is still coming down the pipe.
  const repo = openRepository(cwd, gitAt).catch(() => undefined);
  const diff = parseDiff(await readStdin());
  if (diff.length === 0) {
    say('nothing to describe: stdin holds no diff (git diff | git-commit-push message)', 'error');
    return undefined;
  }
  const found = await repo;
  const config = found?.config ?? (await userConfig(cwd));
  const { options, warnings } = baseOptions(cmd.flags, process.env);
  const settings = settingsFor(config, options, flagOverrides(cmd.flags));
  const context = found ? await promptContext({ repo: found, file: undefined, diff }) : { subjects: { subjects: [] }, generated: new Set<string>() };
  return { ...settings, warnings: [...warnings, ...settings.warnings], diff, context };
}

async function repositoryJob(cmd: MessageCommand): Promise<Job> {
  const { p, warnings } = await prepareTarget(cmd.target, cmd.flags);
  return { options: p.options, system: p.system, warnings, diff: p.diff, context: await promptContext(p) };
}

/** Outside a repository: git config --global and --system, as git itself reads them there. */
async function userConfig(cwd: string): Promise<GitConfig> {
  try {
    return parseConfigList((await gitAt(cwd).run(['config', '--list', '-z'])).stdout);
  } catch {
    return new Map();
  }
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}
