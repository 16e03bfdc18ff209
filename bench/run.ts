/**
 * `npm run bench`: what `\g` costs beyond git and the model, measured with real
 * headless Neovim and the plugin's committed bundle on the real node host, real
 * git with a bare repository as the remote, and a fake Ollama that answers at
 * once (test/support/fake-ollama.ts, over loopback). Writes bench/RESULTS.md.
 *
 * Every baseline is measured in the same run, interleaved with what it is
 * compared with, so a busy or slow machine moves both. Times on the Neovim side
 * are vim.loop.hrtime() stamps (bench/probe.ts), not RPC round trips.
 *
 * BENCH_RUNS=n (default 12, at least 10) sets the samples per figure;
 * BENCH_ONLY=1,3 runs some figures only (RESULTS.md then says so).
 */
import { appendFileSync, chmodSync, readFileSync, rmSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { simpleGit, type SimpleGitOptions } from 'simple-git';
import { startFakeOllama, type FakeOllama } from '../test/support/fake-ollama.js';
import { ROOT, startNvim, type Nvim } from '../test/support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../test/support/sandbox.js';
import { benchCli, cliTable, type CliBench } from './cli.js';
import { corpusSection, runCorpus, type CorpusFigure } from './corpus.js';
import { machine, type Machine } from './machine.js';
import { ensureOpencommit, opencommitEnv, type Opencommit } from './opencommit.js';
import { nowMs, Probe } from './probe.js';
import { must, run } from './proc.js';
import { ms, num, ratio, spread, summarize, type Summary } from './stats.js';

const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 12) || 12);
const ONLY = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5,cli,corpus').split(',').map((s) => s.trim()));
const SIZES = [1_000, 10_000, 46_505, 200_000];
const MODEL = 'gemma3';
const SLOW_MODEL = 'slowpoke';
const SLOW_CHUNKS = 30;
const SLOW_DELAY_MS = 100;
const HOOK_SLEEP_S = 2;
const RTT_EVERY_MS = 5;

const log = (s: string): void => void process.stderr.write(`bench: ${s}\n`);
const sleep = (t: number): Promise<void> => new Promise((r) => setTimeout(r, t));

// ------------------------------------------------------------------ Neovim sessions

interface Session {
  nv: Nvim;
  probe: Probe;
  repo: Repo;
}

async function openSession(sb: Sandbox, repo: Repo, setup: Record<string, unknown>, env: NodeJS.ProcessEnv = {}): Promise<Session> {
  const nv = await startNvim(sb, { setup, cwd: sb.dir, env });
  await nv.nvim.command(`edit ${join(repo.work, 'journal.txt')}`);
  const probe = await Probe.install(nv.nvim);
  return { nv, probe, repo };
}

/** A new, unsaved line in the journal's buffer: \g has to write it first, as a user's would. */
async function typeLine(s: Session, text: string): Promise<void> {
  await s.nv.nvim.lua('vim.api.nvim_buf_set_lines(0, -1, -1, false, {...})', [text]);
}

/** Closes the review window as :q! does, and waits until the plugin has dropped the session. */
async function abortReview(s: Session): Promise<void> {
  await s.nv.nvim.lua(`
    for _, w in ipairs(vim.api.nvim_list_wins()) do
      local name = vim.api.nvim_buf_get_name(vim.api.nvim_win_get_buf(w))
      if name:find('^git%-commit%-push://') and name ~= 'git-commit-push://output' then vim.api.nvim_win_close(w, true) end
    end`);
  await s.probe.note(/commit aborted/);
}

interface ReviewRun {
  /** keypress to BufWinEnter of the review buffer, its comment lines in */
  toWindow: number;
  /** keypress to the end of the Lua call that opened it (split, filetype set) */
  toOpen: number;
  /** this process's nvim_input call to the 'review' event arriving here: RPC both ways included */
  rpcInclusive: number;
  /** keypress to the model's first words in the review buffer (the fake answers at once) */
  toText: number;
  /** keypress to the final status line (message written) */
  toMessage: number;
}

/** \g with review: until the message is in, then :q!. */
async function reviewRun(s: Session, line: string): Promise<ReviewRun> {
  await typeLine(s, line);
  await s.probe.arm();
  const t0 = nowMs();
  await s.nv.nvim.input('\\g');
  const review = await s.probe.wait('review');
  const text = await s.probe.wait('text', () => true, 30_000);
  const done = await s.probe.wait('status', (d) => /^(written by|default message)/.test(String(d.status)), 30_000);
  await s.probe.disarm();
  if (/^default message/.test(String(done.data.status))) throw new Error(`bench: the fake model was not used: ${String(done.data.status)}`);
  const d = review.data as { t_key: number; t_win: number; t_open: number };
  if (!(d.t_key > 0)) throw new Error('bench: the keypress was not seen by vim.on_key');
  await abortReview(s);
  return {
    toWindow: d.t_win - d.t_key,
    toOpen: d.t_open - d.t_key,
    rpcInclusive: review.at - t0,
    toText: (text.data.t as number) - d.t_key,
    toMessage: (done.data.t as number) - d.t_key,
  };
}

function remoteHead(sb: Sandbox, repo: Repo): string {
  return sb.git(repo.bare, 'rev-parse', 'master').trim();
}

function checkArrived(sb: Sandbox, repo: Repo, what: string): void {
  const local = sb.git(repo.work, 'rev-parse', 'HEAD').trim();
  const remote = remoteHead(sb, repo);
  if (local !== remote) throw new Error(`bench: after ${what}, the bare remote has ${remote}, the work tree ${local}`);
}

/**
 * The moment the bare remote's branch moves, seen by inotify on its refs folder: what
 * the user waits for, whatever the plugin says afterwards. Same clock as the probe's.
 */
