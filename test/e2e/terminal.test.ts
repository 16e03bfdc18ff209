/**
 * At home in a real terminal (issue 13): the Neovim on PATH in tmux, 80x24, with
 * Neovim's own vim.notify (no notifier plugin), driven by keys as a user drives it and
 * read from the screen. On every daily path (success, fallback, a rejected push, busy,
 * setup() problems) the news is one line that fits, and no "Press ENTER" or "-- More --"
 * ever stops the user. Each test has its own HOME, its own tmux server and the plugin
 * registered as in the other end-to-end tests (test/support/nvim.ts).
 *
 * The last part needs no terminal: g:git_commit_push_status and its User event, end to end.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftPath } from '../../src/commit/drafts.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { change, hook, inReview, messageIs } from '../support/flow.js';
import { startNvim, StopWaiting, waitFor, writeInit, type Nvim } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

const SUBJECT = 'Add the autumn trip to the lake, with the photos of the second day';
const PROMPTS = /Press ENTER|-- More --|Press-ENTER/;

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;
let server: string | undefined;
/** The tmux server's environment: its socket lives in the sandbox (TMUX_TMPDIR), not in /tmp. */
let serverEnv: NodeJS.ProcessEnv | undefined;
let serial = 0;
let headless: Nvim | undefined;

beforeEach(async () => {
  sb = makeSandbox('gcp-term-');
  repo = makeRepo(sb);
  fake = await startFakeOllama({ gemma3: { chunks: SUBJECT.split(/(?= )/) } });
});

afterEach(async () => {
  if (server) {
    try {
      execFileSync('tmux', ['-L', server, 'kill-server'], { stdio: 'ignore', env: serverEnv });
    } catch {
      // already gone
    }
  }
  server = undefined;
  await headless?.stop();
  headless = undefined;
  await fake.close();
  sb.remove();
});

interface Term {
  /** The screen, one string per row. */
  screen(): string[];
  /** Waits until a row matches (and no prompt is up); returns that row. */
  row(match: RegExp, timeoutMs?: number): Promise<string>;
  /** Keys as typed; `{Enter}` and `{Escape}` for those keys. */
  keys(text: string): void;
  /** No hit-enter prompt, no pager: the check before and after every step. */
  noPrompt(): void;
}

/**
 * Neovim in a fresh tmux server, 80x24, with `setup` given to setup() and vim.notify left
 * as Neovim has it: the test harness's init records notifications, so it is sourced
 * between saving Neovim's own vim.notify and putting it back.
 */
async function terminal(setup: Record<string, unknown>, file: string, opts: { manifest?: boolean; env?: Record<string, string> } = {}): Promise<Term> {
  // The harness writes the remote-plugin manifest as the other e2e tests get it.
  const once = await startNvim(sb, { manifest: opts.manifest ?? true });
  await once.stop();
  const inner = writeInit(sb, undefined, {}, 'harness.vim');
  const init = join(sb.dir, 'nvim-config', 'terminal.vim');
  writeFileSync(
    init,
    [
      'lua _G.__neovims_notify = vim.notify',
      `source ${inner}`,
      'lua vim.notify = _G.__neovims_notify',
      `lua require('git-commit-push').setup(vim.fn.json_decode([[${JSON.stringify(setup)}]]))`,
      '',
    ].join('\n'),
  );
  server = `gcp-term-${process.pid}-${++serial}`;
  const env = {
    ...sb.env,
    TMUX_TMPDIR: sb.dir,
    NVIM_RPLUGIN_MANIFEST: join(sb.dir, 'rplugin.vim'),
    NVIM_NODE_LOG_FILE: join(sb.dir, 'node-host.log'),
    NVIM_NODE_LOG_LEVEL: 'warn',
    ...opts.env,
  };
  serverEnv = env;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', server ?? '', ...args], { encoding: 'utf8', env, cwd: repo.work });
  tmux('-f', '/dev/null', 'new-session', '-d', '-x', '80', '-y', '24', '-s', 't', `nvim -u '${init}' -i NONE -n '${file}'`);
  const screen = () => tmux('capture-pane', '-p', '-t', 't').replace(/\n$/, '').split('\n');
  const term: Term = {
    screen,
    async row(match, timeoutMs = 20_000) {
      let last: string[] = [];
      try {
        return await waitFor(() => {
          last = screen();
          // A prompt fails the test even if it is gone by the time the row shows.
          if (last.some((l) => PROMPTS.test(l))) throw new StopWaiting('a prompt is up');
          return last.find((l) => match.test(l));
        }, timeoutMs, 100);
      } catch (err) {
        throw new Error(`no row matching ${match} on the screen (${String(err)}):\n${last.join('\n')}`);
      }
    },
    keys(text) {
      term.noPrompt();
      for (const piece of text.split(/(\{Enter\}|\{Escape\})/)) {
        if (piece === '') continue;
        if (piece === '{Enter}') tmux('send-keys', '-t', 't', 'Enter');
        else if (piece === '{Escape}') tmux('send-keys', '-t', 't', 'Escape');
        else tmux('send-keys', '-t', 't', '-l', piece);
      }
    },
    noPrompt() {
      const s = screen();
      if (s.some((l) => PROMPTS.test(l))) throw new Error(`a prompt is up:\n${s.join('\n')}`);
    },
  };
  await term.row(/^~/); // Neovim is up (an empty line under the file's text)
  return term;
}

