/**
 * Figures 5 and 6: the terminal command's whole run, `git-commit-push --yes --all`, against
 * the plain git chain that commits and pushes the same kind of change (`git add -A`,
 * `git commit -m`, `git push`) and against opencommit doing it, all on the same fake model
 * (test/support/fake-ollama.ts over loopback), in one repository with a bare remote. Like
 * is compared with like: each is a fresh process tree started from nothing (a cold Node for
 * both Node programs), with the same environment, and all of them, `node -e 0` and
 * `git-commit-push --help` included, run interleaved round by round (the order rotating),
 * so that a busy machine moves them all.
 *
 * `benchCli()` returns the rows; `npm run bench` puts them in RESULTS.md. Alone:
 * `node scripts/run-ts.mjs bench/cli.ts` prints them. BENCH_RUNS=n (default 12, at
 * least 10) sets the rounds.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeOllama, type FakeOllama } from '../test/support/fake-ollama.js';
import { ROOT } from '../test/support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../test/support/sandbox.js';
import { ensureOpencommit, opencommitEnv, type Opencommit } from './opencommit.js';
import { nowMs } from './probe.js';
import { dropMachineCerts, must, run } from './proc.js';
import { ms, ratio, spread, summarize, type Summary } from './stats.js';

const MODEL = 'gemma3';
const ANSWER = ['Add ', 'a journal ', 'entry'];
const SUBJECT = 'Add a journal entry';
const BIN = join(ROOT, 'bin/git-commit-push.js');

export interface CliRow {
  what: string;
  summary: Summary;
}

/** opencommit run once as its users run it: push on (its default), `--yes`, no terminal. */
export interface OcoProbe {
  code: number | null;
  committed: boolean;
  pushed: boolean;
  tail: string;
}

export interface CliBench {
  rows: {
    cli: CliRow;
    git: CliRow;
    opencommit: CliRow | undefined;
    nodeStart: CliRow;
    help: CliRow;
  };
  /** Medians: the command's run over the git chain's, and over opencommit's. */
  vsGit: number;
  vsOpencommit: number | undefined;
  opencommit: Opencommit | { error: string };
  ocoProbe: OcoProbe | undefined;
  /** The subject opencommit wrote from the fake model's answer. */
  ocoMessage: string | undefined;
  runs: number;
}

const log = (s: string): void => void process.stderr.write(`bench cli: ${s}\n`);

function remoteHead(sb: Sandbox, repo: Repo): string {
  return sb.git(repo.bare, 'rev-parse', 'master').trim();
}

function checkPushed(sb: Sandbox, repo: Repo, what: string, subject?: string): void {
  const local = sb.git(repo.work, 'rev-parse', 'HEAD').trim();
  if (local !== remoteHead(sb, repo)) throw new Error(`bench cli: after ${what}, the bare remote does not have HEAD`);
  const got = sb.git(repo.work, 'log', '-1', '--format=%s').trim();
  if (subject !== undefined && got !== subject) throw new Error(`bench cli: ${what} committed "${got}", not the fake model's "${subject}"`);
}

