/**
 * `npm run bench`: what `\g` costs beyond git and the model, measured with real
 * headless Neovim and the plugin's committed bundle on the real node host, real
 * git with a bare repository as the remote, and a fake Ollama that answers at
 * once (test/support/fake-ollama.ts, over loopback). Writes bench/RESULTS.md.
 *
 * Every baseline is measured in the same run, interleaved round by round with what
 * it is compared with, so a busy or slow machine moves both; every run, ours and the
 * baselines', has the same environment (proc.ts: dropMachineCerts). A ratio compares
 * the same work: cold with cold, warm with warm. Times on the Neovim side are
 * vim.loop.hrtime() stamps (bench/probe.ts), not RPC round trips. RESULTS.md names the
 * commit whose code it measured; .ci/run fails when src/ has changed since.
 *
 * BENCH_RUNS=n (default 12, at least 10) sets the samples per figure;
 * BENCH_ONLY=1,3 runs some figures only (RESULTS.md then says so): 1 to 6, corpus and real-model
 * (Gemma 3 270M on the corpus: bench/real-model.ts, after `node scripts/real-model.mjs`);
 * 5 and 6 are one run (bench/cli.ts), 5 adding opencommit to it.
 */
import { appendFileSync, chmodSync, readFileSync, rmSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { simpleGit, type SimpleGitOptions } from 'simple-git';
import { startFakeOllama, type FakeOllama } from '../test/support/fake-ollama.js';
import { alive, childPids } from '../test/support/flow.js';
import { ROOT, startNvim, type Nvim } from '../test/support/nvim.js';
import { enterSandbox, makeRepo, makeSandbox, type Repo, type Sandbox } from '../test/support/sandbox.js';
import { benchCli } from './cli.js';
import { recheckCosts, type RecheckCosts } from './recheck.js';
import { runCorpus } from './corpus.js';
import { runRealModel } from './real-model.js';
import { machine } from './machine.js';
import { nowMs, Probe } from './probe.js';
import { dropMachineCerts, must } from './proc.js';
import { report, type Results } from './report.js';
import { ms, summarize, type Summary } from './stats.js';

const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 12) || 12);
const ONLY = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5,6,corpus,real-model').split(',').map((s) => (s.trim() === 'cli' ? '6' : s.trim())));
const ALL_FIGURES = 8;
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

/**
 * Stops a Neovim and waits until it and its node host are gone: the next run, a warm one
 * in figure 1, starts on a machine no longer busy with their exit.
 */
