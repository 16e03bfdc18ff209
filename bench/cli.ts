/**
 * The terminal command's whole run, `git-commit-push --yes --all`, against the plain git
 * chain that commits and pushes the same kind of change (`git add -A`, `git commit -m`,
 * `git push`) and against opencommit doing it, all on the same fake model
 * (test/support/fake-ollama.ts over loopback), in one repository with a bare remote,
 * interleaved round by round so that a busy machine moves all three.
 *
 * `benchCli()` returns the rows; `npm run bench` can put them in RESULTS.md. Alone:
 * `node scripts/run-ts.mjs bench/cli.ts` prints them. BENCH_RUNS=n (default 12, at
 * least 10) sets the rounds.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeOllama } from '../test/support/fake-ollama.js';
import { ROOT } from '../test/support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../test/support/sandbox.js';
import { ensureOpencommit, opencommitEnv, type Opencommit } from './opencommit.js';
import { nowMs } from './probe.js';
import { must, run } from './proc.js';
import { ms, ratio, spread, summarize, type Summary } from './stats.js';

const MODEL = 'gemma3';
const ANSWER = ['Add ', 'a journal ', 'entry'];
const SUBJECT = 'Add a journal entry';
const BIN = join(ROOT, 'bin/git-commit-push.js');

export interface CliRow {
  what: string;
  summary: Summary;
}

export interface CliBench {
  rows: {
    cli: CliRow;
    git: CliRow;
    opencommit: CliRow | undefined;
    /** With NODE_EXTRA_CA_CERTS as this machine sets it, when it does (Node reads the file at every start). */
    cliWithCaCerts: CliRow | undefined;
    nodeStart: CliRow;
    help: CliRow;
  };
  /** Medians: the command's run over the git chain's, and over opencommit's. */
  vsGit: number;
  vsOpencommit: number | undefined;
  opencommit: Opencommit | { error: string };
  runs: number;
}

const log = (s: string): void => void process.stderr.write(`bench cli: ${s}\n`);

/**
 * The environment every run gets: the sandbox's, without NODE_EXTRA_CA_CERTS. Node loads that
 * file before running any code, so it adds the same fixed cost to every Node program (this
 * command and opencommit alike) on the machines that set it; it is measured apart.
 */