/** The last row: the message line. */
const messageLine = (t: Term) => t.screen()[23] ?? '';

/** The notice on the message line: within v:echospace (68 cells here), nothing wrapped above. */
function expectOneLine(t: Term, match: RegExp): void {
  const line = messageLine(t);
  expect(line).toMatch(match);
  expect(Array.from(line.trimEnd()).length).toBeLessThanOrEqual(68);
  t.noPrompt();
}

/**
 * The review's status, as the screen shows it: its `# Status: ` row and the rows that
 * continue it (`#` and spaces), up to the end of the buffer's text.
 */
function statusRows(t: Term): string[] {
  const rows = t.screen();
  const at = rows.findIndex((l) => l.startsWith('# Status: '));
  if (at < 0) return [];
  const out = [rows[at] ?? ''];
  for (const l of rows.slice(at + 1)) {
    if (!/^# {9}\S/.test(l)) break;
    out.push(l);
  }
  return out;
}

/** The status wrapped by the plugin between words: every row within 80 columns, each next one indented under the first's text, no word split. */
function expectStatusWrapped(t: Term, status: string): string[] {
  const rows = statusRows(t);
  expect(rows.length, t.screen().join('\n')).toBeGreaterThan(1);
  for (const r of rows) expect(Array.from(r).length).toBeLessThanOrEqual(80);
  expect(rows.map((r, i) => (i === 0 ? r.slice('# Status: '.length) : r.replace(/^# {9}/, ''))).join(' ')).toBe(status);
  return rows;
}

const journal = () => join(repo.work, 'journal.txt');
const remoteSubject = () => sb.git(repo.bare, 'log', '-1', '--format=%s', 'master').trim();

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('in tmux, 80x24, with Neovim’s own vim.notify', () => {
  it('success: review, :w, and one line that says what was committed and pushed', async () => {
    const t = await terminal({ host: fake.url }, journal());
    t.keys('GoA walk around the lake.{Escape}');
    t.keys('\\g');
    await t.row(/^Add the autumn trip to the lake, with the photos of the second day$/);
    await t.row(/# Status: written by gemma3/);
    t.keys(':w{Enter}');
    // As much of the subject as fits, cut between words: it is the last part to give way.
    await t.row(/^pushed [0-9a-f]{7} "Add the autumn trip to the lake, with the photos…"\s*$/);
    expectOneLine(t, /pushed/);
    expect(remoteSubject()).toBe(SUBJECT);
  });

  it('a subject that fits the line is shown whole', async () => {
    const subject = 'Add the first journal entry about the autumn trip';
    fake.setModel('gemma3', { chunks: subject.split(/(?= )/) });
    const t = await terminal({ host: fake.url }, journal());
    t.keys('GoA walk around the lake.{Escape}');
    t.keys('\\g');
    await t.row(/# Status: written by gemma3/);
    t.keys(':w{Enter}');
    await t.row(/^pushed [0-9a-f]{7} "Add the first journal entry about the autumn trip"\s*$/);
    expectOneLine(t, /pushed/);
  });

  it('fallback: why and what to do on the line, the status wrapped between words, the commit says it took the default, the output has it whole', async () => {
    const port = await closedPort();
    const t = await terminal({ host: `http://127.0.0.1:${port}` }, journal());
    t.keys('GoOffline.{Escape}');
    t.keys('\\g');
    await t.row(/^Ollama unreachable: ollama serve \(default message\)\s*$/);
    expectOneLine(t, /^Ollama unreachable/);
    await t.row(/^# Status: default message:/);
    expectStatusWrapped(t, `default message: Ollama unreachable at http://127.0.0.1:${port} (connection refused)`);
    t.keys(':w{Enter}');
    await t.row(/^Ollama unreachable: ollama serve \(default message committed, pushed\)\s*$/);
    expectOneLine(t, /default message committed, pushed/);
    expect(remoteSubject()).toBe('Update journal.txt');
    t.keys(':GitCommitPush output{Enter}');
    await t.row(/^Git Add Output:/);
    t.keys('/^Messages{Enter}zt');
    await t.row(/^Messages \(newest last\):/);
    // Whole, wrapped in the window as long lines are (a space at a row's end is not on the screen).
    const text = t.screen().join('').replace(/\s/g, '');
    const whole = (s: string) => s.replace(/\s/g, '');
    expect(text).toContain(whole(`warning: git-commit-push: Ollama unreachable at http://127.0.0.1:${port} (connection refused): ollama serve (using the default message "Update journal.txt")`));
    expect(text).toMatch(
      new RegExp(whole(`warning:git-commit-push:committed[0-9a-f]{7}withthedefaultmessage"Update journal\\.txt"\\(Ollama unreachable at http://127\\.0\\.0\\.1:${port} \\(connection refused\\): ollama serve\\) and pushed to origin/master`)),
    );
    t.keys('q');
    await waitFor(() => !t.screen().some((l) => /^Messages \(newest last\):/.test(l)), 10_000, 100);
    t.noPrompt();
  });

  it('a model that is not pulled: the reason and `ollama pull` on the line, before :w and after', async () => {
    const t = await terminal({ host: fake.url, model: 'llama3.2' }, journal());
    t.keys('GoA line.{Escape}');
    t.keys('\\g');
    await t.row(/^model "llama3\.2" not found: ollama pull llama3\.2 \(default message\)\s*$/);
    expectOneLine(t, /ollama pull llama3\.2/);
    await t.row(/^# Status: default message:/);
    const rows = expectStatusWrapped(t, `default message: model "llama3.2" not found at ${fake.url} (run: ollama pull llama3.2)`);
    // The advice on a row of its own making, never split.
    expect(rows.some((r) => r.includes('(run: ollama pull llama3.2)'))).toBe(true);
    t.keys(':w{Enter}');
    await t.row(/^no model "llama3\.2": ollama pull llama3\.2 \(default message, pushed\)\s*$/);
    expectOneLine(t, /default message, pushed/);
    expect(remoteSubject()).toBe('Update journal.txt');
  });

  it('noreview with Ollama down: the commit’s own notice says it took the default message, and why', async () => {
    const port = await closedPort();
    const t = await terminal({ host: `http://127.0.0.1:${port}`, review: false }, journal());
    t.keys('GoOffline.{Escape}');
    t.keys('\\g');
    await t.row(/^Ollama unreachable: ollama serve \(default message committed, pushed\)\s*$/);
    expectOneLine(t, /default message committed, pushed/);
    expect(remoteSubject()).toBe('Update journal.txt');
    // The commit's notice is the run's last: nothing comes after it to replace it.
    expect(t.screen().some((l) => /committed [0-9a-f]{7} "Update journal\.txt" and pushed/.test(l))).toBe(false);
  });

  it('cold start: from the keypress, the status window says the node host is starting', async () => {
    // The host waits at a gate until the test has seen the screen: no race with a fast start.
    const gate = join(sb.dir, 'host-gate');
    const script = join(sb.dir, 'host-gate.cjs');
    writeFileSync(
      script,
      [
        "const fs = require('fs');",
        'const gate = process.env.GCP_TEST_HOST_GATE;',
        "if (gate) { fs.writeFileSync(gate + '.waiting', ''); const cell = new Int32Array(new SharedArrayBuffer(4));",
        '  while (!fs.existsSync(gate)) Atomics.wait(cell, 0, 0, 20); }',
        '',
      ].join('\n'),
    );
    const t = await terminal({ host: fake.url }, journal(), { env: { NODE_OPTIONS: `--require ${script}`, GCP_TEST_HOST_GATE: gate } });
    t.keys('GoA line.{Escape}');
    t.keys('\\g');
    await waitFor(() => existsSync(`${gate}.waiting`), 20_000, 50);
    await t.row(/git-commit-push: starting the node host(\.\.\.| \(\d+ s\)) *$/);
    writeFileSync(gate, '');
    await t.row(/# Status: written by gemma3/);
    expect(t.screen().some((l) => /starting the node host/.test(l))).toBe(false);
  });

  it('a message left when Neovim was quit: the review says what is true, wrapped between words', async () => {
    const first = await terminal({ host: fake.url }, journal());
    first.keys('GoA line.{Escape}');
    first.keys('\\g');
    await first.row(/# Status: written by gemma3/);
    first.keys('ccMy own words about the lake{Escape}');
    const draft = draftPath({ gitDir: join(repo.work, '.git') }, { scope: 'file', file: 'journal.txt' });
    await waitFor(() => existsSync(draft) && readFileSync(draft, 'utf8').includes('My own words about the lake'), 10_000, 50);
    first.keys(':qa!{Enter}');

    const t = await terminal({ host: fake.url }, journal());
    t.keys('\\g');
    await t.row(/^My own words about the lake$/);
    await t.row(/^# Status: your message/);
    expectStatusWrapped(t, 'your message from an earlier review, not committed yet (gr: generate a new one)');
    t.noPrompt();
  });

  it('push rejected: why and what to do on one line, git’s words one command away, q closes them', async () => {
    const other = join(sb.dir, 'other');
    sb.git(sb.dir, 'clone', '-q', repo.bare, other);
    writeFileSync(join(other, 'elsewhere.txt'), 'x\n');
    sb.git(other, 'add', '--', 'elsewhere.txt');
    sb.git(other, 'commit', '-qm', 'Elsewhere');
    sb.git(other, 'push', '-q');
    const t = await terminal({ host: fake.url }, journal());
    t.keys('GoA line.{Escape}');
    t.keys('\\g');
    await t.row(/# Status: written by gemma3/);
    t.keys(':w{Enter}');
    await t.row(/^push failed: git pull --rebase, then :GitCommitPush push\s*$/);
    expectOneLine(t, /^push failed/);
    expect(t.screen().join('\n')).not.toMatch(/\t|hint:|\^I/);

    t.keys(':GitCommitPush output{Enter}');
    await t.row(/^Git Push Output:/);
    await t.row(/! \[rejected\]\s+master -> master \(fetch first\)/);
    t.keys('q');
    await waitFor(() => !t.screen().some((l) => /^Git Push Output:/.test(l)), 10_000, 100);
    t.noPrompt();
  });

  it("refused: git's reason on one line, and the message stays for the next :w", async () => {
    hook(join(repo.work, '.git/hooks'), 'pre-commit', 'echo "lint: trailing whitespace in journal.txt" >&2; exit 1');
    const t = await terminal({ host: fake.url }, journal());
    t.keys('GoA line.{Escape}');
    t.keys('\\g');
    await t.row(/# Status: written by gemma3/);
    t.keys(':w{Enter}');
    await t.row(/^commit refused: lint: trailing whitespace in journal\.txt\s*$/);
    expectOneLine(t, /^commit refused/);
    await t.row(/^Add the autumn trip to the lake, with the photos of the second day$/);
    // Kept on disk as well, for the next :w after a quit.
    expect(readFileSync(draftPath({ gitDir: join(repo.work, '.git') }, { scope: 'file', file: 'journal.txt' }), 'utf8')).toBe(`${SUBJECT}\n`);
  });

  it('busy: the status window counts, a second \\g says what still runs, and the end is one line', async () => {
    const gate = join(sb.dir, 'release');
    const running = join(sb.dir, 'pre-push-running');
    hook(join(repo.work, '.git/hooks'), 'pre-push', `touch '${running}'; while [ ! -f '${gate}' ]; do sleep 0.05; done`);
    const t = await terminal({ host: fake.url, review: false }, journal());
    t.keys('GoA line.{Escape}');
    t.keys('\\g');
    await waitFor(() => existsSync(running), 20_000, 50);
    await t.row(/git-commit-push: pushing to origin\/master \(\d+ s\)\s*$/);
    t.keys('\\g');
    await t.row(/^still pushing to origin\/master \(\d+ s\): :GitCommitPush cancel stops/);
    expectOneLine(t, /^still pushing/);
    writeFileSync(gate, '');
    await t.row(/^pushed [0-9a-f]{7} "Add the autumn trip to the lake, with the photos…"\s*$/);
    expect(t.screen().some((l) => /pushing to origin\/master \(/.test(l))).toBe(false);
    t.noPrompt();
  });

  it('setup() problems: all of them in one line at startup, the details in the output window', async () => {
    const t = await terminal({ host: fake.url, model: 3, colour: true, num_ctx: 'big' }, journal());
    await t.row(/^setup\(\) ignored colour, model, num_ctx: see :GitCommitPush output\s*$/);
    expectOneLine(t, /^setup\(\) ignored/);
    t.keys(':GitCommitPush output{Enter}');
    await t.row(/^ {4}ignoring option "num_ctx": expected a positive integer, got "big"$/);
    await t.row(/^ {4}ignoring unknown option "colour"$/);
    await t.row(/^ {4}ignoring option "model": expected a model name, got 3$/);
  });

  it('setup() with a typo: the option it meant, on the line', async () => {
    const t = await terminal({ host: fake.url, modle: 'gemma3' }, journal());
    await t.row(/^git-commit-push: setup\(\) ignored modle \(did you mean model\?\)\s*$/);
    expectOneLine(t, /did you mean model/);
  });

  it('without the remote plugin, \\g says what to do in one line, no prompt; :checkhealth has the rest', async () => {
    const t = await terminal({ host: fake.url }, journal(), { manifest: false });
    t.keys('\\g');
    await t.row(/^:GitCommitPush missing: :UpdateRemotePlugins, restart; :checkhealth\s*$/);
    expectOneLine(t, /UpdateRemotePlugins/);
  });
});

describe('g:git_commit_push_status', () => {
  it('says what runs, for statuslines, with a User event on each change, and is empty when idle', async () => {
    const gate = join(sb.dir, 'release');
    const running = join(sb.dir, 'pre-push-running');
    hook(join(repo.work, '.git/hooks'), 'pre-push', `touch '${running}'; while [ ! -f '${gate}' ]; do sleep 0.05; done`);
    fake.setModel('gemma3', { chunks: SUBJECT.split(/(?= )/), chunkDelayMs: 150 });
    headless = await startNvim(sb, {
      setup: { host: fake.url, review: false },
      cwd: repo.work,
      initLines: ["lua _G.__statuses = {}; vim.api.nvim_create_autocmd('User', { pattern = 'GitCommitPushStatus', callback = function() table.insert(_G.__statuses, vim.g.git_commit_push_status) end })"],
    });
    const nv = headless;
    const statuses = async () => (await nv.nvim.lua('return _G.__statuses')) as string[];
    expect(await nv.nvim.getVar('git_commit_push_status')).toBe('');
    await change(nv, journal());
    await nv.nvim.input('\\g');

    await waitFor(() => existsSync(running), 20_000, 50);
    await waitFor(async () => /^pushing( \d+s)?$/.test(String(await nv.nvim.getVar('git_commit_push_status'))));
    // The status window shows the same, and counts.
    const FLOAT_TEXT =
      "(function() for _, w in ipairs(vim.api.nvim_list_wins()) do if vim.api.nvim_win_get_config(w).relative ~= '' then return vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(w), 0, -1, false)[1] end end return '' end)()";
    const floatText = async () => (await nv.nvim.lua(`return ${FLOAT_TEXT}`)) as string;
    expect(await floatText()).toMatch(/^ git-commit-push: pushing to origin\/master(\.\.\.| \(\d+ s\)) $/);
    // Both read in one Lua call, so that no second passes between them: the same count in each.
    const both = async () => (await nv.nvim.lua(`return { ${FLOAT_TEXT}, vim.g.git_commit_push_status }`)) as [string, string];
    const [float, status] = await waitFor(async () => {
      const b = await both();
      return / \(\d+ s\) $/.test(b[0]) && b;
    }, 5000, 100);
    const count = / \((\d+) s\) $/.exec(float)?.[1];
    expect(Number(count)).toBeGreaterThanOrEqual(1);
    expect(status).toBe(`pushing ${count}s`);

    writeFileSync(gate, '');
    await nv.waitForNote(/committed [0-9a-f]{7} .* and pushed/);
    await waitFor(async () => (await nv.nvim.getVar('git_commit_push_status')) === '');
    expect(await floatText()).toBe('');
    // Each phase in turn, each change once (the counting ones too), idle at the end.
    const seen = (await statuses()).map((s) => s.replace(/ \d+s$/, ''));
    const phases = seen.filter((s, i) => s !== seen[i - 1]);
    // The first \g of this Neovim starts the node host: "starting" while Neovim waits for it.
    expect(phases).toEqual(['starting', '', 'generating', 'committing', 'pushing', '']);
    const all = await statuses();
    expect(all.every((s, i) => s !== all[i - 1])).toBe(true);
  });
});

describe('User GitCommitPushDone', () => {
  const recorder =
    "lua _G.__done = {}; vim.api.nvim_create_autocmd('User', { pattern = 'GitCommitPushDone', callback = function(ev) table.insert(_G.__done, (ev.data ~= nil and ev.data ~= vim.NIL) and ev.data or vim.g.git_commit_push_last) end })";
  type Done = { stage: string; hash: string; default_message: boolean; reason?: string };

  it('says when the commit took the default message, and why, without review and with it; and says so when it did not', async () => {
    const port = await closedPort();
    headless = await startNvim(sb, { setup: { host: `http://127.0.0.1:${port}`, review: false }, cwd: repo.work, initLines: [recorder] });
    const nv = headless;
    await change(nv, journal());
    await nv.nvim.input('\\g');
    await nv.waitForNote(/default message/);
    await waitFor(async () => ((await nv.nvim.lua('return _G.__done')) as Done[]).length === 2);
    const quiet = (await nv.nvim.lua('return _G.__done')) as Done[];
    expect(quiet.map((d) => [d.stage, d.default_message])).toEqual([
      ['commit', true],
      ['push', true],
    ]);
    for (const d of quiet) expect(d.reason).toBe(`Ollama unreachable at http://127.0.0.1:${port} (connection refused)`);

    // With review: the default message, committed untouched with :w.
    await nv.nvim.lua('_G.__done = {}');
    await change(nv, journal(), 'Another line.');
    await nv.nvim.command('GitCommitPush review');
    await inReview(nv);
    await messageIs(nv, 'Update journal.txt');
    await nv.nvim.command('write');
    await waitFor(async () => ((await nv.nvim.lua('return _G.__done')) as Done[]).length === 2);
    expect(((await nv.nvim.lua('return _G.__done')) as Done[]).map((d) => d.default_message)).toEqual([true, true]);

    // A message of the model's: not the default.
    await nv.nvim.lua('_G.__done = {}');
    await nv.nvim.lua('require("git-commit-push").setup({ host = ..., review = false })', [fake.url]);
    await change(nv, journal(), 'A third line.');
    await nv.nvim.input('\\g');
    await waitFor(async () => ((await nv.nvim.lua('return _G.__done')) as Done[]).length === 2);
    const made = (await nv.nvim.lua('return _G.__done')) as Done[];
    expect(made.map((d) => [d.default_message, d.reason ?? null])).toEqual([
      [false, null],
      [false, null],
    ]);
  });
});