async function closeSession(s: Session): Promise<void> {
  const host = childPids(s.nv.proc.pid ?? 0);
  await s.nv.stop();
  const deadline = nowMs() + 5000;
  while ([s.nv.proc.pid ?? 0, ...host].some(alive) && nowMs() < deadline) await sleep(5);
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

export interface ReviewRun {
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

export interface Fig1 {
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
  const warm: ReviewRun[] = [];
  const configChanged: ReviewRun[] = [];
  const coldRepo = makeRepo(sb, { name: 'cold' });
  const warmRepo = makeRepo(sb, { name: 'warm' });
  // The plugin trusts what it knows of a repository only for config files written more than
  // 2 s before (src/change/repo-cache.ts): a warm run waits until the last config write is
  // that old, as between a user's commits; a "config just changed" run writes it right before.
  let configWritten = nowMs();
  const configAged = async (): Promise<void> => {
    const wait = configWritten + SPACING_MS - nowMs();
    if (wait > 0) await sleep(wait);
  };
  const w = await openSession(sb, warmRepo, { host: fake.url });
  try {
    await reviewRun(w, 'First use, not counted.');
    // Round by round: a cold Neovim (its first \g, then its second), the node host's start
    // alone in another fresh Neovim, then the warm Neovim once as is and once right after a
    // config change.
    for (let i = 0; i < RUNS; i++) {
      const s = await openSession(sb, coldRepo, { host: fake.url });
      try {
        cold.push(await reviewRun(s, `Cold run ${i}.`));
        second.push(await reviewRun(s, `Second use ${i}.`));
      } finally {
        await closeSession(s);
      }
      // What the node host's start alone costs Neovim: remote#host#Require blocks until the host answers.
      const h = await openSession(sb, coldRepo, { host: fake.url });
      try {
        hostStart.push((await h.nv.nvim.lua("local t = vim.loop.hrtime(); vim.fn['remote#host#Require']('node'); return (vim.loop.hrtime() - t) / 1e6")) as number);
      } finally {
        await closeSession(h);
      }
      await configAged();
      warm.push(await reviewRun(w, `Warm run ${i}.`));
      // The first \g after a config change asks git where the repository is and what its config says.
      sb.git(warmRepo.work, 'config', 'bench.run', String(i));
      configWritten = nowMs();
      configChanged.push(await reviewRun(w, `After a config change ${i}.`));
      log(`figure 1 round ${i + 1}/${RUNS}: cold ${ms(cold[i]!.toOpen)}, warm ${ms(warm[i]!.toOpen)}`);
    }
  } finally {
    await w.nv.stop();
  }
  return { cold, second, warm, configChanged, hostStart };
}

// ------------------------------------------------------------------ figure 2

export interface Fig2 {
  /** review = false runs, spaced SPACING_MS apart, as a user's commits are */
  plugin: PushedRun[];
  firstPlugin: number;
  /** the plain git chain: to its last command's exit, and to the remote's ref moving */
  chain: ChainRun[];
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

/**
 * A warm Neovim (its node host already running) against the plain git chain, both the
 * same work in the same repository. opencommit has no warm state to compare with: it is
 * a fresh Node process every time, so it is compared with the terminal command (figure 5).
 */
async function figure2(sb: Sandbox, fake: FakeOllama): Promise<Fig2> {
  const repo = makeRepo(sb, { name: 'push' });
  writeFileSync(join(repo.work, 'notes.txt'), 'Day one.\n');
  sb.git(repo.work, 'add', '--', 'notes.txt');
  sb.git(repo.work, 'commit', '-q', '-m', 'Add notes');
  sb.git(repo.work, 'push', '-q');

  const s = await openSession(sb, repo, { host: fake.url, review: false });
  const refs = new RefWatch(repo);
  const plugin: PushedRun[] = [];
  const chain: ChainRun[] = [];
  try {
    // Not counted: the node host's start, and git's and the page cache's first touch.
    const firstPlugin = (await noReviewRun(sb, s, 'First use, not counted.')).toNotice;
    await gitChain(sb, repo, 'notes.txt', 'Warm-up.');
    for (let i = 0; i < RUNS; i++) {
      // Rotating the order, so that neither always runs right after the other; spaced as a
      // user's commits are, so that what the plugin knows of the repository holds.
      const steps: Array<() => Promise<void>> = [
        async () => void plugin.push(await noReviewRun(sb, s, `Entry ${i}.`, 20_000, refs)),
        async () => void chain.push(await gitChain(sb, repo, 'notes.txt', `Entry ${i}.`, refs)),
      ];
      for (let k = 0; k < steps.length; k++) {
        await sleep(SPACING_MS);
        await steps[(i + k) % steps.length]!();
      }
      log(`figure 2 round ${i + 1}/${RUNS}: plugin ${ms(plugin[i]!.toRef)} to the remote, git ${ms(chain[i]!.toRef)}`);
    }
    return { plugin, firstPlugin, chain };
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

export interface Fig3 {
  baselineMiB: Summary;
  rows: Fig3Row[];
}

async function figure3(env: NodeJS.ProcessEnv): Promise<Fig3> {
  const out = resolve(ROOT, 'node_modules/.cache/run-ts/prompt-child.mjs');
  await build({ entryPoints: [join(ROOT, 'bench/prompt-child.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node18', logLevel: 'warning' });
  const child = async (lines: number, repeats: number): Promise<ChildResult> => {
    const r = await must(process.execPath, [out, String(lines), String(repeats)], { env, timeoutMs: 120_000 });
    return JSON.parse(r.stdout) as ChildResult;
  };
  // Round by round: the baseline process, then one process per size.
  const base: number[] = [];
  const bySize = new Map<number, ChildResult[]>(SIZES.map((n) => [n, []]));
  for (let i = 0; i < RUNS; i++) {
    base.push((await child(0, 0)).vmHWM / 1024);
    for (const lines of SIZES) bySize.get(lines)?.push(await child(lines, 4));
    log(`figure 3 round ${i + 1}/${RUNS}`);
  }
  const baselineMiB = summarize(base);
  const rows: Fig3Row[] = [];
  for (const lines of SIZES) {
    const results = bySize.get(lines) ?? [];
    rows.push({
      lines,
      textMiB: (results[0]?.textBytes ?? 0) / 2 ** 20,
      first: summarize(results.map((r) => r.firstMs ?? NaN)),
      warm: summarize(results.flatMap((r) => r.warmMs ?? [])),
      peakMiB: summarize(results.map((r) => r.vmHWM / 1024)),
      deltaMiB: summarize(results.map((r) => r.vmHWM / 1024 - baselineMiB.median)),
      tokens: results[0]?.estimatedTokens ?? 0,
    });
  }
  return { baselineMiB, rows };
}

// ------------------------------------------------------------------ figure 4

export interface RttCase {
  perRunMax: number[];
  all: number[];
  runMs: number[];
}

export interface Fig4 {
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

export interface Units {
  spawnGit: Summary;
  execGitSilent: Summary;
  simpleGitSilent: Summary;
  simpleGitTalking: Summary;
  execGitTalking: Summary;
  nodeStart: Summary;
  /** `node -e 0` with this machine's NODE_EXTRA_CA_CERTS, which every other figure leaves out. */
  nodeStartCerts: Summary | undefined;
  requireNeovim: Summary;
  requirePlugin: Summary;
  /** The look at the repository at :w (src/commit/recheck.ts), on a journal and on 2,000 files. */
  recheck: RecheckCosts[];
}

/** Unit costs on this machine, measured in this run: they explain the figures above them. */
async function unitCosts(sb: Sandbox, caCerts: string | undefined): Promise<Units> {
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
  const timeIn = async (code: string): Promise<number> => Number((await must(process.execPath, ['-e', code], { cwd: ROOT, env: sb.env })).stdout.trim());
  const nodeStart: number[] = [];
  const nodeStartCerts: number[] = [];
  const requireNeovim: number[] = [];
  const requirePlugin: number[] = [];
  for (let i = 0; i < 5; i++) {
    nodeStart.push((await must(process.execPath, ['-e', '0'], { env: sb.env })).ms);
    if (caCerts) nodeStartCerts.push((await must(process.execPath, ['-e', '0'], { env: { ...sb.env, NODE_EXTRA_CA_CERTS: caCerts } })).ms);
    requireNeovim.push(await timeIn("const t = performance.now(); require('neovim'); console.log(performance.now() - t)"));
    requirePlugin.push(await timeIn("const t = performance.now(); require('./rplugin/node/git-commit-push/index.js'); console.log(performance.now() - t)"));
  }
  // In this process, with the sandbox's environment as the node host has the user's.
  const leave = enterSandbox(sb);
  const recheck: RecheckCosts[] = [];
  try {
    for (const files of [1, 2000]) recheck.push(await recheckCosts(sb, files));
  } finally {
    leave();
  }
  return {
    spawnGit: summarize(spawnGit),
    execGitSilent: summarize(execGitSilent),
    execGitTalking: summarize(execGitTalking),
    simpleGitSilent: summarize(simpleGitSilent),
    simpleGitTalking: summarize(simpleGitTalking),
    nodeStart: summarize(nodeStart),
    nodeStartCerts: caCerts ? summarize(nodeStartCerts) : undefined,
    requireNeovim: summarize(requireNeovim),
    requirePlugin: summarize(requirePlugin),
    recheck,
  };
}

export interface TimelineEntry {
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

// ------------------------------------------------------------------ main

/** The commit whose code is measured, as RESULTS.md names it (.ci/run checks it against HEAD). */
async function measuredCode(): Promise<string> {
  const head = (await must('git', ['rev-parse', 'HEAD'], { cwd: ROOT })).stdout.trim();
  const dirty = (await must('git', ['status', '--porcelain', '--', 'src/', 'rplugin/', 'bin/'], { cwd: ROOT })).stdout.trim() !== '';
  return dirty
    ? `Measured code: commit ${head} plus uncommitted changes to src/ or the bundles: these figures belong to no commit.`
    : `Measured code: commit ${head} (its src/ and bundles as committed).`;
}

async function main(): Promise<void> {
  const started = new Date();
  const t0 = nowMs();
  const sb = makeSandbox('gcp-bench-');
  const caCerts = dropMachineCerts(sb);
  const results: Results = {
    setup: {
      runs: RUNS,
      only: ONLY,
      allFigures: ALL_FIGURES,
      spacingMs: SPACING_MS,
      slowChunks: SLOW_CHUNKS,
      slowDelayMs: SLOW_DELAY_MS,
      hookSleepS: HOOK_SLEEP_S,
      rttEveryMs: RTT_EVERY_MS,
      model: MODEL,
      code: await measuredCode(),
      machineCerts: caCerts !== undefined,
    },
    machine: await machine(),
    started,
    seconds: 0,
  };
  const fake = await startFakeOllama({
    [MODEL]: { chunks: ['Add ', 'a journal ', 'entry'] },
    [SLOW_MODEL]: { chunks: Array.from({ length: SLOW_CHUNKS }, (_, i) => (i === 0 ? 'Write' : ' word')), chunkDelayMs: SLOW_DELAY_MS },
  });
  // Made first, so that its config is older than the 2 s the repository cache distrusts
  // by the time the traced runs show a warm \g.
  const traceRepo = makeRepo(sb, { name: 'trace' });
  try {
    if (ONLY.has('1')) results.fig1 = await figure1(sb, fake);
    if (ONLY.has('2')) results.fig2 = await figure2(sb, fake);
    if (ONLY.has('3')) results.fig3 = await figure3(sb.env);
    if (ONLY.has('4')) results.fig4 = await figure4(sb, fake);
    if (ONLY.has('5') || ONLY.has('6')) {
      log('figures 5 and 6: the terminal command against the git chain and opencommit');
      results.cli = await benchCli({ runs: RUNS, opencommit: ONLY.has('5') }).catch((err: unknown) => void log(`figures 5 and 6 failed: ${String(err)}`));
    }
    if (ONLY.has('corpus')) {
      log('corpus: how much of each change reaches the prompt');
      results.corpus = await runCorpus(ROOT).catch((err: unknown) => void log(`corpus failed: ${String(err)}`));
    }
    if (ONLY.has('real-model')) {
      log('real model: what Gemma 3 270M writes from the corpus prompts');
      results.realModel = await runRealModel(ROOT).catch((err: unknown) => void log(`real model failed: ${String(err)}`));
    }
    log('unit costs and traced runs');
    // Explanations, not figures: a failure here still leaves the figures written.
    results.units = await unitCosts(sb, caCerts).catch((err: unknown) => void log(`unit costs failed: ${String(err)}`));
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
