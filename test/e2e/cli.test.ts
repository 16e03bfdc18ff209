/**
 * The `git-commit-push` command as a user runs it: the committed bundle (bin/), real git
 * with a bare remote, the fake Ollama over loopback, and a scripted editor (GIT_EDITOR
 * pointing at a shell script that edits, empties or refuses the file, as a person would).
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { editorScript, editorSaw, hook } from '../support/flow.js';
import { ROOT } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

const BIN = join(ROOT, 'bin/git-commit-push.js');
const ANSWER = ['Describe ', 'the first ', 'snow of the year'];
const MESSAGE = 'Describe the first snow of the year';

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;

beforeEach(async () => {
  sb = makeSandbox('gcp-cli-');
  repo = makeRepo(sb);
  fake = await startFakeOllama({ gemma3: { chunks: ANSWER } });
});

afterEach(async () => {
  await fake.close();
  sb.remove();
});

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command with the sandbox's environment and the fake model as OLLAMA_HOST; stdin is `input`, or nothing. */
function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? repo.work,
      env: { ...sb.env, OLLAMA_HOST: fake.url, GIT_EDITOR: editor('keep', 'true'), ...opts.env },
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<Ran> {
  return run(process.execPath, [BIN, ...args], opts);
}

function editor(name: string, body: string): string {
  return editorScript(sb.dir, name, body);
}

function seen(name: string): string {
  return editorSaw(sb.dir, name);
}

function remote(format = '%B'): string {
  return sb.git(repo.bare, 'log', '-1', `--format=${format}`, 'master').trim();
}

function head(format = '%B'): string {
  return sb.git(repo.work, 'log', '-1', `--format=${format}`).trim();
}