function baseEnv(sb: Sandbox): NodeJS.ProcessEnv {
  const env = { ...sb.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

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
async function cliRun(sb: Sandbox, repo: Repo, env: NodeJS.ProcessEnv, line: string): Promise<number> {
  appendFileSync(join(repo.work, 'cli.txt'), line + '\n');
  const r = await run(process.execPath, [BIN, '--yes', '--all'], { cwd: repo.work, env, timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`bench cli: git-commit-push exited ${r.code ?? r.signal}: ${r.stderr}`);
  checkPushed(sb, repo, 'git-commit-push', SUBJECT);
  return r.ms;
}

/** What the command saves the user from typing: the same change committed and pushed by hand. */
async function gitRun(sb: Sandbox, repo: Repo, line: string): Promise<number> {
  appendFileSync(join(repo.work, 'git.txt'), line + '\n');
  const o = { cwd: repo.work, env: baseEnv(sb) };
  const t0 = nowMs();
  await must('git', ['add', '-A'], o);
  await must('git', ['commit', '-m', 'Update git.txt'], o);
  await must('git', ['push'], o);
  const t = nowMs() - t0;
  checkPushed(sb, repo, 'the git chain');
  return t;
}

/**
 * opencommit as bench/run.ts runs it (its `--yes` commits; it cannot push without a
 * terminal to ask, so a plain `git push` follows), after `git add -A` for the same change.
 */
async function ocoRun(sb: Sandbox, repo: Repo, cli: string, fakeUrl: string, line: string): Promise<number> {
  appendFileSync(join(repo.work, 'oco.txt'), line + '\n');
  const o = { cwd: repo.work, env: baseEnv(sb) };
  const t0 = nowMs();
  await must('git', ['add', '-A'], o);
  const r = await run(process.execPath, [cli, '--yes'], { cwd: repo.work, env: opencommitEnv(baseEnv(sb), fakeUrl, MODEL, false), timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`bench cli: opencommit exited ${r.code ?? r.signal}: ${(r.stdout + r.stderr).slice(-800)}`);
  await must('git', ['push'], o);
  const t = nowMs() - t0;
  checkPushed(sb, repo, 'opencommit');
  return t;
}

export async function benchCli(opts: { runs?: number } = {}): Promise<CliBench> {
  const runs = Math.max(10, opts.runs ?? (Number(process.env.BENCH_RUNS ?? 12) || 12));
  const sb = makeSandbox('gcp-bench-cli-');
  const fake = await startFakeOllama({ [MODEL]: { chunks: ANSWER } });
  try {
    const repo = makeRepo(sb, { name: 'cli' });
    const env = { ...baseEnv(sb), OLLAMA_HOST: fake.url };
    const info = await ensureOpencommit(ROOT);
    const oco = 'cli' in info ? info.cli : undefined;

    // Not counted: git's, Node's and the page cache's first touch of each.
    await cliRun(sb, repo, env, 'Warm-up.');
    await gitRun(sb, repo, 'Warm-up.');
    if (oco) await ocoRun(sb, repo, oco, fake.url, 'Warm-up.');

    const cli: number[] = [];
    const git: number[] = [];
    const opencommit: number[] = [];
    for (let i = 0; i < runs; i++) {
      const steps: Array<() => Promise<void>> = [
        async () => void cli.push(await cliRun(sb, repo, env, `Entry ${i}.`)),
        async () => void git.push(await gitRun(sb, repo, `Entry ${i}.`)),
      ];
      if (oco) steps.push(async () => void opencommit.push(await ocoRun(sb, repo, oco, fake.url, `Entry ${i}.`)));
      // Rotated, so that none of them always runs right after another.
      for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
      log(`round ${i + 1}/${runs}: git-commit-push ${ms(cli[i]!)}, git ${ms(git[i]!)}${oco ? `, opencommit ${ms(opencommit[i]!)}` : ''}`);
    }

    const caCerts = process.env.NODE_EXTRA_CA_CERTS;
    const withCerts: number[] = [];
    if (caCerts) for (let i = 0; i < runs; i++) withCerts.push(await cliRun(sb, repo, { ...env, NODE_EXTRA_CA_CERTS: caCerts }, `With certificates ${i}.`));
    const nodeStart: number[] = [];
    const help: number[] = [];
    for (let i = 0; i < runs; i++) {
      nodeStart.push((await must(process.execPath, ['-e', '0'], { env })).ms);
      help.push((await must(process.execPath, [BIN, '--help'], { env })).ms);
    }

    const c = summarize(cli);
    const g = summarize(git);
    const o = oco ? summarize(opencommit) : undefined;
    return {
      rows: {
        cli: { what: '`git-commit-push --yes --all`', summary: c },
        git: { what: 'plain git chain: `git add -A`, `git commit -m`, `git push`', summary: g },
        opencommit: o && { what: '`git add -A`, opencommit `--yes`, `git push`', summary: o },
        cliWithCaCerts: caCerts ? { what: '`git-commit-push --yes --all` with this machine\'s NODE_EXTRA_CA_CERTS (record only)', summary: summarize(withCerts) } : undefined,
        nodeStart: { what: 'Node alone: `node -e 0`', summary: summarize(nodeStart) },
        help: { what: '`git-commit-push --help` (Node, and the bundle read)', summary: summarize(help) },
      },
      vsGit: c.median / g.median,
      vsOpencommit: o ? c.median / o.median : undefined,
      opencommit: info,
      runs,
    };
  } finally {
    await fake.close();
    sb.remove();
  }
}

/** The rows as a Markdown table, with the two ratios under it. */
export function cliTable(b: CliBench): string[] {
  const r = b.rows;
  const rows = [r.cli, r.git, r.opencommit, r.cliWithCaCerts, r.nodeStart, r.help].filter((x): x is CliRow => x !== undefined);
  const lines = ['| | spawn to exit, median (spread) |', '| --- | --- |', ...rows.map((x) => `| ${x.what} | ${spread(x.summary)} |`), ''];
  lines.push(`- git-commit-push / git chain: ${ratio(r.cli.summary.median, r.git.summary.median)} (target ≤ 1.50×)`);
  if (r.opencommit) lines.push(`- git-commit-push / opencommit: ${ratio(r.cli.summary.median, r.opencommit.summary.median)}`);
  else if ('error' in b.opencommit) lines.push(`- opencommit: not measured (${b.opencommit.error})`);
  return lines;
}

// Alone (node scripts/run-ts.mjs bench/cli.ts bundles this file to cli.mjs): print the table.
if (/\/cli\.(mjs|ts)$/.test(import.meta.url)) {
  benchCli()
    .then((b) => process.stdout.write(cliTable(b).join('\n') + '\n'))
    .catch((err: unknown) => {
      process.stderr.write(`bench cli failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
}