/** `git-commit-push --yes --all`, spawn to exit; the remote is checked to hold the commit after it. */
async function cliRun(sb: Sandbox, repo: Repo, fake: FakeOllama, line: string): Promise<number> {
  appendFileSync(join(repo.work, 'cli.txt'), line + '\n');
  const r = await run(process.execPath, [BIN, '--yes', '--all'], { cwd: repo.work, env: { ...sb.env, OLLAMA_HOST: fake.url }, timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`bench cli: git-commit-push exited ${r.code ?? r.signal}: ${r.stderr}`);
  checkPushed(sb, repo, 'git-commit-push', SUBJECT);
  return r.ms;
}

/** What the command saves the user from typing: the same change committed and pushed by hand. */
async function gitRun(sb: Sandbox, repo: Repo, line: string): Promise<number> {
  appendFileSync(join(repo.work, 'git.txt'), line + '\n');
  const o = { cwd: repo.work, env: sb.env };
  const t0 = nowMs();
  await must('git', ['add', '-A'], o);
  await must('git', ['commit', '-m', 'Update git.txt'], o);
  await must('git', ['push'], o);
  const t = nowMs() - t0;
  checkPushed(sb, repo, 'the git chain');
  return t;
}

/**
 * opencommit as its `oco` command runs (its `--yes` commits; it cannot push without a
 * terminal to ask, so a plain `git push` follows), after `git add -A` for the same change.
 */
async function ocoRun(sb: Sandbox, repo: Repo, cli: string, fake: FakeOllama, line: string): Promise<number> {
  appendFileSync(join(repo.work, 'oco.txt'), line + '\n');
  const o = { cwd: repo.work, env: sb.env };
  const t0 = nowMs();
  await must('git', ['add', '-A'], o);
  const r = await run(process.execPath, [cli, '--yes'], { cwd: repo.work, env: opencommitEnv(sb.env, fake.url, MODEL, false), timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`bench cli: opencommit exited ${r.code ?? r.signal}: ${cleanTerminal(r.stdout + r.stderr).slice(-800)}`);
  await must('git', ['push'], o);
  const t = nowMs() - t0;
  checkPushed(sb, repo, 'opencommit');
  return t;
}

function cleanTerminal(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
}

/** Once: opencommit as its users run it, push on (its default), and no terminal to answer its question. */
async function ocoAsIs(sb: Sandbox, repo: Repo, cli: string, fake: FakeOllama): Promise<OcoProbe> {
  const before = sb.git(repo.work, 'rev-parse', 'HEAD').trim();
  const remoteBefore = remoteHead(sb, repo);
  appendFileSync(join(repo.work, 'oco.txt'), 'As is.\n');
  sb.git(repo.work, 'add', '-A');
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

export async function benchCli(opts: { runs?: number; opencommit?: boolean } = {}): Promise<CliBench> {
  const runs = Math.max(10, opts.runs ?? (Number(process.env.BENCH_RUNS ?? 12) || 12));
  const sb = makeSandbox('gcp-bench-cli-');
  dropMachineCerts(sb);
  const fake = await startFakeOllama({ [MODEL]: { chunks: ANSWER } });
  try {
    const repo = makeRepo(sb, { name: 'cli' });
    const info = opts.opencommit === false ? { error: 'not run (BENCH_ONLY)' } : await ensureOpencommit(ROOT);
    const oco = 'cli' in info ? info.cli : undefined;
    let ocoProbe: OcoProbe | undefined;
    let ocoMessage: string | undefined;

    // Not counted: git's, Node's and the page cache's first touch of each.
    await cliRun(sb, repo, fake, 'Warm-up.');
    await gitRun(sb, repo, 'Warm-up.');
    if (oco) {
      ocoProbe = await ocoAsIs(sb, repo, oco, fake);
      log(`opencommit as is: exit ${ocoProbe.code}, committed ${ocoProbe.committed}, pushed ${ocoProbe.pushed}`);
      await ocoRun(sb, repo, oco, fake, 'Warm-up.');
      ocoMessage = sb.git(repo.work, 'log', '-1', '--format=%s').trim();
    }

    const cli: number[] = [];
    const git: number[] = [];
    const opencommit: number[] = [];
    const nodeStart: number[] = [];
    const help: number[] = [];
    for (let i = 0; i < runs; i++) {
      const steps: Array<() => Promise<void>> = [
        async () => void cli.push(await cliRun(sb, repo, fake, `Entry ${i}.`)),
        async () => void git.push(await gitRun(sb, repo, `Entry ${i}.`)),
        async () => void nodeStart.push((await must(process.execPath, ['-e', '0'], { env: sb.env })).ms),
        async () => void help.push((await must(process.execPath, [BIN, '--help'], { env: sb.env })).ms),
      ];
      if (oco) steps.push(async () => void opencommit.push(await ocoRun(sb, repo, oco, fake, `Entry ${i}.`)));
      // Rotated, so that none of them always runs right after another.
      for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
      log(`round ${i + 1}/${runs}: git-commit-push ${ms(cli[i]!)}, git ${ms(git[i]!)}${oco ? `, opencommit ${ms(opencommit[i]!)}` : ''}`);
    }

    const c = summarize(cli);
    const g = summarize(git);
    const o = oco ? summarize(opencommit) : undefined;
    return {
      rows: {
        cli: { what: '`git-commit-push --yes --all`', summary: c },
        git: { what: 'plain git chain: `git add -A`, `git commit -m`, `git push`', summary: g },
        opencommit: o && { what: 'opencommit chain: `git add -A`, opencommit `--yes`, `git push`', summary: o },
        nodeStart: { what: '`node -e 0`', summary: summarize(nodeStart) },
        help: { what: '`git-commit-push --help` (Node, and the bundle read)', summary: summarize(help) },
      },
      vsGit: c.median / g.median,
      vsOpencommit: o ? c.median / o.median : undefined,
      opencommit: info,
      ocoProbe,
      ocoMessage,
      runs,
    };
  } finally {
    await fake.close();
    sb.remove();
  }
}

/** The rows as a Markdown table, with the two ratios under it. */
/** What the command costs beyond Node's start and the git work it stands for. */
export function ownOverhead(b: CliBench): number {
  return b.rows.cli.summary.median - b.rows.nodeStart.summary.median - b.rows.git.summary.median;
}

/** The same difference before issue 22's work, from the RESULTS.md of its time, for comparison. */
export const OVERHEAD_BEFORE = 'Before issue 22: 226 ms (RESULTS.md at 6ea0000: 294 − 32.1 − 36.1 ms; the issue measured about 380 ms with NODE_EXTRA_CA_CERTS set).';

export function cliTable(b: CliBench): string[] {
  const r = b.rows;
  const rows = [r.cli, r.git, r.opencommit, r.nodeStart, r.help].filter((x): x is CliRow => x !== undefined);
  const lines = ['| | spawn to exit, median (spread) |', '| --- | --- |', ...rows.map((x) => `| ${x.what} | ${spread(x.summary)} |`), ''];
  lines.push(`- git-commit-push / git chain: ${ratio(r.cli.summary.median, r.git.summary.median)} (target ≤ 1.50×)`);
  lines.push(`- its own overhead (issue 22.9): ${ms(ownOverhead(b))}, its run less \`node -e 0\` less the git chain (medians; target ≤ 100 ms). ${OVERHEAD_BEFORE}`);
  if (r.opencommit) lines.push(`- git-commit-push / opencommit chain: ${ratio(r.cli.summary.median, r.opencommit.summary.median)}`);
  else if ('error' in b.opencommit) lines.push(`- opencommit: not measured (${b.opencommit.error})`);
  return lines;
}

// Alone (node scripts/run-ts.mjs bench/cli.ts bundles this file to cli.mjs): print the table.
// `--no-opencommit` leaves opencommit out, for a quick look at the command's own overhead.
if (/\/cli\.(mjs|ts)$/.test(import.meta.url)) {
  benchCli({ opencommit: !process.argv.includes('--no-opencommit') })
    .then((b) => process.stdout.write(cliTable(b).join('\n') + '\n'))
    .catch((err: unknown) => {
      process.stderr.write(`bench cli failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
}