function write(name: string, text: string): void {
  writeFileSync(join(repo.work, name), text);
}

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('git-commit-push: the \\g flow in a terminal', () => {
  it('streams the message, opens the editor on it with the review comments, and commits and pushes what was saved', async () => {
    write('journal.txt', 'Day one.\nIt snowed today.\n');
    const ed = editor('edit', `sed -i '1s/$/ in the park/' "$1"`);
    const r = await cli(['journal.txt'], { env: { GIT_EDITOR: ed } });
    expect(r.stderr).toContain(MESSAGE);
    expect(r.code).toBe(0);
    // What the editor was given: the message on top, the comment lines of the review buffer under it.
    const shown = seen('edit');
    expect(shown.split('\n')[0]).toBe(MESSAGE);
    expect(shown).toContain(`# Repository: ${repo.work}`);
    expect(shown).toContain('#   journal.txt');
    expect(shown).toMatch(/# Push: origin\/master/);
    expect(shown).toContain('# Status: written by gemma3');
    expect(shown).not.toContain(':w');
    expect(remote()).toBe(`${MESSAGE} in the park`);
    expect(remote('%H')).toBe(head('%H'));
    expect(r.stderr).toMatch(/committed [0-9a-f]{7,} "Describe the first snow of the year in the park" and pushed to origin\/master/);
    // stdout is not a terminal here: nothing of the run goes there.
    expect(r.stdout).toBe('');
  });

  it('opens the editor on a file named COMMIT_EDITMSG: real Neovim takes it for a commit message (filetype gitcommit, textwidth 72)', async () => {
    write('journal.txt', 'Day one.\nIt snowed today.\n');
    const out = join(sb.dir, 'editors', 'nvim.out');
    const ed = editor('nvim', `nvim --clean --headless -c 'call writefile([&filetype, &textwidth, expand("%:t")], "${out}")' -c 'wq' "$1"`);
    const r = await cli(['journal.txt'], { env: { GIT_EDITOR: ed } });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').slice(0, 3)).toEqual(['gitcommit', '72', 'COMMIT_EDITMSG']);
    expect(remote()).toBe(MESSAGE);
    // Nothing left behind: the editor's folder goes with the run.
    const state = join(repo.work, '.git/git-commit-push');
    expect(existsSync(state) ? readdirSync(state) : []).toEqual([]);
  });

  it('what was typed when the terminal went away with the editor open is offered by the next run', async () => {
    write('journal.txt', 'Day one.\nIt snowed today.\n');
    // The editor saves, then the terminal goes: the command (its grandparent) is killed.
    const gone = editor('gone', `printf 'Words typed before the terminal closed\\n' > "$1"; kill -9 "$(ps -o ppid= -p "$PPID" | tr -d ' ')"`);
    const killed = await cli(['journal.txt'], { env: { GIT_EDITOR: gone } });
    expect(killed.code).toBe(null);
    expect(head()).toBe('Start the journal');
    const again = await cli(['journal.txt'], { env: { GIT_EDITOR: editor('again', 'true') } });
    expect(again.code, again.stderr).toBe(0);
    expect(seen('again').split('\n')[0]).toBe('Words typed before the terminal closed');
    expect(remote()).toBe('Words typed before the terminal closed');
  });

  it('aborts on an emptied message or an editor that exits non-zero, with the index byte for byte as it was', async () => {
    write('journal.txt', 'Day one.\nStaged words.\n');
    sb.git(repo.work, 'add', 'journal.txt');
    write('journal.txt', 'Day one.\nStaged words.\nUnstaged words.\n');
    write('new.txt', 'An untracked file.\n');
    const index = readFileSync(join(repo.work, '.git/index'));
    const before = head('%H');

    const emptied = await cli(['--all'], { env: { GIT_EDITOR: editor('empty', ': > "$1"') } });
    expect(emptied.code).toBe(1);
    expect(emptied.stderr).toMatch(/empty commit message: nothing committed/);
    const quit = await cli(['--all'], { env: { GIT_EDITOR: editor('cq', 'exit 1') } });
    expect(quit.code).toBe(1);
    expect(quit.stderr).toMatch(/exited with 1: nothing committed/);

    expect(head('%H')).toBe(before);
    expect(readFileSync(join(repo.work, '.git/index')).equals(index)).toBe(true);
    // Neither left a draft, a private index or a message file behind.
    expect(readdirSync(join(repo.work, '.git')).filter((f) => f.startsWith('git-commit-push-index'))).toEqual([]);
    const state = join(repo.work, '.git/git-commit-push');
    expect(existsSync(state) ? readdirSync(state) : []).toEqual([]);
  });

  it('--yes --all on tracked files only (one git commit --all): a refused commit leaves the index byte for byte, an accepted one commits every change', async () => {
    write('gone.txt', 'To be deleted.\n');
    sb.git(repo.work, 'add', 'gone.txt');
    sb.git(repo.work, 'commit', '-q', '-m', 'Add gone.txt');
    // Part staged, part not, and a deletion: what `git add -A` would stage, and the index as the user left it.
    write('journal.txt', 'Day one.\nStaged words.\n');
    sb.git(repo.work, 'add', 'journal.txt');
    write('journal.txt', 'Day one.\nStaged words.\nUnstaged words.\n');
    rmSync(join(repo.work, 'gone.txt'));
    const index = readFileSync(join(repo.work, '.git/index'));
    const before = head('%H');

    hook(join(repo.work, '.git/hooks'), 'pre-commit', 'echo "lint failed" >&2; exit 1');
    const refused = await cli(['--yes', '--all']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('lint failed');
    expect(head('%H')).toBe(before);
    expect(readFileSync(join(repo.work, '.git/index')).equals(index)).toBe(true);

    rmSync(join(repo.work, '.git/hooks/pre-commit'));
    const made = await cli(['--yes', '--all']);
    expect(made.code, made.stderr).toBe(0);
    expect(sb.git(repo.work, 'show', '--name-status', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(['D\tgone.txt', 'M\tjournal.txt']);
    expect(sb.git(repo.work, 'show', 'HEAD:journal.txt')).toBe('Day one.\nStaged words.\nUnstaged words.\n');
    expect(sb.git(repo.work, 'status', '--porcelain')).toBe('');
    expect(remote('%s')).toBe(MESSAGE);
  });

  it('--staged commits what is staged and nothing else; with nothing named, staged is the default', async () => {
    write('journal.txt', 'Day one.\nStaged words.\n');
    write('other.txt', 'Not staged.\n');
    sb.git(repo.work, 'add', 'journal.txt');
    const r = await cli(['--staged', '--yes']);
    expect(r.code).toBe(0);
    expect(sb.git(repo.work, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('journal.txt');
    expect(sb.git(repo.work, 'status', '--porcelain').trim()).toBe('?? other.txt');
    expect(remote()).toBe(MESSAGE);

    write('journal.txt', 'Day one.\nStaged words.\nMore.\n');
    sb.git(repo.work, 'add', 'journal.txt');
    const d = await cli(['--yes']);
    expect(d.code).toBe(0);
    expect(sb.git(repo.work, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('journal.txt');
    expect(sb.git(repo.work, 'status', '--porcelain').trim()).toBe('?? other.txt');
  });

  it('several paths are one commit of exactly those files, tracked or new; other changes stay', async () => {
    write('journal.txt', 'Day one.\nDay two.\n');
    write('new.md', 'A new page.\n');
    write('other.txt', 'Not this one.\n');
    const r = await cli(['--yes', 'journal.txt', 'new.md']);
    expect(r.code).toBe(0);
    expect(sb.git(repo.work, 'show', '--name-status', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(['A\tnew.md', 'M\tjournal.txt']);
    expect(sb.git(repo.work, 'status', '--porcelain')).toBe('?? other.txt\n');
    expect(remote('%H')).toBe(head('%H'));
    const body = JSON.stringify(fake.chatRequests()[0]?.body);
    expect(body).toContain('+A new page.');
    expect(body).not.toContain('Not this one');
  });

  it('--yes never commits a kept message unseen, and keeps it for the next run', async () => {
    write('journal.txt', 'Day one.\nSnow.\n');
    const hooks = join(repo.work, '.git/hooks');
    hook(hooks, 'pre-commit', 'exit 1');
    const refused = await cli(['journal.txt'], { env: { GIT_EDITOR: editor('type', `printf 'Words I wrote before\\n' > "$1"`) } });
    expect(refused.code).toBe(1);
    hook(hooks, 'pre-commit', 'exit 0');
    const state = join(repo.work, '.git/git-commit-push');
    const kept = readdirSync(state).filter((f) => f.startsWith('kept-'));
    expect(kept).toHaveLength(1);
    const r = await cli(['--yes', 'journal.txt']);
    expect(r.code).toBe(0);
    expect(head('%s')).toBe(MESSAGE);
    expect(r.stderr).toMatch(/stays saved/);
    expect(readFileSync(join(state, kept[0] ?? ''), 'utf8')).toBe('Words I wrote before\n');
  });

  it('--yes --all commits new files too, without an editor, and leaves secret files out with a warning that says how to commit them', async () => {
    write('notes.txt', 'A new file.\n');
    // Lines that look harmless on their own: only the rule for the whole file keeps them out.
    write('.env', 'API_TOKEN=hunter2-very-secret\nDATABASE_HOST=db7.internal.example\nDATABASE_USER=journal_app\n');
    const r = await cli(['--yes', '--all'], { env: { GIT_EDITOR: editor('never', 'exit 1') } });
    expect(r.code).toBe(0);
    expect(existsSync(join(sb.dir, 'editors', 'never.seen'))).toBe(false);
    expect(sb.git(repo.work, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n')).toEqual(['notes.txt']);
    expect(sb.git(repo.work, 'status', '--porcelain').trim()).toBe('?? .env');
    expect(r.stderr).toContain('left out of the commit: .env (secret files): run without --yes to review and commit them');
    expect(remote()).toBe(MESSAGE);
    const sent = JSON.stringify(fake.chatRequests().map((q) => q.body));
    expect(sent).toContain('A new file.');
    expect(sent).not.toContain('hunter2');
    expect(sent).not.toContain('db7.internal.example');
    expect(sent).not.toContain('journal_app');
  });

  it('--yes --all and --staged tell the model the branch\'s recent subjects and leave generated files out, as \\g does', async () => {
    sb.git(repo.work, 'commit', '--allow-empty', '-q', '-m', 'Write about the harbour');
    sb.git(repo.work, 'commit', '--allow-empty', '-q', '-m', 'Note the spring tides');
    write('.gitattributes', 'tide-table.csv linguist-generated\n');
    write('tide-table.csv', 'TIDE_ROW_MARKER,1\n');
    write('notes.txt', 'A new file.\n');
    const r = await cli(['--yes', '--all']);
    expect(r.code, r.stderr).toBe(0);
    const user = JSON.stringify(fake.chatRequests()[0]?.body);
    expect(user).toContain('- Note the spring tides\\n- Write about the harbour');
    expect(user).toContain('A new file.');
    expect(user).not.toContain('TIDE_ROW_MARKER');
    expect(sb.git(repo.work, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(['.gitattributes', 'notes.txt', 'tide-table.csv']);

    write('notes.txt', 'A new file.\nA second line.\n');
    sb.git(repo.work, 'add', 'notes.txt');
    const staged = await cli(['--yes', '--staged']);
    expect(staged.code, staged.stderr).toBe(0);
    expect(JSON.stringify(fake.chatRequests()[1]?.body)).toContain(`- ${MESSAGE}\\n- Note the spring tides`);
  });

  it('--all with a review commits a secret file the review named, and its diff never reaches the model', async () => {
    write('notes.txt', 'A new file.\n');
    write('.env', 'API_TOKEN=hunter2-very-secret\n');
    const r = await cli(['--all']);
    expect(r.code).toBe(0);
    expect(sb.git(repo.work, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(['.env', 'notes.txt']);
    const sent = JSON.stringify(fake.chatRequests().map((q) => q.body));
    expect(sent).toContain('A new file.');
    expect(sent).not.toContain('hunter2');
  });

  it('what the editor showed is what gets committed: a branch switched while the editor is open commits nothing, and the message is kept', async () => {
    sb.git(repo.work, 'branch', 'feature');
    write('journal.txt', 'Day one.\nDay two.\n');
    // A shell switches the branch while the user writes: the editor does it, as a stand-in.
    const ed = editor('switch', `git -C '${repo.work}' switch -q feature && printf 'My own words\\n' > "$1"`);
    const head = sb.git(repo.work, 'rev-parse', 'HEAD').trim();
    const r = await cli(['journal.txt'], { env: { GIT_EDITOR: ed } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the branch is feature now, not master as reviewed: nothing committed; your message is kept');
    expect(sb.git(repo.work, 'rev-parse', 'HEAD').trim()).toBe(head);
    expect(remote('%s')).toBe('Start the journal');
    // The next run offers the kept words, for the change as it is now.
    const again = await cli(['journal.txt'], { env: { GIT_EDITOR: editor('again', 'true') } });
    expect(again.code).toBe(0);
    expect(seen('again').split('\n')[0]).toBe('My own words');
    expect(sb.git(repo.work, 'log', '-1', '--format=%s', 'feature').trim()).toBe('My own words');
  });

  it('with Ollama down, commits and pushes "Update <file>" and says why on stderr', async () => {
    write('journal.txt', 'Day one.\nDay two.\n');
    const r = await cli(['--yes', 'journal.txt'], { env: { OLLAMA_HOST: `127.0.0.1:${await closedPort()}` } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: Ollama unreachable at http:\/\/127\.0\.0\.1:\d+ .*: using the default message "Update journal\.txt"/);
    expect(remote()).toBe('Update journal.txt');
    expect(r.stdout).toBe('');
  });

  it('settings: git config over the defaults, flags over git config', async () => {
    fake.setModel('configured', { chunks: ['From the configured model'] });
    fake.setModel('flagged', { chunks: ['From the flagged model'] });
    sb.git(repo.work, 'config', 'git-commit-push.model', 'configured');
    write('journal.txt', 'Day one.\nDay two.\n');
    expect((await cli(['--yes', 'journal.txt'])).code).toBe(0);
    expect(remote()).toBe('From the configured model');
    write('journal.txt', 'Day one.\nDay two.\nDay three.\n');
    expect((await cli(['--yes', 'journal.txt', '--model', 'flagged', '--preset', 'journal'])).code).toBe(0);
    expect(remote()).toBe('From the flagged model');
    const last = fake.chatRequests().at(-1)?.body as { model: string; messages: { content: string }[] };
    expect(last.model).toBe('flagged');
    expect(last.messages[0]?.content).toContain('This repository is a journal');
  });

  it('a refused commit keeps the message, and the next run opens it again instead of asking the model', async () => {
    hook(join(repo.work, '.git/hooks'), 'pre-commit', 'echo "pre-commit: not today" >&2; exit 1');
    write('journal.txt', 'Day one.\nRefused.\n');
    const refused = await cli(['journal.txt'], { env: { GIT_EDITOR: editor('mine', `printf 'My own words\\n' > "$1"`) } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('commit refused, nothing committed: pre-commit: not today');
    expect(head()).toBe('Start the journal');

    hook(join(repo.work, '.git/hooks'), 'pre-commit', 'exit 0');
    const asked = fake.chatRequests().length;
    const again = await cli(['journal.txt'], { env: { GIT_EDITOR: editor('again', 'true') } });
    expect(again.code).toBe(0);
    expect(seen('again').split('\n')[0]).toBe('My own words');
    expect(fake.chatRequests().length).toBe(asked);
    expect(remote()).toBe('My own words');
  });

  it('--no-push commits only; Ctrl-C while the model writes stops it and commits nothing', async () => {
    write('journal.txt', 'Day one.\nNot pushed.\n');
    const local = await cli(['--yes', '--no-push', 'journal.txt']);
    expect(local.code).toBe(0);
    expect(head()).toBe(MESSAGE);
    expect(remote()).toBe('Start the journal');
    expect(local.stderr).toContain('--no-push');

    fake.setModel('gemma3', { chunks: ['Slowly ', 'written ', 'words ', 'that ', 'never ', 'end'], chunkDelayMs: 1000 });
    write('journal.txt', 'Day one.\nNot pushed.\nInterrupted.\n');
    const before = head('%H');
    const child = spawn(process.execPath, [BIN, '--yes', '--all'], { cwd: repo.work, env: { ...sb.env, OLLAMA_HOST: fake.url }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = new Promise<number | null>((r) => child.on('close', r));
    // Ctrl-C once the model's first words are on the screen: it is writing.
    await new Promise<void>((r) => child.stderr.on('data', () => stderr.includes('Slowly') && r()));
    child.kill('SIGINT');
    expect(await code).toBe(1);
    expect(stderr).toContain('interrupted: nothing committed');
    expect(head('%H')).toBe(before);
    expect(readdirSync(join(repo.work, '.git')).filter((f) => f.startsWith('git-commit-push-index'))).toEqual([]);
  });

  it('exits 2 on a usage error, with the reason on stderr and nothing done', async () => {
    write('journal.txt', 'Day one.\nDay two.\n');
    for (const args of [['--all', '--staged'], ['--frobnicate'], ['--preset', 'haiku'], ['message', '--yes']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^git-commit-push: /);
    }
    expect(fake.chatRequests()).toEqual([]);
    expect(head()).toBe('Start the journal');
  });

  it('is reachable as `git commit-push` when git-commit-push is on PATH', async () => {
    const bin = join(sb.dir, 'path-bin');
    mkdirSync(bin);
    symlinkSync(BIN, join(bin, 'git-commit-push'));
    write('journal.txt', 'Day one.\nThrough git.\n');
    const r = await run('git', ['commit-push', '--yes', '--all'], { env: { PATH: `${bin}:${process.env.PATH ?? ''}` } });
    expect(r.code).toBe(0);
    expect(remote()).toBe(MESSAGE);
  });
});

describe('git-commit-push message: the old script contract', () => {
  const PROMPT = 'Focus on the content of the journal entry.';

  it('git diff | git-commit-push message --format plain --prompt ... prints the message alone', async () => {
    write('journal.txt', 'Day one.\nIt snowed today.\n');
    const r = await run('sh', ['-c', `git diff | "${process.execPath}" "${BIN}" message --format plain --prompt "${PROMPT}"`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${MESSAGE}\n`);
    const body = fake.chatRequests()[0]?.body as { messages: { content: string }[] };
    expect(body.messages[0]?.content).toContain(PROMPT);
    expect(body.messages[1]?.content).toContain('It snowed today.');
    // Nothing was committed: the message is the script's to use.
    expect(head()).toBe('Start the journal');

    // A change named on the command line is the repository's, whatever stdin is.
    fake.setModel('gemma3', { chunks: ['About the new file'] });
    write('new.txt', 'A new file.\n');
    const named = await cli(['message', 'new.txt']);
    expect(named.stdout).toBe('About the new file\n');
    expect(JSON.stringify(fake.chatRequests().at(-1)?.body)).toContain('A new file.');
    expect(JSON.stringify(fake.chatRequests().at(-1)?.body)).not.toContain('It snowed today.');
    expect(sb.git(repo.work, 'status', '--porcelain')).toBe(' M journal.txt\n?? new.txt\n');
  });

  it('prints the default message from the diff and exits 0 when the model fails; --strict prints nothing and exits 1', async () => {
    write('journal.txt', 'Day one.\nIt snowed today.\n');
    const diff = sb.git(repo.work, 'diff');
    const down = { OLLAMA_HOST: `http://127.0.0.1:${await closedPort()}` };
    const r = await cli(['message', '--format', 'plain', '--prompt', PROMPT], { env: down, input: diff });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Update journal.txt\n');
    expect(r.stderr).toMatch(/Ollama unreachable/);
    const strict = await cli(['message', '--strict'], { env: down, input: diff });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    // An error text from the model is not a message either.
    fake.setModel('gemma3', { chunks: ['Error: model requires more system memory than is available'] });
    const junk = await cli(['message'], { input: diff });
    expect(junk.stdout).toBe('Update journal.txt\n');
  });

  it('outside any repository, reads the diff and the global git config', async () => {
    write('journal.txt', 'Day one.\nIt snowed today.\n');
    const diff = sb.git(repo.work, 'diff');
    fake.setModel('global', { chunks: ['From the global config'] });
    sb.git(sb.dir, 'config', '--global', 'git-commit-push.model', 'global');
    const r = await cli(['message'], { cwd: sb.home, input: diff });
    expect(r.stdout).toBe('From the global config\n');
  });
});

describe('git-commit-push hook: prepare-commit-msg for a plain git commit', () => {
  it('puts the generated message in the editor of git commit; the fallback when the model is down; never for -m', async () => {
    const installed = await cli(['hook', 'install']);
    expect(installed.code).toBe(0);
    expect(installed.stderr).toContain('.git/hooks/prepare-commit-msg');

    write('journal.txt', 'Day one.\nA hooked commit.\n');
    sb.git(repo.work, 'add', 'journal.txt');
    const ed = editor('git', 'true');
    const c = await run('git', ['commit'], { env: { GIT_EDITOR: ed } });
    expect(c.code).toBe(0);
    expect(seen('git').split('\n')[0]).toBe(MESSAGE);
    expect(head()).toBe(MESSAGE);

    // git commit -a: the hook describes the index git is about to commit (index.lock), not the user's.
    write('journal.txt', 'Day one.\nA hooked commit.\nWith -a.\n');
    const a = await run('git', ['commit', '-a'], { env: { GIT_EDITOR: ed } });
    expect(a.code).toBe(0);
    expect(JSON.stringify(fake.chatRequests().at(-1)?.body)).toContain('+With -a.');
    expect(sb.git(repo.work, 'show', '--format=', 'HEAD')).toContain('+With -a.');

    // With the model down: the default message, and a comment line saying why, for the user to see.
    write('journal.txt', 'Day one.\nA hooked commit.\nWith -a.\nDown.\n');
    const down = { GIT_EDITOR: ed, OLLAMA_HOST: `127.0.0.1:${await closedPort()}` };
    const d = await run('git', ['commit', '-a'], { env: down });
    expect(d.code).toBe(0);
    expect(seen('git')).toMatch(/^Update journal\.txt\n\n# git-commit-push: Ollama unreachable/);
    expect(head()).toBe('Update journal.txt');

    const asked = fake.chatRequests().length;
    write('journal.txt', 'Day one.\n');
    expect((await run('git', ['commit', '-a', '-m', 'My words'])).code).toBe(0);
    expect(head()).toBe('My words');
    expect(fake.chatRequests().length).toBe(asked);

    expect((await cli(['hook', 'uninstall'])).code).toBe(0);
    expect(existsSync(join(repo.work, '.git/hooks/prepare-commit-msg'))).toBe(false);
  });

  it('refuses to replace or remove a hook it did not write', async () => {
    hook(join(repo.work, '.git/hooks'), 'prepare-commit-msg', 'echo mine');
    const path = join(repo.work, '.git/hooks/prepare-commit-msg');
    const before = readFileSync(path, 'utf8');
    const install = await cli(['hook', 'install']);
    expect(install.code).toBe(1);
    expect(install.stderr).toContain('did not write');
    expect((await cli(['hook', 'uninstall'])).code).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