class RefWatch {
  private moves: number[] = [];
  private readonly watcher: FSWatcher;
  constructor(readonly repo: Repo, readonly branch = 'master') {
    this.watcher = watch(join(repo.bare, 'refs/heads'), (_ev, name) => {
      if (name === branch) this.moves.push(nowMs());
    });
  }
  /** Forgets earlier moves; the next one counts. */
  reset(): void {
    this.moves = [];
  }
  /** The first move since reset(), once the branch holds `hash`. */
  async movedTo(sb: Sandbox, hash: string, timeoutMs = 20_000): Promise<number> {
    const deadline = nowMs() + timeoutMs;
    while (nowMs() < deadline) {
      if (this.moves.length > 0 && remoteHead(sb, this.repo) === hash) return this.moves[0] as number;
      await sleep(2);
    }
    throw new Error(`bench: the bare remote never moved to ${hash}`);
  }
  close(): void {
    this.watcher.close();
  }
}

interface PushedRun {
  /** keypress to the plugin's INFO "committed ... pushed to" */
  toNotice: number;
  /** keypress to the bare remote's branch moving */
  toRef: number;
}

/** \g with review = false: keypress to the remote's ref moving, and to the plugin's notice. */
async function noReviewRun(sb: Sandbox, s: Session, line: string, timeoutMs = 20_000, refs?: RefWatch): Promise<PushedRun> {
  const before = remoteHead(sb, s.repo);
  await typeLine(s, line);
  await s.probe.arm();
  refs?.reset();
  await s.nv.nvim.input('\\g');
  const note = await s.probe.note(/committed [0-9a-f]+ .* and pushed to/, timeoutMs);
  await s.probe.disarm();
  const tKey = note.data.t_key as number;
  if (!(tKey > 0)) throw new Error('bench: the keypress was not seen by vim.on_key');
  if (remoteHead(sb, s.repo) === before) throw new Error('bench: the notification came but the bare remote did not move');
  checkArrived(sb, s.repo, 'the plugin');
  const toNotice = (note.data.t as number) - tKey;
  const toRef = refs ? (await refs.movedTo(sb, remoteHead(sb, s.repo))) - tKey : NaN;
  return { toNotice, toRef };
}

/** The longest nvim_eval('1') round trip while `fn` runs, one every RTT_EVERY_MS. */
async function rttDuring<T>(s: Session, fn: () => Promise<T>): Promise<{ value: T; rtts: number[]; ms: number }> {
  const rtts: number[] = [];
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      const t = nowMs();
      await s.nv.nvim.eval('1');
      rtts.push(nowMs() - t);
      await sleep(RTT_EVERY_MS);
    }
  })();
  const t0 = nowMs();
  try {
    const value = await fn();
    return { value, rtts, ms: nowMs() - t0 };
  } finally {
    stop = true;
    await loop;
  }
}

// ------------------------------------------------------------------ figure 1

interface Fig1 {
  cold: ReviewRun[];
  second: ReviewRun[];
  warm: ReviewRun[];
  /** Warm, but the repository's config was written just before each keypress. */
  configChanged: ReviewRun[];
  hostStart: number[];
}

async function figure1(sb: Sandbox, fake: FakeOllama): Promise<Fig1> {
  const cold: ReviewRun[] = [];
  const second: ReviewRun[] = [];
  const hostStart: number[] = [];
  const coldRepo = makeRepo(sb, { name: 'cold' });
  // Made now, so that by the warm runs its config is as old as a real repository's: the
  // plugin trusts its cached repository facts only for config files older than 2 s.
  const warmRepo = makeRepo(sb, { name: 'warm' });
  for (let i = 0; i < RUNS; i++) {
    const s = await openSession(sb, coldRepo, { host: fake.url });
    try {
      cold.push(await reviewRun(s, `Cold run ${i}.`));
      second.push(await reviewRun(s, `Second use ${i}.`));
    } finally {
      await s.nv.stop();
    }
    log(`figure 1 cold ${i + 1}/${RUNS}: ${ms(cold[cold.length - 1]!.toOpen)}`);
  }
  // What the node host's start alone costs Neovim: remote#host#Require blocks until the host answers.
  for (let i = 0; i < Math.min(RUNS, 10); i++) {
    const s = await openSession(sb, coldRepo, { host: fake.url });
    try {
      hostStart.push((await s.nv.nvim.lua("local t = vim.loop.hrtime(); vim.fn['remote#host#Require']('node'); return (vim.loop.hrtime() - t) / 1e6")) as number);
    } finally {
      await s.nv.stop();
    }
  }
  const s = await openSession(sb, warmRepo, { host: fake.url });
  const warm: ReviewRun[] = [];
  const configChanged: ReviewRun[] = [];
  try {
    await reviewRun(s, 'First use, not counted.');
    for (let i = 0; i < RUNS; i++) warm.push(await reviewRun(s, `Warm run ${i}.`));
    // The first \g after a config change asks git where the repository is and what its config says.
    for (let i = 0; i < RUNS; i++) {
      sb.git(warmRepo.work, 'config', 'bench.run', String(i));
      configChanged.push(await reviewRun(s, `After a config change ${i}.`));
    }
  } finally {
    await s.nv.stop();
  }
  log(`figure 1 warm: ${ms(summarize(warm.map((r) => r.toOpen)).median)}`);
  return { cold, second, warm, configChanged, hostStart };
}

// ------------------------------------------------------------------ figures 2 and 5

interface OcoProbe {
  code: number | null;
  committed: boolean;
  pushed: boolean;
  tail: string;
}

interface Fig25 {
  /** review = false runs, spaced SPACING_MS apart, as a user's commits are */
  plugin: PushedRun[];
  firstPlugin: number;
  /** the plain git chain: to its last command's exit, and to the remote's ref moving */
  chain: ChainRun[];
  oco: number[] | undefined;
  ocoInfo: Opencommit | { error: string };
  ocoProbe: OcoProbe | undefined;
  ocoMessage: string | undefined;
}

function cleanTerminal(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
}

interface ChainRun {
  toEnd: number;
  toRef: number;
}

async function gitChain(sb: Sandbox, repo: Repo, file: string, line: string, refs?: RefWatch): Promise<ChainRun> {
  appendFileSync(join(repo.work, file), line + '\n');
  const o = { cwd: repo.work, env: sb.env };
  refs?.reset();
  const t0 = nowMs();
  await must('git', ['add', '--', file], o);
  await must('git', ['commit', '-m', `Update ${file}`], o);
  await must('git', ['push'], o);
  const toEnd = nowMs() - t0;
  checkArrived(sb, repo, 'the plain git chain');
  const toRef = refs ? (await refs.movedTo(sb, remoteHead(sb, repo))) - t0 : NaN;
  return { toEnd, toRef };
}

