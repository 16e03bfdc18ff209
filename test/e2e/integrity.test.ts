/**
 * The right commit, every time (issue 10): one message per commit, drafts that
 * survive, a push that never hangs. Real Neovims (two where it takes two), real git,
 * a bare remote, and remotes that accept a connection and never answer.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftPath } from '../../src/commit/drafts.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { change, childPids, edit, hook as installHook, inReview, messageIs, statusOf } from '../support/flow.js';
import { currentLines, LEVEL, startNvim, waitFor, type Nvim, type NvimOptions } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;
let started: Nvim[] = [];
let servers: Server[] = [];

beforeEach(async () => {
  sb = makeSandbox();
  repo = makeRepo(sb);
  for (const f of ['a.txt', 'b.txt']) writeFileSync(join(repo.work, f), `${f}\n`);
  sb.git(repo.work, 'add', '--', 'a.txt', 'b.txt');
  sb.git(repo.work, 'commit', '-qm', 'Add a and b');
  sb.git(repo.work, 'push', '-q');
  fake = await startFakeOllama({
    ma: { chunks: ['Describe ', 'a.txt'] },
    mb: { chunks: ['Describe ', 'b.txt'] },
    gemma3: { chunks: ['Describe ', 'the change'] },
  });
});

afterEach(async () => {
  for (const nv of started) await nv.stop();
  started = [];
  for (const s of servers) s.close();
  servers = [];
  await fake.close();
  sb.remove();
});

async function start(setup: Record<string, unknown> = {}, opts: NvimOptions = {}): Promise<Nvim> {
  const nv = await startNvim(sb, { setup: { host: fake.url, ...setup }, cwd: repo.work, ...opts });
  started.push(nv);
  return nv;
}

const file = (name: string) => join(repo.work, name);
const hook = (name: string, body: string) => installHook(join(repo.work, '.git/hooks'), name, body);
const log = (rev: string, format: string) => sb.git(repo.work, 'log', '-1', `--format=${format}`, rev).trim();
const filesOf = (rev: string) => sb.git(repo.work, 'show', '--name-only', '--format=', rev).trim().split('\n');
const draftOf = (name: string) => draftPath({ gitDir: join(repo.work, '.git') }, { scope: 'file', file: name });
const short = (rev: string) => sb.git(repo.work, 'rev-parse', '--short', rev).trim();
/** The notice of a commit pushed to the bare remote, as the user reads it. */
const pushedTo = (rev: string, subject: string, tail = '') => `git-commit-push: committed ${short(rev)} "${subject}" and pushed to origin/master (${repo.bare})${tail}`;

/** \g on `name` in `nv`, up to the model's message in the review buffer. */
async function review(nv: Nvim, name: string, message: string): Promise<void> {
  await change(nv, file(name));
  await nv.nvim.input('\\g');
  await inReview(nv);
  await messageIs(nv, message);
}

/** A TCP server that accepts connections and never says a word: a remote that hangs. */
async function silentServer(): Promise<number> {
  const sockets: Socket[] = [];
  const srv = createServer((s) => sockets.push(s));
  srv.on('close', () => sockets.forEach((s) => s.destroy()));
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  servers.push(srv);
  return (srv.address() as { port: number }).port;
}

interface Given {
  /** The message file on git's command line (`--file=...`). */
  file: string;
  /** What it held while the pre-commit hook ran. */
  text: string;
}

/**
 * A pre-commit hook that writes down the message file git was given, read from git's own
 * command line (the hook's parent), and what that file held; then it holds the nth commit
 * until `release(n)`, so that the test decides what happens meanwhile.
 */
function heldCommits(): { given(): Given[]; release(n: number): void } {
  const record = join(sb.dir, 'given.txt');
  const gate = join(sb.dir, 'release-commit');
  hook(
    'pre-commit',
    [
      `f=$(tr '\\0' '\\n' < /proc/$PPID/cmdline | sed -n 's/^--file=//p')`,
      `printf '%s\\t%s\\n' "$f" "$(cat "$f")" >> '${record}'`,
      `n=$(wc -l < '${record}')`,
      // Until released, or until the sandbox is gone (a test that failed before it released).
      `while [ ! -f '${gate}'-$n ] && [ -d '${sb.dir}' ]; do sleep 0.05; done`,
    ].join('\n'),
  );
  const given = (): Given[] =>
    existsSync(record)
      ? readFileSync(record, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => ({ file: l.split('\t')[0] ?? '', text: l.split('\t').slice(1).join('\t') }))
      : [];
  return { given, release: (n) => writeFileSync(`${gate}-${n}`, '') };
}

