/**
 * `git-commit-push hook install | uninstall`, and what the installed prepare-commit-msg
 * hook runs: a plain `git commit` opens the editor with a generated message in place.
 * The hook never stops a commit: every failure ends in a warning and exit 0, and git
 * goes on with the message file as it was, or with the default message.
 */
import { realpathSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { gitAt } from '../change/git.js';
import { PluginError } from '../words/errors.js';
import { hideUrlCredentials } from '../words/credentials.js';
import { hostProblem } from '../settings/options.js';
import { messageFromLines } from '../commit/message.js';
import type { Git } from '../change/runner.js';
import { ask, fallback } from './ask.js';
import { baseOptions } from './change.js';
import { Interrupts, say } from './terminal.js';
import { prepareChange } from '../commit/prepare.js';
import { promptContext } from '../change/context.js';
import { openRepository } from '../change/repository.js';

/** The line that marks a hook as this command's own: install replaces, uninstall removes only such a hook. */
const HOOK_MARKER = '# git-commit-push: prepare-commit-msg hook';

export async function runHookCommand(action: 'install' | 'uninstall'): Promise<number> {
  const repo = await openRepository(process.cwd(), gitAt);
  // Where git itself looks for it: core.hooksPath counts.
  const path = resolve(repo.root, (await repo.git.run(['rev-parse', '--git-path', 'hooks/prepare-commit-msg'])).stdout.trim());
  const existing = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  const foreign = existing !== undefined && !existing.includes(HOOK_MARKER);
  if (action === 'install') {
    if (foreign) {
      // husky generates .husky/_/<hook> and runs the user's .husky/<hook> from it: that is the file to edit.
      const husky = /^(.*\/)\.husky\/_\/prepare-commit-msg$/.exec(path);
      const mine = husky ? `${husky[1] ?? ''}.husky/prepare-commit-msg` : path;
      const what = husky ? `${path} is husky's` : `${path} is a hook git-commit-push did not write`;
      say(`${what}: left as it is. To have both, add this line to ${husky ? mine : 'it'}:\n  git-commit-push hook run "$@" || :`, 'error');
      return 1;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, hookScript(process.execPath, realpathSync(process.argv[1] ?? '')));
    await chmod(path, 0o755);
    say(`installed ${path}: a plain git commit here opens with a generated message`);
    return 0;
  }
  if (existing === undefined) {
    say(`no prepare-commit-msg hook at ${path}: nothing to remove`);
    return 0;
  }
  if (foreign) {
    say(`${path} is a hook git-commit-push did not write: left as it is`, 'error');
    return 1;
  }
  await rm(path, { force: true });
  say(`removed ${path}`);
  return 0;
}

/**
 * The hook: git-commit-push from PATH when there is one (an update moves a Nix store path,
 * not the name), else the Node and the bundle that installed it. Only for a commit whose
 * message git has not been given: no -m, -F, -c/-C/--amend, merge or squash.
 */
function hookScript(node: string, bundle: string): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `#!/bin/sh
${HOOK_MARKER}
# Written by \`git-commit-push hook install\`; \`git-commit-push hook uninstall\` removes it.
# A plain git commit opens with a message written by the model. It never stops a commit.
case "$2" in '' | template) ;; *) exit 0 ;; esac
if command -v git-commit-push >/dev/null 2>&1; then
  git-commit-push hook run "$@" || :
elif [ -x ${q(node)} ] && [ -f ${q(bundle)} ]; then
  ${q(node)} ${q(bundle)} hook run "$@" || :
fi
exit 0
`;
}

/** What the hook runs: the message file filled in, or left alone; exit 0 whatever happens. */
export async function runHook(file: string, source: string): Promise<number> {
  if (source !== '' && source !== 'template') return 0;
  const interrupts = new Interrupts();
  try {
    await fill(resolve(process.cwd(), file), interrupts);
  } catch (err) {
    // Nothing staged (git commit --allow-empty) needs no word; anything else is said, and git goes on.
    if (!(err instanceof PluginError && err.level === 'info')) {
      const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
      say(`${why}: the commit goes on without a generated message`, 'warn');
    }
  } finally {
    interrupts.dispose();
  }
  return 0;
}

async function fill(path: string, interrupts: Interrupts): Promise<void> {
  const existing = await readFile(path, 'utf8');
  const cwd = process.cwd();
  // A template with words of its own is the user's message to start from. Under git's cut
  // line (commit -v, commit.verbose) is the diff git shows, never the user's words.
  if (messageFromLines(aboveCutLine(existing)) !== '') return;
  // The index git is committing: a private one for `git commit -a` or `git commit <paths>`.
  const indexFile = process.env.GIT_INDEX_FILE ? resolve(cwd, process.env.GIT_INDEX_FILE) : undefined;
  const repo = await openRepository(cwd, (dir) => (indexFile ? onIndex(gitAt(dir), indexFile) : gitAt(dir)));
  const envHost = process.env.OLLAMA_HOST;
  const wrongHost = envHost ? hostProblem(envHost) : undefined;
  // Nothing is sent to a host that is not one; git goes on with its own message file.
  if (wrongHost) throw new PluginError(`OLLAMA_HOST=${envHost ?? ''}: ${wrongHost}`, 'error');
  const { options, warnings } = baseOptions({}, process.env);
  const p = await prepareChange(repo, 'staged', cwd, options);
  for (const w of new Set([...warnings, ...p.warnings])) say(w, 'warn');
  const abort = new AbortController();
  interrupts.during(() => abort.abort('interrupted'));
  say(`asking ${p.options.model} at ${p.options.host}...`);
  const asked = await ask(p, await promptContext(p), abort.signal);
  if (!asked.ok && asked.cancelled) return;
  const message = asked.ok ? asked.message : fallback(p.diff, asked.reason);
  const commentChar = repo.config.get('core.commentchar') ?? '#';
  // After a blank line: --cleanup=whitespace or verbatim keeps comment lines, and a note right
  // under the subject would become part of it.
  const note = !asked.ok && commentChar === '#' ? `\n# git-commit-push: ${asked.reason}: the line above is the default message.\n` : '';
  // A reason names the Ollama address, which may carry a password: git may commit and push the file's lines.
  await writeFile(path, `${hideUrlCredentials(`${message}\n${note}`)}${existing.startsWith('\n') ? '' : '\n'}${existing}`);
}

/** The lines of the message file above git's scissors line, where the user's words would be. */
function aboveCutLine(text: string): string[] {
  const lines = text.split('\n');
  const cut = lines.findIndex((l) => / -{24} >8 -{24}$/.test(l));
  return cut < 0 ? lines : lines.slice(0, cut);
}

/** git's runner, reading the index git gave the hook unless a step names its own. */
function onIndex(git: Git, indexFile: string): Git {
  return { cwd: git.cwd, run: (args, opts = {}) => git.run(args, { indexFile, ...opts }) };
}