/** Between two commits of one user: long enough for the repository cache to trust what it knows. */
const SPACING_MS = 2_100;

/** opencommit's own run, then a plain `git push` (it cannot push without asking: see RESULTS.md). */
async function ocoChain(sb: Sandbox, repo: Repo, cli: string, fake: FakeOllama, line: string): Promise<number> {
  appendFileSync(join(repo.work, 'oco.txt'), line + '\n');
  const o = { cwd: repo.work, env: sb.env };
  const t0 = nowMs();
  await must('git', ['add', '--', 'oco.txt'], o);
  const r = await run(process.execPath, [cli, '--yes'], { cwd: repo.work, env: opencommitEnv(sb.env, fake.url, MODEL, false), timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`bench: opencommit exited ${r.code ?? r.signal}: ${cleanTerminal(r.stdout + r.stderr).slice(-800)}`);
  await must('git', ['push'], o);
  const t = nowMs() - t0;
  checkArrived(sb, repo, 'opencommit');
  return t;
}

/** Once: opencommit as its users run it, push on (its default), and no terminal to answer its question. */
async function ocoAsIs(sb: Sandbox, repo: Repo, cli: string, fake: FakeOllama): Promise<OcoProbe> {
  const before = sb.git(repo.work, 'rev-parse', 'HEAD').trim();
  const remoteBefore = remoteHead(sb, repo);
  appendFileSync(join(repo.work, 'oco.txt'), 'As is.\n');
  sb.git(repo.work, 'add', '--', 'oco.txt');
  const r = await run(process.execPath, [cli, '--yes'], { cwd: repo.work, env: opencommitEnv(sb.env, fake.url, MODEL, true), timeoutMs: 30_000 });
  const committed = sb.git(repo.work, 'rev-parse', 'HEAD').trim() !== before;
  const pushed = remoteHead(sb, repo) !== remoteBefore;
  const out = cleanTerminal(r.stdout + r.stderr)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^[│└┌◇○◒◐◓◑]$/.test(l));
  // Leave the repository as the measured runs expect it: everything pushed.
  if (committed && !pushed) sb.git(repo.work, 'push', '-q');
  return { code: r.timedOut ? null : r.code, committed, pushed, tail: out.slice(-6).join(' / ') };
}

async function figures2and5(sb: Sandbox, fake: FakeOllama): Promise<Fig25> {
  const repo = makeRepo(sb, { name: 'push' });
  for (const f of ['notes.txt', 'oco.txt']) writeFileSync(join(repo.work, f), 'Day one.\n');
  sb.git(repo.work, 'add', '--', 'notes.txt', 'oco.txt');
  sb.git(repo.work, 'commit', '-q', '-m', 'Add notes');
  sb.git(repo.work, 'push', '-q');

  const ocoInfo = ONLY.has('5') ? await ensureOpencommit(ROOT) : { error: 'not run (BENCH_ONLY)' };
  const cli = 'cli' in ocoInfo ? ocoInfo.cli : undefined;
  let ocoProbe: OcoProbe | undefined;
  let ocoMessage: string | undefined;
  if (cli) {
    ocoProbe = await ocoAsIs(sb, repo, cli, fake);
    log(`opencommit as is: exit ${ocoProbe.code}, committed ${ocoProbe.committed}, pushed ${ocoProbe.pushed}`);
  }

  const s = await openSession(sb, repo, { host: fake.url, review: false });
  const refs = new RefWatch(repo);
  const plugin: PushedRun[] = [];
  const chain: ChainRun[] = [];
  const oco: number[] = [];
  try {
    // Not counted: the node host's start, and git's and the page cache's first touch.
    const firstPlugin = (await noReviewRun(sb, s, 'First use, not counted.')).toNotice;
    await gitChain(sb, repo, 'notes.txt', 'Warm-up.');
    if (cli) {
      await ocoChain(sb, repo, cli, fake, 'Warm-up.');
      ocoMessage = sb.git(repo.work, 'log', '-1', '--format=%s').trim();
    }
    for (let i = 0; i < RUNS; i++) {
      // Rotating the order, so that none of the three always runs right after another;
      // spaced as a user's commits are, so that what the plugin knows of the repository holds.
      const steps: Array<() => Promise<void>> = [
        async () => void plugin.push(await noReviewRun(sb, s, `Entry ${i}.`, 20_000, refs)),
        async () => void chain.push(await gitChain(sb, repo, 'notes.txt', `Entry ${i}.`, refs)),
      ];
      if (cli) steps.push(async () => void oco.push(await ocoChain(sb, repo, cli, fake, `Entry ${i}.`)));
      for (let k = 0; k < steps.length; k++) {
        await sleep(SPACING_MS);
        await steps[(i + k) % steps.length]!();
      }
      log(`figure 2/5 round ${i + 1}/${RUNS}: plugin ${ms(plugin[i]!.toRef)} to the remote, git ${ms(chain[i]!.toRef)}${cli ? `, opencommit ${ms(oco[i]!)}` : ''}`);
    }
    return { plugin, firstPlugin, chain, oco: cli ? oco : undefined, ocoInfo, ocoProbe, ocoMessage };
  } finally {
    refs.close();
    await s.nv.stop();
  }
}

// ------------------------------------------------------------------ figure 3

interface ChildResult {
  lines: number;
  textBytes?: number;
  firstMs?: number;
  warmMs?: number[];
  vmHWM: number;
  maxRSS: number;
  estimatedTokens?: number;
  userChars?: number;
}

interface Fig3Row {
  lines: number;
  textMiB: number;
  first: Summary;
  warm: Summary;
  peakMiB: Summary;
  deltaMiB: Summary;
  tokens: number;
}

interface Fig3 {
  baselineMiB: Summary;
  rows: Fig3Row[];
}