/** The message file a commit made by `nv`'s node host is given: its own, named for the host and the commit. */
function ownMessageFile(nv: Nvim): RegExp {
  const [host] = childPids(nv.proc.pid ?? 0);
  const dir = join(repo.work, '.git/git-commit-push').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${dir}/message-${host}-\\d+\\.txt$`);
}

/** What is left in .git/git-commit-push/ of the message files. */
const messageFilesLeft = () => readdirSync(join(repo.work, '.git/git-commit-push')).filter((f) => f.startsWith('message'));

/** The last line of the review buffer: its status. */

describe('one message per commit', () => {
  it('1. two Neovims, a slow pre-commit hook: each commit has its own message and its own file, and each Neovim names its own', async () => {
    const commits = heldCommits();
    const one = await start({ model: 'ma' });
    const two = await start({ model: 'mb' });
    await review(one, 'a.txt', 'Describe a.txt');
    await review(two, 'b.txt', 'Describe b.txt');
    await one.nvim.command('write');
    await waitFor(() => commits.given().length === 1); // one's commit is in its hook
    await two.nvim.command('write');
    await waitFor(async () => /^# Status: waiting for the commit of a\.txt \(process \d+, for \d+ s\) to finish/.test(await statusOf(two)));
    commits.release(1);
    // The second commit is held until the first is pushed: two pushes at once to one remote
    // would race for its branch, which is not what this test is about.
    await one.waitForNote(/pushed to/, 30_000);
    commits.release(2);
    await two.waitForNote(/pushed to/, 30_000);
    // Each commit was given a file of its own, holding its own message.
    const [first, second] = commits.given();
    expect(commits.given()).toHaveLength(2);
    expect(first?.file).toMatch(ownMessageFile(one));
    expect(first?.text).toBe('Describe a.txt');
    expect(second?.file).toMatch(ownMessageFile(two));
    expect(second?.text).toBe('Describe b.txt');
    expect(messageFilesLeft()).toEqual([]);
    expect([log('HEAD~1', '%s'), ...filesOf('HEAD~1')]).toEqual(['Describe a.txt', 'a.txt']);
    expect([log('HEAD', '%s'), ...filesOf('HEAD')]).toEqual(['Describe b.txt', 'b.txt']);
    expect(sb.git(repo.bare, 'rev-parse', 'master')).toBe(sb.git(repo.work, 'rev-parse', 'HEAD'));
    expect((await one.notes()).find((x) => /pushed to/.test(x.msg))?.msg).toBe(pushedTo('HEAD~1', 'Describe a.txt'));
    expect((await two.notes()).find((x) => /pushed to/.test(x.msg))?.msg).toBe(pushedTo('HEAD', 'Describe b.txt'));
  });

  it('1b. the same with the staged scope in one Neovim: the other\'s file never joins its commit', async () => {
    const commits = heldCommits();
    writeFileSync(file('a.txt'), 'a, staged\n');
    sb.git(repo.work, 'add', '--', 'a.txt');
    const one = await start({ model: 'ma' });
    const two = await start({ model: 'mb' });
    await edit(one, file('a.txt'));
    await one.nvim.command('GitCommitPush staged');
    await inReview(one);
    await messageIs(one, 'Describe a.txt');
    await review(two, 'b.txt', 'Describe b.txt');
    await one.nvim.command('write');
    await waitFor(() => commits.given().length === 1);
    await two.nvim.command('write');
    await waitFor(async () => /^# Status: waiting for the commit of the staged changes/.test(await statusOf(two)));
    commits.release(1);
    await one.waitForNote(/pushed to/, 30_000);
    commits.release(2);
    await two.waitForNote(/pushed to/, 30_000);
    const [first, second] = commits.given();
    expect(commits.given()).toHaveLength(2);
    expect(first?.file).toMatch(ownMessageFile(one));
    expect(first?.text).toBe('Describe a.txt');
    expect(second?.file).toMatch(ownMessageFile(two));
    expect(second?.text).toBe('Describe b.txt');
    expect(messageFilesLeft()).toEqual([]);
    expect([log('HEAD~1', '%s'), ...filesOf('HEAD~1')]).toEqual(['Describe a.txt', 'a.txt']);
    expect([log('HEAD', '%s'), ...filesOf('HEAD')]).toEqual(['Describe b.txt', 'b.txt']);
  });

  it('2. from :w until git answers the review buffer cannot be edited, says so, and the commit has the text of the :w', async () => {
    const commits = heldCommits();
    const nv = await start({ model: 'ma' });
    await review(nv, 'a.txt', 'Describe a.txt');
    await nv.nvim.input('ccWritten with :w<Esc>');
    await messageIs(nv, 'Written with :w');
    await nv.nvim.command('write');
    await waitFor(() => commits.given().length === 1); // in the hook, held there
    await nv.nvim.input('ggccTyped during the hook<Esc>');
    await nv.nvim.lua("pcall(vim.api.nvim_buf_set_lines, 0, 0, 1, false, {'Set during the hook'})");
    expect((await currentLines(nv.nvim))[0]).toBe('Written with :w');
    expect(await nv.nvim.lua('return vim.bo.modifiable')).toBe(false);
    expect(await statusOf(nv)).toMatch(/^# Status: committing.*locked until git answers/);
    // git was given a file of this commit's own with the text of the :w, not the draft the review writes.
    const [given] = commits.given();
    expect(given?.file).toMatch(ownMessageFile(nv));
    expect(given?.text).toBe('Written with :w');
    commits.release(1);
    await nv.waitForNote(/pushed to/, 30_000);
    expect(log('HEAD', '%B')).toBe('Written with :w');
    expect(messageFilesLeft()).toEqual([]);
  });

  it('2b. a refused commit makes the buffer editable again, with the text as it was, and keeps it on disk', async () => {
    hook('pre-commit', 'echo "lint: no" >&2; exit 1');
    const nv = await start({ model: 'ma' });
    await review(nv, 'a.txt', 'Describe a.txt');
    expect(existsSync(draftOf('a.txt'))).toBe(false); // the model's words, untouched: no draft yet
    await nv.nvim.command('write');
    await nv.waitForNote(/commit refused/);
    expect(await nv.nvim.lua('return vim.bo.modifiable')).toBe(true);
    expect((await currentLines(nv.nvim))[0]).toBe('Describe a.txt');
    // Kept on disk, for a Neovim that quits now.
    expect(readFileSync(draftOf('a.txt'), 'utf8')).toBe('Describe a.txt\n');
    await nv.nvim.input('ccFixed<Esc>');
    await messageIs(nv, 'Fixed');
  });
});

describe('drafts', () => {
  it("3. another Neovim's commit never deletes this review's draft", async () => {
    const one = await start({ model: 'ma' });
    const two = await start({ model: 'mb' });
    await review(one, 'a.txt', 'Describe a.txt');
    await one.nvim.input('ccMy words about a<Esc>');
    await waitFor(() => existsSync(draftOf('a.txt')) && readFileSync(draftOf('a.txt'), 'utf8').includes('My words about a'));
    await review(two, 'b.txt', 'Describe b.txt');
    await two.nvim.command('write');
    await two.waitForNote(/pushed to/);
    await one.stop(); // quits with the review open: what was typed stays
    expect(readFileSync(draftOf('a.txt'), 'utf8')).toContain('My words about a');

    const again = await start({ model: 'ma' });
    await edit(again, file('a.txt'));
    await again.nvim.input('\\g');
    await inReview(again);
    await messageIs(again, 'My words about a');
  });

  it('4. Neovim quitting during a slow post-commit hook: the draft is not offered again, neither for the file nor elsewhere', async () => {
    const posted = join(sb.dir, 'post-commit-running');
    const gate = join(sb.dir, 'release-post-commit');
    // Held until Neovim is gone, whatever the time that takes.
    hook('post-commit', `touch '${posted}'; while [ ! -f '${gate}' ] && [ -d '${sb.dir}' ]; do sleep 0.05; done`);
    const nv = await start({ model: 'ma' });
    await review(nv, 'a.txt', 'Describe a.txt');
    await nv.nvim.input('ccCommitted once<Esc>');
    await waitFor(() => existsSync(draftOf('a.txt')) && readFileSync(draftOf('a.txt'), 'utf8').includes('Committed once'));
    await nv.nvim.command('write');
    await waitFor(() => existsSync(posted));
    await nv.stop();
    writeFileSync(gate, '');
    await waitFor(() => log('HEAD', '%s') === 'Committed once');

    // review = false on another file: committed at once, no old message offered.
    const next = await start({ model: 'mb', review: false });
    await change(next, file('b.txt'));
    await next.nvim.input('\\g');
    await next.waitForNote(/committed/, 30_000);
    expect((await next.notes()).some((x) => /did not happen/.test(x.msg))).toBe(false);
    expect(log('HEAD', '%s')).toBe('Describe b.txt');

    // The same file again: the model is asked, the old words are gone for good.
    const asked = fake.chatRequests().length;
    await change(next, file('a.txt'));
    await next.nvim.command('GitCommitPush review');
    await inReview(next);
    await messageIs(next, 'Describe b.txt');
    expect(fake.chatRequests().length).toBeGreaterThan(asked);
    expect(sb.git(repo.work, 'log', '--format=%s').split('\n').filter((s) => s === 'Committed once')).toHaveLength(1);
  });
});

describe('a push never hangs', () => {
  it('5. an http remote that never answers fails by itself after push_stall_ms; the commit is kept and the next \\g works', async () => {
    const port = await silentServer();
    sb.git(repo.work, 'remote', 'set-url', 'origin', `http://127.0.0.1:${port}/journal.git`);
    const nv = await start({ model: 'ma', review: false, push_stall_ms: 1500 });
    await change(nv, file('a.txt'));
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/push to .* failed/, 30_000);
    expect(note.level).toBe(LEVEL.ERROR);
    const [line, safe, ...git] = note.msg.split('\n');
    expect(line).toBe(
      `git-commit-push: committed ${short('HEAD')}, but the push to origin/master (http://127.0.0.1:${port}/journal.git) failed, the remote stopped answering: try :GitCommitPush push later (push_stall_ms sets the patience)`,
    );
    expect(safe).toBe(`The commit is safe (${short('HEAD')} "Describe a.txt"); git said:`);
    expect(git.join('\n')).toMatch(/Operation too slow/); // git's and curl's own words
    expect(log('HEAD', '%s')).toBe('Describe a.txt');
    // Not stuck "busy": the next \g commits, and its push ends by itself too.
    await change(nv, file('b.txt'));
    await nv.nvim.input('\\g');
    await waitFor(async () => (await nv.notes()).filter((x) => /push to .* failed/.test(x.msg)).length === 2, 30_000);
    expect(filesOf('HEAD')).toEqual(['b.txt']);
  });

  it('5b. an ssh remote that never answers fails by itself (ConnectTimeout covers the banner)', async () => {
    const port = await silentServer();
    sb.git(repo.work, 'remote', 'set-url', 'origin', `ssh://git@127.0.0.1:${port}/journal.git`);
    const nv = await start({ model: 'ma', review: false, push_stall_ms: 1500 });
    await change(nv, file('a.txt'));
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/push to .* failed/, 30_000);
    const [line, safe, ...ssh] = note.msg.split('\n');
    expect(line).toBe(
      `git-commit-push: committed ${short('HEAD')}, but the push to origin/master (ssh://git@127.0.0.1:${port}/journal.git) failed, the remote stopped answering: try :GitCommitPush push later (push_stall_ms sets the patience)`,
    );
    expect(safe).toBe(`The commit is safe (${short('HEAD')} "Describe a.txt"); git said:`);
    expect(ssh.join('\n')).toMatch(/banner exchange|timed out/); // ssh's own words, which differ between versions
  });

  it('5c. :GitCommitPush cancel stops a hanging push, keeps the commit, and the next \\g pushes it along', async () => {
    const port = await silentServer();
    const url = `http://127.0.0.1:${port}/journal.git`;
    sb.git(repo.work, 'remote', 'set-url', 'origin', url);
    const nv = await start({ model: 'ma', review: false });
    await change(nv, file('a.txt'));
    await nv.nvim.input('\\g');
    await waitFor(async () => {
      await nv.nvim.command('GitCommitPush');
      return (await nv.notes()).find((x) => /still pushing to origin\/master .*cancel stops the push/.test(x.msg));
    }, 15_000, 200);
    await nv.nvim.command('GitCommitPush cancel');
    const note = await nv.waitForNote(/push cancelled/, 5000);
    expect(note.msg).toBe(`git-commit-push: push cancelled: ${short('HEAD')} "Describe a.txt" is committed, not pushed; :GitCommitPush push sends it`);
    expect(log('HEAD', '%s')).toBe('Describe a.txt');

    // The remote is back: the next \g pushes both, and says so.
    sb.git(repo.work, 'remote', 'set-url', 'origin', repo.bare);
    await change(nv, file('b.txt'));
    await nv.nvim.input('\\g');
    const both = await nv.waitForNote(/pushed to/, 30_000);
    // The model `ma` describes every change as a.txt's.
    expect(both.msg).toBe(pushedTo('HEAD', 'Describe a.txt', ` (with ${short('HEAD~1')}, not pushed before)`));
    expect(sb.git(repo.bare, 'rev-parse', 'master')).toBe(sb.git(repo.work, 'rev-parse', 'HEAD'));
    expect(filesOf('HEAD~1')).toEqual(['a.txt']);
  });

  it('quitting Neovim during the push: the next \\g says the commit was not pushed and pushes it along', async () => {
    const gate = join(sb.dir, 'release');
    const running = join(sb.dir, 'pre-push-running');
    hook('pre-push', `touch '${running}'; while [ ! -f '${gate}' ]; do sleep 0.05; done; exit 1`);
    const nv = await start({ model: 'ma', review: false });
    await change(nv, file('a.txt'));
    await nv.nvim.input('\\g');
    await waitFor(() => existsSync(running));
    await nv.stop();
    writeFileSync(gate, '');
    expect(log('HEAD', '%s')).toBe('Describe a.txt');
    expect(sb.git(repo.bare, 'log', '-1', '--format=%s', 'master').trim()).toBe('Add a and b');

    sb.git(repo.work, 'config', 'core.hooksPath', join(sb.dir, 'no-hooks'));
    const next = await start({ model: 'mb' });
    await review(next, 'b.txt', 'Describe b.txt');
    const owed = short('HEAD');
    // The comment as the plugin wrapped it to the window: its rows joined again.
    const comments = (await currentLines(next.nvim)).join('\n').replace(/\n# {2,}(?=\S)/g, ' ').split('\n');
    expect(comments.find((l) => l.startsWith('# Push:'))).toContain(`with ${owed} that was not pushed`);
    await next.nvim.command('write');
    const note = await next.waitForNote(/pushed to/, 30_000);
    expect(note.msg).toBe(pushedTo('HEAD', 'Describe b.txt', ` (with ${owed}, not pushed before)`));
    expect(sb.git(repo.bare, 'log', '--format=%s', '-2', 'master').trim().split('\n')).toEqual(['Describe b.txt', 'Describe a.txt']);
  });

  it(':GitCommitPush push sends a commit whose push failed, and says when there is nothing to send', async () => {
    sb.git(repo.work, 'remote', 'set-url', 'origin', join(sb.dir, 'unplugged-disk.git'));
    const nv = await start({ model: 'ma', review: false });
    await change(nv, file('a.txt'));
    await nv.nvim.input('\\g');
    await nv.waitForNote(/push to .* failed/, 30_000);
    sb.git(repo.work, 'remote', 'set-url', 'origin', repo.bare);
    await nv.nvim.command('GitCommitPush push');
    const pushed = await nv.waitForNote(/^git-commit-push: pushed to origin\/master/);
    expect(pushed.level).toBe(LEVEL.INFO);
    expect(sb.git(repo.bare, 'rev-parse', 'master')).toBe(sb.git(repo.work, 'rev-parse', 'HEAD'));
    await nv.nvim.command('GitCommitPush push');
    await nv.waitForNote(/nothing to push: origin\/master .* is up to date/);
  });

  it("6. the user's GIT_SSH wrapper is the one git runs", async () => {
    const bin = join(sb.dir, 'bin');
    mkdirSync(bin);
    const calls = join(bin, 'calls.txt');
    writeFileSync(join(bin, 'my-ssh'), `#!/bin/sh\necho "$@" >> '${calls}'\necho "my-ssh: no route to the backup disk" >&2\nexit 255\n`, { mode: 0o755 });
    sb.git(repo.work, 'remote', 'set-url', 'origin', 'ssh://git@backup.invalid/journal.git');
    const nv = await start({ model: 'ma', review: false }, { env: { GIT_SSH: join(bin, 'my-ssh') } });
    await change(nv, file('a.txt'));
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/push to .* failed/, 30_000);
    expect(note.msg.split('\n').slice(0, 3)).toEqual([
      `git-commit-push: committed ${short('HEAD')}, but the push to origin/master (ssh://git@backup.invalid/journal.git) failed, my-ssh: no route to the backup disk: git's words are in :GitCommitPush output`,
      `The commit is safe (${short('HEAD')} "Describe a.txt"); git said:`,
      'my-ssh: no route to the backup disk',
    ]);
    expect(readFileSync(calls, 'utf8')).toContain('git@backup.invalid');
    expect(readFileSync(calls, 'utf8')).not.toContain('BatchMode');
  });
});

describe('what is reported', () => {
  it('7. a commit-msg hook that rewrites the message: the notice and g:git_commit_push_last show the commit as git made it', async () => {
    hook('commit-msg', 'printf "Rewritten by the hook\\n" > "$1"');
    const nv = await start({ model: 'ma' });
    await review(nv, 'a.txt', 'Describe a.txt');
    await nv.nvim.command('write');
    const note = await nv.waitForNote(/pushed to/);
    expect(note.msg).toBe(pushedTo('HEAD', 'Rewritten by the hook'));
    const last = (await nv.nvim.getVar('git_commit_push_last')) as { subject: string; hash: string };
    expect(last.subject).toBe('Rewritten by the hook');
    expect(last.hash).toBe(sb.git(repo.work, 'rev-parse', '--short', 'HEAD').trim());
  });

  it('8. a dead node host: \\g says so in one line, never a Lua stack trace', async () => {
    const nv = await start({ model: 'ma' });
    await review(nv, 'a.txt', 'Describe a.txt');
    await nv.nvim.command('bwipeout!');
    const host = childPids(nv.proc.pid ?? 0);
    expect(host.length).toBeGreaterThan(0);
    for (const pid of host) process.kill(pid, 'SIGKILL');
    // Reaped: Neovim has seen the channel close, as it has long before a user's next keypress.
    await waitFor(() => host.every((pid) => !existsSync(`/proc/${pid}`)));
    await edit(nv, file('a.txt'));
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/node host/);
    expect(note.level).toBe(LEVEL.ERROR);
    expect(note.msg).toBe('git-commit-push: the node host is gone (it crashed or was killed): restart Neovim; :checkhealth git-commit-push tells more');
    const messages = String(await nv.nvim.call('execute', ['messages']));
    expect(messages).not.toMatch(/E5108|stack traceback/);
  });

  it('8b. a g:node_host_prog that points nowhere: one line naming g:node_host_prog, no stack trace', async () => {
    const nv = await start({ model: 'ma' }, { hostProg: false, initLines: ["let g:node_host_prog = '/nowhere/neovim/bin/cli.js'"] });
    await change(nv, file('a.txt'));
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/node host/, 20_000);
    expect(note.level).toBe(LEVEL.ERROR);
    // Neovim's own reason in the parentheses differs between versions.
    expect(note.msg).toMatch(/^git-commit-push: the node host could not start \([^\n]*\): check g:node_host_prog and :checkhealth git-commit-push$/);
    const messages = String(await nv.nvim.call('execute', ['messages']));
    expect(messages).not.toMatch(/E5108|stack traceback/);
  });

  it('9. a file name that is not UTF-8: a clear error, and nothing touched', async () => {
    const latin1 = Buffer.concat([Buffer.from(join(repo.work, 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]);
    writeFileSync(latin1, 'un caf\xe9\n');
    const index = readFileSync(join(repo.work, '.git/index'));
    const headBefore = sb.git(repo.work, 'rev-parse', 'HEAD');
    const nv = await start({ model: 'ma' });
    await nv.nvim.lua("vim.cmd('edit ' .. vim.fn.fnameescape(... .. string.char(0xe9) .. '.txt'))", [`${repo.work}/caf`]);
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/not valid UTF-8/);
    expect(note.level).toBe(LEVEL.ERROR);
    expect(note.msg).toMatch(/^git-commit-push: the name of this file is not valid UTF-8 \(.*\): nothing was done; commit it with :GitCommitPush all, or with git$/);
    expect(readFileSync(join(repo.work, '.git/index')).equals(index)).toBe(true);
    expect(sb.git(repo.work, 'rev-parse', 'HEAD')).toBe(headBefore);
    expect(fake.chatRequests()).toHaveLength(0);
  });
});