async function figure3(): Promise<Fig3> {
  const out = resolve(ROOT, 'node_modules/.cache/run-ts/prompt-child.mjs');
  await build({ entryPoints: [join(ROOT, 'bench/prompt-child.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node18', logLevel: 'warning' });
  const child = async (lines: number, repeats: number): Promise<ChildResult> => {
    const r = await must(process.execPath, [out, String(lines), String(repeats)], { timeoutMs: 120_000 });
    return JSON.parse(r.stdout) as ChildResult;
  };
  const base: number[] = [];
  for (let i = 0; i < 5; i++) base.push((await child(0, 0)).vmHWM / 1024);
  const baselineMiB = summarize(base);
  const rows: Fig3Row[] = [];
  for (const lines of SIZES) {
    const results: ChildResult[] = [];
    for (let i = 0; i < RUNS; i++) results.push(await child(lines, 4));
    rows.push({
      lines,
      textMiB: (results[0]?.textBytes ?? 0) / 2 ** 20,
      first: summarize(results.map((r) => r.firstMs ?? NaN)),
      warm: summarize(results.flatMap((r) => r.warmMs ?? [])),
      peakMiB: summarize(results.map((r) => r.vmHWM / 1024)),
      deltaMiB: summarize(results.map((r) => r.vmHWM / 1024 - baselineMiB.median)),
      tokens: results[0]?.estimatedTokens ?? 0,
    });
    log(`figure 3 ${lines} lines: first call ${ms(rows[rows.length - 1]!.first.median)}`);
  }
  return { baselineMiB, rows };
}

// ------------------------------------------------------------------ figure 4

interface RttCase {
  perRunMax: number[];
  all: number[];
  runMs: number[];
}

interface Fig4 {
  hook: RttCase;
  stream: RttCase;
  firstUse: RttCase;
}

function rttCase(): RttCase {
  return { perRunMax: [], all: [], runMs: [] };
}

async function figure4(sb: Sandbox, fake: FakeOllama): Promise<Fig4> {
  // (a) a pre-push hook in the work repository that sleeps, during a review = false run.
  const repo = makeRepo(sb, { name: 'hook' });
  const hookPath = join(repo.work, '.git/hooks/pre-push');
  writeFileSync(hookPath, `#!/bin/sh\nsleep ${HOOK_SLEEP_S}\n`);
  chmodSync(hookPath, 0o755);
  const hook = rttCase();
  let s = await openSession(sb, repo, { host: fake.url, review: false });
  try {
    await noReviewRun(sb, s, 'First use, not counted.');
    for (let i = 0; i < RUNS; i++) {
      const r = await rttDuring(s, async () => (await noReviewRun(sb, s, `Hooked ${i}.`, 30_000)).toNotice);
      if (r.value < HOOK_SLEEP_S * 1000) throw new Error(`bench: the pre-push hook did not run (the run took ${ms(r.value)})`);
      hook.perRunMax.push(Math.max(...r.rtts));
      hook.all.push(...r.rtts);
      hook.runMs.push(r.value);
    }
  } finally {
    await s.nv.stop();
  }
  log(`figure 4 hook: longest round trip ${ms(Math.max(...hook.all))}`);

  // (b) a slow model streaming into the review buffer.
  const slowRepo = makeRepo(sb, { name: 'slow' });
  const stream = rttCase();
  s = await openSession(sb, slowRepo, { host: fake.url, model: SLOW_MODEL });
  try {
    await reviewRun(s, 'First use, not counted.');
    for (let i = 0; i < RUNS; i++) {
      const r = await rttDuring(s, () => reviewRun(s, `Streamed ${i}.`));
      if (r.value.toMessage < SLOW_CHUNKS * SLOW_DELAY_MS * 0.9) throw new Error(`bench: the slow model was not slow (${ms(r.value.toMessage)})`);
      stream.perRunMax.push(Math.max(...r.rtts));
      stream.all.push(...r.rtts);
      stream.runMs.push(r.value.toMessage);
    }
  } finally {
    await s.nv.stop();
  }
  log(`figure 4 stream: longest round trip ${ms(Math.max(...stream.all))}`);

  // (c) for the record, not a target of the issue: a first use, while the node host starts.
  const firstUse = rttCase();
  for (let i = 0; i < 5; i++) {
    s = await openSession(sb, slowRepo, { host: fake.url });
    try {
      const r = await rttDuring(s, () => reviewRun(s, `First use ${i}.`));
      firstUse.perRunMax.push(Math.max(...r.rtts));
      firstUse.all.push(...r.rtts);
      firstUse.runMs.push(r.value.toOpen);
    } finally {
      await s.nv.stop();
    }
  }
  return { hook, stream, firstUse };
}

// ------------------------------------------------------------------ what bounds the times

interface Units {
  spawnGit: Summary;
  execGitSilent: Summary;
  simpleGitSilent: Summary;
  simpleGitTalking: Summary;
  execGitTalking: Summary;
  nodeStart: Summary;
  requireNeovim: Summary;
  requirePlugin: Summary;
}

/** Unit costs on this machine, measured in this run: they explain the figures above them. */
async function unitCosts(sb: Sandbox): Promise<Units> {
  const repo = makeRepo(sb, { name: 'units' });
  const o = { cwd: repo.work, env: sb.env };
  const spawnGit: number[] = [];
  const execGitSilent: number[] = [];
  const execGitTalking: number[] = [];
  const simpleGitSilent: number[] = [];
  const simpleGitTalking: number[] = [];
  // As src/change/git.ts runs it: the user's environment (npm run sets EDITOR, for one) is allowed through.
  const unsafe = Object.fromEntries(
    ['Editor', 'Pager', 'AskPass', 'ConfigPaths', 'ConfigEnvCount', 'CredentialHelper', 'SshCommand', 'GitProxy', 'HooksPath', 'TemplateDir', 'GpgProgram', 'DiffExternal', 'DiffTextConv', 'Filter', 'FsMonitor'].map((k) => [`allowUnsafe${k}`, true]),
  ) as SimpleGitOptions['unsafe'];
  const sg = () => simpleGit({ baseDir: repo.work, unsafe }).env(sb.env);
  for (let i = 0; i < 15; i++) {
    spawnGit.push((await must('git', ['--version'], o)).ms);
    // `git add` of an unchanged file prints nothing; `git rev-parse HEAD` prints a line.
    execGitSilent.push((await must('git', ['add', '-A', '--', 'journal.txt'], o)).ms);
    execGitTalking.push((await must('git', ['rev-parse', 'HEAD'], o)).ms);
    let t = nowMs();
    await sg().raw(['add', '-A', '--', 'journal.txt']);
    simpleGitSilent.push(nowMs() - t);
    t = nowMs();
    await sg().raw(['rev-parse', 'HEAD']);
    simpleGitTalking.push(nowMs() - t);
  }
  const timeIn = async (code: string): Promise<number> => Number((await must(process.execPath, ['-e', code], { cwd: ROOT })).stdout.trim());
  const nodeStart: number[] = [];
  const requireNeovim: number[] = [];
  const requirePlugin: number[] = [];
  for (let i = 0; i < 5; i++) {
    nodeStart.push((await must(process.execPath, ['-e', '0'])).ms);
    requireNeovim.push(await timeIn("const t = performance.now(); require('neovim'); console.log(performance.now() - t)"));
    requirePlugin.push(await timeIn("const t = performance.now(); require('./rplugin/node/git-commit-push/index.js'); console.log(performance.now() - t)"));
  }
  return {
    spawnGit: summarize(spawnGit),
    execGitSilent: summarize(execGitSilent),
    execGitTalking: summarize(execGitTalking),
    simpleGitSilent: summarize(simpleGitSilent),
    simpleGitTalking: summarize(simpleGitTalking),
    nodeStart: summarize(nodeStart),
    requireNeovim: summarize(requireNeovim),
    requirePlugin: summarize(requirePlugin),
  };
}

interface TimelineEntry {
  at: number;
  what: string;
}

/**
 * One warm \g of each kind, with GIT_TRACE2_EVENT on: when each git process
 * started and ended, in ms after the keypress. Run after the figures, since
 * tracing slows git a little.
 */
async function timelines(sb: Sandbox, fake: FakeOllama, repo: Repo): Promise<{ review: TimelineEntry[]; noReview: TimelineEntry[] }> {
  const trace = join(sb.dir, 'trace2.json');
  const wallOffset = (): number => performance.timeOrigin + performance.now() - nowMs();
  const readTrace = (keyHr: number): TimelineEntry[] => {
    const offset = wallOffset();
    const keyWall = keyHr + offset;
    const entries: TimelineEntry[] = [];
    const argvBySid = new Map<string, string>();
    for (const line of readFileSync(trace, 'utf8').trim().split('\n')) {
      const e = JSON.parse(line) as { event: string; sid: string; time: string; argv?: string[]; code?: number };
      if (e.sid.includes('/')) continue; // git's own children (receive-pack, pack-objects...): part of their parent's time
      const m = /\.(\d{3})(\d{3})Z$/.exec(e.time);
      const wall = Date.parse(e.time.replace(/\.\d+Z$/, `.${m?.[1] ?? '000'}Z`)) + Number(m?.[2] ?? 0) / 1000;
      if (e.event === 'start') {
        const argv = (e.argv ?? []).slice(1).filter((a, i, all) => a !== '-c' && all[i - 1] !== '-c');
        const short = argv.slice(0, 3).join(' ');
        argvBySid.set(e.sid, short);
        entries.push({ at: wall - keyWall, what: `git ${short} starts` });
      } else if (e.event === 'exit') {
        entries.push({ at: wall - keyWall, what: `git ${argvBySid.get(e.sid) ?? '?'} exits (${e.code ?? '?'})` });
      }
    }
    return entries;
  };

  let s = await openSession(sb, repo, { host: fake.url }, { GIT_TRACE2_EVENT: trace });
  let review: TimelineEntry[];
  try {
    await reviewRun(s, 'First use, not counted.');
    await reviewRun(s, 'Second use, not counted.');
    rmSync(trace, { force: true });
    await typeLine(s, 'Traced.');
    await s.probe.arm();
    await s.nv.nvim.input('\\g');
    const r = await s.probe.wait('review');
    const d = r.data as { t_key: number; t_win: number; t_open: number };
    await s.probe.wait('status', (x) => /^written by/.test(String(x.status)));
    await s.probe.disarm();
    review = [...readTrace(d.t_key), { at: d.t_win - d.t_key, what: 'review buffer enters its window (BufWinEnter)' }, { at: d.t_open - d.t_key, what: 'review buffer opened (filetype set, Lua call returned)' }];
    await abortReview(s);
  } finally {
    await s.nv.stop();
  }
  s = await openSession(sb, repo, { host: fake.url, review: false }, { GIT_TRACE2_EVENT: trace });
  let noReview: TimelineEntry[];
  try {
    await noReviewRun(sb, s, 'First use, not counted.');
    await noReviewRun(sb, s, 'Second use, not counted.');
    rmSync(trace, { force: true });
    await typeLine(s, 'Traced.');
    await s.probe.arm();
    await s.nv.nvim.input('\\g');
    const n = await s.probe.note(/pushed to/);
    await s.probe.disarm();
    const key = n.data.t_key as number;
    noReview = [...readTrace(key), { at: (n.data.t as number) - key, what: 'INFO notification: committed and pushed' }];
  } finally {
    await s.nv.stop();
  }
  const order = (a: TimelineEntry, b: TimelineEntry): number => a.at - b.at;
  return { review: review.sort(order), noReview: noReview.sort(order) };
}

// ------------------------------------------------------------------ RESULTS.md

interface Results {
  machine: Machine;
  started: Date;
  seconds: number;
  units?: Units | undefined;
  fig1?: Fig1;
  fig25?: Fig25;
  fig3?: Fig3;
  fig4?: Fig4;
  corpus?: CorpusFigure | undefined;
  cli?: CliBench | undefined;
  timeline?: { review: TimelineEntry[]; noReview: TimelineEntry[] } | undefined;
}

const pass = (ok: boolean): string => (ok ? '**PASS**' : '**MISS**');

function report(r: Results): string {
  const L: string[] = [];
  const m = r.machine;
  L.push('# Benchmark results', '');
  L.push(
    `Written by \`npm run bench\` (bench/run.ts) on ${r.started.toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${Math.round(r.seconds)} s. ` +
      `Real headless Neovim (\`nvim --embed\`) with the committed bundle on the real node host, real git with a bare repository as the remote (pushed to by path), ` +
      `and a fake Ollama on 127.0.0.1 that answers at once (test/support/fake-ollama.ts). Each figure's baseline runs in the same run, interleaved with it. ` +
      `Times on the Neovim side are \`vim.loop.hrtime()\` stamps taken in Neovim (keypress: \`vim.on_key\`; review buffer: \`BufWinEnter\`; end of a run: the plugin's notification), so RPC latency does not count. ` +
      `Spreads are min–max and p10–p90; n is the number of runs.`,
    '',
  );
  if (ONLY.size < 7) L.push(`Only figures ${[...ONLY].join(', ')} were run (BENCH_ONLY).`, '');
  L.push('## Machine', '');
  L.push(`- CPU: ${m.cpu}, ${m.cores} cores at ${m.mhz} MHz; ${m.memGiB} GiB memory; ${m.kernel}`);
  L.push(`- ${m.nvim}; Node ${m.node} (the bench and the node host); ${m.git}`, '');

  // ---- summary
  const rows: string[][] = [];
  const f1 = r.fig1;
  const f25 = r.fig25;
  const f3 = r.fig3;
  const f4 = r.fig4;
  if (f1) {
    const warm = summarize(f1.warm.map((x) => x.toOpen));
    const cold = summarize(f1.cold.map((x) => x.toOpen));
    const text = summarize(f1.warm.map((x) => x.toText));
    rows.push(['1. keypress → review buffer, warm', '≤ 50 ms', spread(warm), pass(warm.median <= 50)]);
    rows.push(['1. keypress → review buffer, cold', '≤ 400 ms', spread(cold), pass(cold.median <= 400)]);
    rows.push(['1. keypress → first streamed words on screen, warm (model answers at once)', '—', spread(text), '—']);
  }
  if (f25) {
    const pr = summarize(f25.plugin.map((x) => x.toRef));
    const cr = summarize(f25.chain.map((x) => x.toRef));
    const pn = summarize(f25.plugin.map((x) => x.toNotice));
    const cn = summarize(f25.chain.map((x) => x.toEnd));
    rows.push(['2. keypress → remote ref moved, review = false, vs plain git (runs 2 s apart)', '≤ 1.2× git', `${ratio(pr.median, cr.median)} (${num(pr.median)} vs ${num(cr.median)} ms)`, pass(pr.median / cr.median <= 1.2)]);
    rows.push(['2. the same, to the plugin\'s notice vs git\'s last exit (the old end point)', '≤ 1.5× git', `${ratio(pn.median, cn.median)} (${num(pn.median)} vs ${num(cn.median)} ms)`, pass(pn.median / cn.median <= 1.5)]);
  }
  if (f3) {
    const r46 = f3.rows.find((x) => x.lines === 46_505);
    const r200 = f3.rows.find((x) => x.lines === 200_000);
    if (r46) rows.push(['3. prompt for 46,505 lines', '≤ 300 ms', `${ms(r46.first.median)} first call, ${ms(r46.warm.median)} warm`, pass(r46.first.median <= 300)]);
    if (r200) rows.push(['3. peak memory at 200,000 lines', '< 200 MiB', `${num(r200.deltaMiB.median)} MiB over the baseline (${num(r200.peakMiB.median)} MiB in all)`, pass(r200.deltaMiB.median < 200)]);
  }
  if (f4) {
    const h = Math.max(...f4.hook.all);
    const st = Math.max(...f4.stream.all);
    rows.push(['4. longest RPC round trip, pre-push hook sleeping 2 s', '≤ 50 ms', ms(h), pass(h <= 50)]);
    rows.push([`4. longest RPC round trip, model streaming ${(SLOW_CHUNKS * SLOW_DELAY_MS) / 1000} s`, '≤ 50 ms', ms(st), pass(st <= 50)]);
  }
  if (f25) {
    if (f25.oco) {
      const p = summarize(f25.plugin.map((x) => x.toNotice)).median;
      const o = summarize(f25.oco).median;
      rows.push(['5. same run as 2, vs opencommit', 'faster', `${ratio(p, o)} of its time: ${(o / p).toFixed(1)}× faster (${num(p)} vs ${num(o)} ms)`, pass(p < o)]);
    } else {
      rows.push(['5. same run as 2, vs opencommit', 'faster', `not measured: ${'error' in f25.ocoInfo ? f25.ocoInfo.error : '?'}`, '—']);
    }
  }
  if (r.cli) {
    rows.push(['6. `git-commit-push --yes --all` vs plain git', '≤ 1.5× git', `${ratio(r.cli.rows.cli.summary.median, r.cli.rows.git.summary.median)} (${num(r.cli.rows.cli.summary.median)} vs ${num(r.cli.rows.git.summary.median)} ms; Node alone ${num(r.cli.rows.nodeStart.summary.median)} ms)`, pass(r.cli.vsGit <= 1.5)]);
  }
  L.push('## Summary (medians)', '', '| figure | target | measured | |', '| --- | --- | --- | --- |');
  for (const row of rows) L.push(`| ${row.join(' | ')} |`);
  L.push('');

  // ---- figure 1
  if (f1) {
    L.push('## 1. Keypress to review buffer', '');
    L.push(
      'From the keypress (`\\g` fed with `nvim_input`, stamped when Neovim takes it) to the review buffer in its window with its comment lines (`# Status:` and the rest) and the Lua call that opened it returned (split made, filetype set). ' +
        'Each run types a new line into the journal\'s buffer first (unsaved: `\\g` writes it), and ends with `:q!` once the message is in. ' +
        `Cold: the first \`\\g\` in a fresh Neovim, ${f1.cold.length} Neovims, the node host starting on that keypress. Warm: runs 2 to ${f1.warm.length + 1} in one Neovim.`,
      '',
    );
    L.push('| | keypress → BufWinEnter | keypress → opened | with RPC both ways (bench side) | keypress → first words | keypress → message in (fake model) |', '| --- | --- | --- | --- | --- | --- |');
    const row = (name: string, xs: ReviewRun[]): string =>
      `| ${name} | ${spread(summarize(xs.map((x) => x.toWindow)))} | ${spread(summarize(xs.map((x) => x.toOpen)))} | ${num(summarize(xs.map((x) => x.rpcInclusive)).median)} ms | ${num(summarize(xs.map((x) => x.toText)).median)} ms | ${num(summarize(xs.map((x) => x.toMessage)).median)} ms |`;
    L.push(row('cold', f1.cold), row('second use', f1.second), row('warm', f1.warm), row('warm, config just changed', f1.configChanged), '');
    L.push(
      'The plugin keeps where each repository is and what its config says, and asks git again when any file that answer came from changed (src/change/repo-cache.ts). ' +
        '"Warm, config just changed" is the first `\\g` after a change to the repository\'s config (here `git config bench.run <n>` before each run), when git is asked again: two more git processes.',
      '',
    );
    const cold = summarize(f1.cold.map((x) => x.toOpen)).median;
    const warm = summarize(f1.warm.map((x) => x.toOpen)).median;
    L.push(`Baseline: the warm run. Cold / warm = ${ratio(cold, warm)}; the node host's start alone (\`remote#host#Require('node')\` in a fresh Neovim, which blocks it): ${spread(summarize(f1.hostStart))}.`, '');
  }

  // ---- figure 2
  if (f25) {
    const pr = summarize(f25.plugin.map((x) => x.toRef));
    const cr = summarize(f25.chain.map((x) => x.toRef));
    const pn = summarize(f25.plugin.map((x) => x.toNotice));
    const cn = summarize(f25.chain.map((x) => x.toEnd));
    L.push('## 2. A whole run without review', '');
    L.push(
      '`review = false`: from the keypress to the moment the bare remote\'s branch moves (inotify on its `refs/heads`, the clock the keypress stamp uses): the push is done, as the user sees it. ' +
        'Beside it, the old end point: the plugin\'s INFO notification "committed … and pushed to origin/master". ' +
        'Baseline, in the same repository and interleaved round by round: `git add -- notes.txt`, `git commit -m …`, `git push`, each spawned with an argument array (no shell), timed from the first spawn to the ref moving, and to the last exit. ' +
        `Every run starts ${SPACING_MS / 1000} s after the one before, as a user's commits are spaced: the plugin's repository cache then holds.`,
      '',
    );
    L.push('| | to the remote\'s ref | to the notice / last exit |', '| --- | --- | --- |');
    L.push(`| \`\\g\`, review = false | ${spread(pr)} | ${spread(pn)} |`, `| plain git chain | ${spread(cr)} | ${spread(cn)} |`);
    L.push(`| ratio of medians | ${ratio(pr.median, cr.median)} | ${ratio(pn.median, cn.median)} |`);
    L.push(`| first use in that Neovim (node host start included; not counted) | | ${ms(f25.firstPlugin)} |`, '');
  }

  // ---- figure 3
  if (f3) {
    L.push('## 3. Building the prompt', '');
    L.push(
      '`parseDiff` + `buildPrompt` with the plugin\'s defaults (preset `code`, num_ctx 8192, num_predict 256) on the text of `git diff --cached` for a new file of N journal lines (~110 characters each), as the node host receives it. ' +
        `Each sample is its own Node process (bench/prompt-child.ts, ${RUNS} per size): "first call" is the first parse and build in that process, as on a host that never built a prompt before; "warm" is 4 more calls in each. ` +
        `Peak memory is the process's VmHWM after the first call, against a baseline process that only loads the same module: ${spread(f3.baselineMiB, 'MiB')}. It includes the diff text itself.`,
      '',
    );
    L.push('| changed lines | diff text | first call | warm calls | peak memory over baseline | peak in all | prompt tokens (est.) |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const x of f3.rows) {
      L.push(`| ${x.lines.toLocaleString('en-US')} | ${num(x.textMiB)} MiB | ${spread(x.first)} | ${spread(x.warm)} | ${spread(x.deltaMiB, 'MiB')} | ${num(x.peakMiB.median)} MiB | ${x.tokens} |`);
    }
    L.push('');
  }

  // ---- figure 4
  if (f4) {
    L.push('## 4. Neovim stays responsive', '');
    L.push(
      `This process calls \`nvim_eval('1')\` in a loop (one every ${RTT_EVERY_MS} ms after the previous answer) for the whole of each run, and the longest round trip is the figure. ` +
        `(a) review = false with a \`pre-push\` hook in the work repository that runs \`sleep ${HOOK_SLEEP_S}\`; (b) review on, the fake model streaming ${SLOW_CHUNKS} pieces ${SLOW_DELAY_MS} ms apart into the review buffer, from the keypress to the message's last piece. ` +
        'Both in a Neovim whose node host already runs; (c) is for the record only: a first use, the host starting.',
      '',
    );
    L.push('| | runs | round trips | longest of all | longest per run, median (spread) | median round trip | p99 | run length, median |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    const line = (name: string, c: RttCase): string => {
      const all = summarize(c.all);
      const sorted = [...c.all].sort((a, b) => a - b);
      const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? NaN;
      return `| ${name} | ${c.perRunMax.length} | ${c.all.length} | ${ms(all.max)} | ${spread(summarize(c.perRunMax))} | ${ms(all.median)} | ${ms(p99)} | ${ms(summarize(c.runMs).median)} |`;
    };
    L.push(line('(a) pre-push hook sleeping', f4.hook), line('(b) slow model streaming', f4.stream), line('(c) first use, host starting (record only)', f4.firstUse), '');
  }

  // ---- figure 5
  if (f25) {
    L.push('## 5. The same run by opencommit', '');
    const info = f25.ocoInfo;
    if ('error' in info) {
      L.push(`Not measured: ${info.error}.`, '');
    } else {
      L.push(
        `opencommit ${info.version} (${info.how}), run as its \`oco\` command does: \`node out/cli.cjs --yes\` in the work tree, after \`git add -- oco.txt\` (with nothing staged it asks which files to stage), ` +
          `its Ollama provider pointed at the same fake server by environment variables (\`OCO_AI_PROVIDER=ollama\`, \`OCO_API_URL=${'<fake>'}\`, \`OCO_MODEL=${MODEL}\`; it posts to \`$OCO_API_URL/api/chat\` with \`stream: false\`), ` +
          'HOME in the sandbox, no standard input, and `OCO_TEST_SKIP_VERSION_CHECK=true` so that it does not run `npm view opencommit version` (a registry request) on every commit. ' +
          `It wrote "${f25.ocoMessage ?? '?'}" from the fake model's answer.`,
        '',
      );
      const pr = f25.ocoProbe;
      if (pr) {
        L.push(
          `**It cannot push without a terminal.** With one remote, opencommit ${info.version} always asks "Do you want to run \`git push\`?" after committing (src/commands/commit.ts); \`--yes\` only skips the question about the message, and \`OCO_GITPUSH\` can only turn pushing off. ` +
            `Run once here as its users run it (push on, \`--yes\`, no standard input), it exited ${pr.code ?? 'on the timeout'}, ${pr.committed ? 'having committed' : 'without committing'}, and ${pr.pushed ? 'pushed' : 'did not push'}: "${pr.tail}". ` +
            'So the measured chain is `git add -- oco.txt`, then opencommit with `OCO_GITPUSH=false` (it commits and stops), then a plain `git push`: the push costs it exactly what it costs git, which is the least its own push could cost (its own would first run `git remote` and `git rev-parse @{u}`).',
          '',
        );
      }
      if (f25.oco) {
        const p = summarize(f25.plugin.map((x) => x.toNotice));
        const o = summarize(f25.oco);
        L.push('| | median (spread) |', '| --- | --- |');
        L.push(`| \`\\g\`, review = false (figure 2) | ${spread(p)} |`, `| opencommit chain | ${spread(o)} |`, `| ours / theirs | ${ratio(p.median, o.median)}: \`\\g\` is ${(o.median / p.median).toFixed(1)}× faster |`, '');
      }
    }
  }

  // ---- what bounds
  if (r.cli) {
    L.push('## The terminal command', '');
    L.push(
      '`git-commit-push --yes --all` (bin/git-commit-push.js, issue 14) in a repository with a bare remote and the same fake model, spawn to exit, against the plain git chain (`git add -A`, `git commit -m`, `git push`) and opencommit, interleaved round by round. ' +
        'Node\'s own start is a fixed cost the git chain does not have; `node -e 0` is measured beside it.',
      '',
    );
    L.push(...cliTable(r.cli), '');
  }
  if (r.corpus) L.push(...corpusSection(r.corpus), '');
  if (r.units || r.timeline) L.push(...bounds(r));
  return L.join('\n') + '\n';
}

function bounds(r: Results): string[] {
  const L: string[] = ['## What bounds the times', ''];
  const u = r.units;
  if (u) {
    L.push('Unit costs on this machine, measured in this run (15 samples each, medians):', '');
    L.push('| | median (spread) |', '| --- | --- |');
    L.push(`| spawn \`git --version\` from Node and wait for it | ${spread(u.spawnGit)} |`);
    L.push(`| a git command that prints something (\`rev-parse HEAD\`): child_process / simple-git | ${ms(u.execGitTalking.median)} / ${ms(u.simpleGitTalking.median)} |`);
    L.push(`| a git command that prints nothing (\`add -A\` of an unchanged file): child_process / simple-git | ${ms(u.execGitSilent.median)} / ${ms(u.simpleGitSilent.median)} |`);
    L.push(`| start Node (\`node -e 0\`) | ${spread(u.nodeStart)} |`);
    L.push(`| \`require('neovim')\` in a fresh Node (the host's own client library) | ${spread(u.requireNeovim)} |`);
    L.push(`| \`require\` the plugin's bundle in a fresh Node | ${spread(u.requirePlugin)} |`, '');
  }
  const t = r.timeline;
  const table = (entries: TimelineEntry[]): string[] => ['| ms after the keypress | |', '| ---: | --- |', ...entries.map((e) => `| ${e.at.toFixed(1)} | ${e.what} |`), ''];
  if (t) {
    L.push('One warm `\\g` with review, traced (`GIT_TRACE2_EVENT`; git\'s own child processes left out):', '', ...table(t.review));
    L.push('One warm `\\g` with review = false, traced the same way:', '', ...table(t.noReview));
  }
  const notes = readFileSync(join(ROOT, 'bench/bounds.md'), 'utf8').trim();
  L.push(notes, '');
  return L;
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const started = new Date();
  const t0 = nowMs();
  const results: Results = { machine: await machine(), started, seconds: 0 };
  const sb = makeSandbox('gcp-bench-');
  const fake = await startFakeOllama({
    [MODEL]: { chunks: ['Add ', 'a journal ', 'entry'] },
    [SLOW_MODEL]: { chunks: Array.from({ length: SLOW_CHUNKS }, (_, i) => (i === 0 ? 'Write' : ' word')), chunkDelayMs: SLOW_DELAY_MS },
  });
  // Made first, so that its config is older than the 2 s the repository cache distrusts
  // by the time the traced runs show a warm \g.
  const traceRepo = makeRepo(sb, { name: 'trace' });
  try {
    if (ONLY.has('1')) results.fig1 = await figure1(sb, fake);
    if (ONLY.has('2') || ONLY.has('5')) results.fig25 = await figures2and5(sb, fake);
    if (ONLY.has('3')) results.fig3 = await figure3();
    if (ONLY.has('4')) results.fig4 = await figure4(sb, fake);
    if (ONLY.has('cli')) {
      log('the terminal command against the git chain and opencommit');
      results.cli = await benchCli({ runs: RUNS }).catch((err: unknown) => void log(`cli failed: ${String(err)}`));
    }
    if (ONLY.has('corpus')) {
      log('corpus: how much of each change reaches the prompt');
      results.corpus = await runCorpus(ROOT).catch((err: unknown) => void log(`corpus failed: ${String(err)}`));
    }
    log('unit costs and traced runs');
    // Explanations, not figures: a failure here still leaves the figures written.
    results.units = await unitCosts(sb).catch((err: unknown) => void log(`unit costs failed: ${String(err)}`));
    results.timeline = await timelines(sb, fake, traceRepo).catch((err: unknown) => void log(`traced runs failed: ${String(err)}`));
  } finally {
    await fake.close();
    sb.remove();
  }
  results.seconds = (nowMs() - t0) / 1000;
  const out = join(ROOT, 'bench/RESULTS.md');
  writeFileSync(out, report(results));
  log(`wrote ${out} in ${Math.round(results.seconds)} s`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
