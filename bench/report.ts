/**
 * bench/RESULTS.md from the figures bench/run.ts measured: what each figure is, how it was
 * run, and every ratio between the same work under the same conditions only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../test/support/nvim.js';
import { cliTable, ownOverhead, type CliBench } from './cli.js';
import { corpusSection, type CorpusFigure } from './corpus.js';
import { realModelSection, type RealModelFigure } from './real-model.js';
import type { Machine } from './machine.js';
import type { Fig1, Fig2, Fig3, Fig4, ReviewRun, RttCase, TimelineEntry, Units } from './run.js';
import { ms, num, ratio, spread, summarize } from './stats.js';

/** How the run was set up, as the text describes it. */
export interface Setup {
  runs: number;
  /** The figures run (BENCH_ONLY), and how many there are in all. */
  only: Set<string>;
  allFigures: number;
  spacingMs: number;
  slowChunks: number;
  slowDelayMs: number;
  hookSleepS: number;
  rttEveryMs: number;
  model: string;
  /** "Measured code: commit <hash> ..." (.ci/run reads it). */
  code: string;
  /** Whether this machine sets NODE_EXTRA_CA_CERTS (taken out of every run). */
  machineCerts: boolean;
}

export interface Results {
  setup: Setup;
  machine: Machine;
  started: Date;
  seconds: number;
  units?: Units | undefined;
  fig1?: Fig1;
  fig2?: Fig2;
  fig3?: Fig3;
  fig4?: Fig4;
  corpus?: CorpusFigure | undefined;
  realModel?: RealModelFigure | undefined;
  cli?: CliBench | undefined;
  timeline?: { review: TimelineEntry[]; noReview: TimelineEntry[] } | undefined;
}

const pass = (ok: boolean): string => (ok ? '**PASS**' : '**MISS**');

export function report(r: Results): string {
  const L: string[] = [];
  const m = r.machine;
  const x = r.setup;
  L.push('# Benchmark results', '');
  L.push(
    `Written by \`npm run bench\` (bench/run.ts) on ${r.started.toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${Math.round(r.seconds)} s.`,
    '',
    x.code,
    '',
    `Real headless Neovim (\`nvim --embed\`) with the committed bundle on the real node host, real git with a bare repository as the remote (pushed to by path), ` +
      `and a fake Ollama on 127.0.0.1 that answers at once (test/support/fake-ollama.ts). ` +
      `Every ratio compares the same work in the same state and the same environment: a warm \`\\g\` (its Neovim's node host already running) with the plain git chain (figure 2); ` +
      `the terminal command, a fresh Node process, with the git chain and with opencommit, a fresh Node process too (figures 5 and 6). ` +
      `Every run, ours and the baselines', has the sandbox's environment (its own HOME and XDG folders) ` +
      `${x.machineCerts ? "without this machine's NODE_EXTRA_CA_CERTS, which Node reads at every start (what it adds is in the unit costs, under its own label)" : '(this machine sets no NODE_EXTRA_CA_CERTS)'}. ` +
      `Each baseline runs in the same run as what it is compared with, interleaved round by round: figure 1's cold and warm runs, figure 2's two chains (their order rotating), ` +
      `figure 3's baseline process and its four sizes, figures 5 and 6's five commands (their order rotating). ` +
      `Times on the Neovim side are \`vim.loop.hrtime()\` stamps taken in Neovim (keypress: \`vim.on_key\`; review buffer: \`BufWinEnter\`; end of a run: the plugin's notification), so RPC latency does not count. ` +
      `Spreads are min–max and p10–p90; n is the number of runs.`,
    '',
  );
  if (x.only.size < x.allFigures) L.push(`Only figures ${[...x.only].join(', ')} were run (BENCH_ONLY).`, '');
  L.push('## Machine', '');
  L.push(`- CPU: ${m.cpu}, ${m.cores} cores at ${m.mhz} MHz; ${m.memGiB} GiB memory; ${m.kernel}`);
  L.push(`- ${m.nvim}; Node ${m.node} (the bench and the node host); ${m.git}`, '');

  L.push(...summaryTable(r), '');
  if (r.fig1) L.push(...figure1(r.fig1, x));
  if (r.fig2) L.push(...figure2(r.fig2, x));
  if (r.fig3) L.push(...figure3(r.fig3, x));
  if (r.fig4) L.push(...figure4(r.fig4, x));
  if (r.cli) L.push(...figures5and6(r.cli, x));
  if (r.corpus) L.push(...corpusSection(r.corpus), '');
  if (r.realModel) L.push(...realModelSection(r.realModel));
  if (r.units || r.timeline) L.push(...bounds(r));
  return L.join('\n') + '\n';
}

function summaryTable(r: Results): string[] {
  const rows: string[][] = [];
  const { fig1: f1, fig2: f2, fig3: f3, fig4: f4, cli } = r;
  if (f1) {
    const warm = summarize(f1.warm.map((x) => x.toOpen));
    const cold = summarize(f1.cold.map((x) => x.toOpen));
    const text = summarize(f1.warm.map((x) => x.toText));
    rows.push(['1. keypress → review buffer, warm', '≤ 50 ms', spread(warm), pass(warm.median <= 50)]);
    rows.push(['1. keypress → review buffer, cold', '≤ 400 ms', spread(cold), pass(cold.median <= 400)]);
    rows.push(['1. keypress → first streamed words on screen, warm (model answers at once)', '—', spread(text), '—']);
  }
  if (f2) {
    const pr = summarize(f2.plugin.map((x) => x.toRef));
    const cr = summarize(f2.chain.map((x) => x.toRef));
    const pn = summarize(f2.plugin.map((x) => x.toNotice));
    const cn = summarize(f2.chain.map((x) => x.toEnd));
    rows.push(['2. keypress → remote ref moved, review = false, warm, vs plain git (runs 2 s apart)', '≤ 1.2× git', `${ratio(pr.median, cr.median)} (${num(pr.median)} vs ${num(cr.median)} ms)`, pass(pr.median / cr.median <= 1.2)]);
    rows.push(["2. the same, to the plugin's notice vs git's last exit (the old end point)", '≤ 1.5× git', `${ratio(pn.median, cn.median)} (${num(pn.median)} vs ${num(cn.median)} ms)`, pass(pn.median / cn.median <= 1.5)]);
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
    rows.push([`4. longest RPC round trip, pre-push hook sleeping ${r.setup.hookSleepS} s`, '≤ 50 ms', ms(h), pass(h <= 50)]);
    rows.push([`4. longest RPC round trip, model streaming ${(r.setup.slowChunks * r.setup.slowDelayMs) / 1000} s`, '≤ 50 ms', ms(st), pass(st <= 50)]);
  }
  if (cli) {
    const c = cli.rows.cli.summary.median;
    if (cli.rows.opencommit) {
      const o = cli.rows.opencommit.summary.median;
      rows.push(['5. `git-commit-push --yes --all` vs opencommit, the same change, both a fresh Node, same environment', 'faster', `${ratio(c, o)} of its time: ${(o / c).toFixed(1)}× faster (${num(c)} vs ${num(o)} ms)`, pass(c < o)]);
    } else {
      rows.push(['5. `git-commit-push --yes --all` vs opencommit', 'faster', `not measured: ${'error' in cli.opencommit ? cli.opencommit.error : '?'}`, '—']);
    }
    const g = cli.rows.git.summary.median;
    rows.push(['6. `git-commit-push --yes --all` vs plain git', '≤ 1.5× git', `${ratio(c, g)} (${num(c)} vs ${num(g)} ms; \`node -e 0\` ${num(cli.rows.nodeStart.summary.median)} ms)`, pass(cli.vsGit <= 1.5)]);
    const own = ownOverhead(cli);
    rows.push(['6. its own overhead: its run less `node -e 0` less the git chain (issue 22.9)', '≤ 100 ms', `${ms(own)} (226 ms before issue 22)`, pass(own <= 100)]);
  }
  return ['## Summary (medians)', '', '| figure | target | measured | |', '| --- | --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

function figure1(f1: Fig1, x: Setup): string[] {
  const L = ['## 1. Keypress to review buffer', ''];
  L.push(
    'From the keypress (`\\g` fed with `nvim_input`, stamped when Neovim takes it) to the review buffer in its window with its comment lines (`# Status:` and the rest) and the Lua call that opened it returned (split made, filetype set). ' +
      "Each run types a new line into the journal's buffer first (unsaved: `\\g` writes it), and ends with `:q!` once the message is in. " +
      `Cold: the first \`\\g\` in a fresh Neovim, ${f1.cold.length} Neovims, the node host starting on that keypress; second use: the next \`\\g\` in that Neovim. ` +
      `Warm: one Neovim kept open through all rounds, its first use not counted. The ${f1.cold.length} rounds interleave them: a cold Neovim (its first and second \`\\g\`), ` +
      `the node host's start alone in another fresh Neovim, then the warm Neovim once with its repository's config last written at least ${x.spacingMs / 1000} s before ` +
      '(the plugin trusts what it knows of a repository only for config files older than 2 s, src/change/repo-cache.ts), and once right after `git config bench.run <n>`.',
    '',
  );
  L.push('| | keypress → BufWinEnter | keypress → opened | with RPC both ways (bench side) | keypress → first words | keypress → message in (fake model) |', '| --- | --- | --- | --- | --- | --- |');
  const row = (name: string, xs: ReviewRun[]): string =>
    `| ${name} | ${spread(summarize(xs.map((r) => r.toWindow)))} | ${spread(summarize(xs.map((r) => r.toOpen)))} | ${num(summarize(xs.map((r) => r.rpcInclusive)).median)} ms | ${num(summarize(xs.map((r) => r.toText)).median)} ms | ${num(summarize(xs.map((r) => r.toMessage)).median)} ms |`;
  L.push(row('cold', f1.cold), row('second use', f1.second), row('warm', f1.warm), row('warm, config just changed', f1.configChanged), '');
  L.push('"Warm, config just changed" is the first `\\g` after a change to the repository\'s config, when git is asked again where the repository is and what its config says: two more git processes.', '');
  const cold = summarize(f1.cold.map((r) => r.toOpen)).median;
  const warm = summarize(f1.warm.map((r) => r.toOpen)).median;
  L.push(`Cold − warm: ${ms(cold - warm)}, the price of the first use; the node host's start alone (\`remote#host#Require('node')\` in a fresh Neovim, which blocks it): ${spread(summarize(f1.hostStart))}.`, '');
  return L;
}

function figure2(f2: Fig2, x: Setup): string[] {
  const pr = summarize(f2.plugin.map((r) => r.toRef));
  const cr = summarize(f2.chain.map((r) => r.toRef));
  const pn = summarize(f2.plugin.map((r) => r.toNotice));
  const cn = summarize(f2.chain.map((r) => r.toEnd));
  const L = ['## 2. A whole run without review', ''];
  L.push(
    "`review = false`, in a Neovim whose node host already runs (its first use not counted): from the keypress to the moment the bare remote's branch moves (inotify on its `refs/heads`, the clock the keypress stamp uses): the push is done, as the user sees it. " +
      'Beside it, the old end point: the plugin\'s INFO notification "committed … and pushed to origin/master". ' +
      'Baseline, in the same repository and interleaved round by round (the order rotating): `git add -- notes.txt`, `git commit -m …`, `git push`, each spawned with an argument array (no shell), timed from the first spawn to the ref moving, and to the last exit. ' +
      `Every run starts ${x.spacingMs / 1000} s after the one before, as a user's commits are spaced: the plugin's repository cache then holds.`,
    '',
  );
  L.push("| | to the remote's ref | to the notice / last exit |", '| --- | --- | --- |');
  L.push(`| \`\\g\`, review = false | ${spread(pr)} | ${spread(pn)} |`, `| plain git chain | ${spread(cr)} | ${spread(cn)} |`);
  L.push(`| ratio of medians | ${ratio(pr.median, cr.median)} | ${ratio(pn.median, cn.median)} |`);
  L.push(`| first use in that Neovim (node host start included; not counted) | | ${ms(f2.firstPlugin)} |`, '');
  return L;
}

function figure3(f3: Fig3, x: Setup): string[] {
  const L = ['## 3. Building the prompt', ''];
  L.push(
    "`parseDiff` + `buildPrompt` with the plugin's defaults (preset `code`, num_ctx 8192, num_predict 256) on the text of `git diff --cached` for a new file of N journal lines (~110 characters each), as the node host receives it. " +
      `Each sample is its own Node process (bench/prompt-child.ts, ${x.runs} per size): "first call" is the first parse and build in that process, as on a host that never built a prompt before; "warm" is 4 more calls in each. ` +
      `Peak memory is the process's VmHWM after the first call, against a baseline process that only loads the same module, run in each round before the four sizes: ${spread(f3.baselineMiB, 'MiB')}. It includes the diff text itself.`,
    '',
  );
  L.push('| changed lines | diff text | first call | warm calls | peak memory over baseline | peak in all | prompt tokens (est.) |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of f3.rows) {
    L.push(`| ${r.lines.toLocaleString('en-US')} | ${num(r.textMiB)} MiB | ${spread(r.first)} | ${spread(r.warm)} | ${spread(r.deltaMiB, 'MiB')} | ${num(r.peakMiB.median)} MiB | ${r.tokens} |`);
  }
  L.push('');
  return L;
}

function figure4(f4: Fig4, x: Setup): string[] {
  const L = ['## 4. Neovim stays responsive', ''];
  L.push(
    `This process calls \`nvim_eval('1')\` in a loop (one every ${x.rttEveryMs} ms after the previous answer) for the whole of each run, and the longest round trip is the figure. ` +
      `(a) review = false with a \`pre-push\` hook in the work repository that runs \`sleep ${x.hookSleepS}\`; (b) review on, the fake model streaming ${x.slowChunks} pieces ${x.slowDelayMs} ms apart into the review buffer, from the keypress to the message's last piece. ` +
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
  return L;
}

function figures5and6(b: CliBench, x: Setup): string[] {
  const L = ['## 5 and 6. The terminal command, against git and opencommit', ''];
  L.push(
    '`git-commit-push --yes --all` (bin/git-commit-push.js, issue 14) in a repository with a bare remote and the same fake model, spawn to exit, against the plain git chain (`git add -A`, `git commit -m`, `git push`) and opencommit committing the same kind of change. ' +
      'All three start from nothing on every run: the two Node programs are each a fresh Node process, so this is where the plugin\'s code is compared with opencommit\'s (figure 2\'s warm `\\g` has no counterpart in opencommit). ' +
      `They, \`node -e 0\` and \`git-commit-push --help\` run interleaved in ${b.runs} rounds, the order rotating, each after one run of each not counted. ` +
      "Node's own start is a fixed cost the git chain does not have: `node -e 0` is measured beside it.",
    '',
  );
  const info = b.opencommit;
  if ('error' in info) {
    L.push(`opencommit was not measured: ${info.error}.`, '');
  } else {
    L.push(
      `opencommit ${info.version} (${info.how}), run as its \`oco\` command does: \`node out/cli.cjs --yes\` in the work tree, after \`git add -A\` (with nothing staged it asks which files to stage), ` +
        `its Ollama provider pointed at the same fake server by environment variables (\`OCO_AI_PROVIDER=ollama\`, \`OCO_API_URL=<fake>\`, \`OCO_MODEL=${x.model}\`; it posts to \`$OCO_API_URL/api/chat\` with \`stream: false\`), ` +
        'no standard input, and `OCO_TEST_SKIP_VERSION_CHECK=true` so that it does not run `npm view opencommit version` (a registry request) on every commit. ' +
        `It wrote "${b.ocoMessage ?? '?'}" from the fake model's answer.`,
      '',
    );
    const pr = b.ocoProbe;
    if (pr) {
      L.push(
        `**It cannot push without a terminal.** With one remote, opencommit ${info.version} always asks "Do you want to run \`git push\`?" after committing (src/commands/commit.ts); \`--yes\` only skips the question about the message, and \`OCO_GITPUSH\` can only turn pushing off. ` +
          `Run once here as its users run it (push on, \`--yes\`, no standard input), it exited ${pr.code ?? 'on the timeout'}, ${pr.committed ? 'having committed' : 'without committing'}, and ${pr.pushed ? 'pushed' : 'did not push'}: "${pr.tail}". ` +
          'So the measured chain is `git add -A`, then opencommit with `OCO_GITPUSH=false` (it commits and stops), then a plain `git push`: the push costs it exactly what it costs git, which is the least its own push could cost (its own would first run `git remote` and `git rev-parse @{u}`).',
        '',
      );
    }
  }
  L.push(...cliTable(b), '');
  return L;
}

function bounds(r: Results): string[] {
  const L: string[] = ['## What bounds the times', ''];
  const u = r.units;
  if (u) {
    L.push('Unit costs on this machine, measured in this run (medians; the git rows 15 samples each, the Node rows 5, interleaved):', '');
    L.push('| | median (spread) |', '| --- | --- |');
    L.push(`| spawn \`git --version\` from Node and wait for it | ${spread(u.spawnGit)} |`);
    L.push(`| a git command that prints something (\`rev-parse HEAD\`): child_process / simple-git | ${ms(u.execGitTalking.median)} / ${ms(u.simpleGitTalking.median)} |`);
    L.push(`| a git command that prints nothing (\`add -A\` of an unchanged file): child_process / simple-git | ${ms(u.execGitSilent.median)} / ${ms(u.simpleGitSilent.median)} |`);
    L.push(`| \`node -e 0\` | ${spread(u.nodeStart)} |`);
    if (u.nodeStartCerts) L.push(`| \`node -e 0\` with this machine's NODE_EXTRA_CA_CERTS (left out of every other figure) | ${spread(u.nodeStartCerts)} |`);
    L.push(`| \`require('neovim')\` in a fresh Node (the host's own client library) | ${spread(u.requireNeovim)} |`);
    L.push(`| \`require\` the plugin's bundle in a fresh Node | ${spread(u.requirePlugin)} |`, '');
    L.push(
      'The look at the repository at `:w` (src/commit/recheck.ts: HEAD, a merge or rebase begun, and for `all` and `staged` the files git would now commit), timed in the bench process through the plugin\'s git runner (medians of 15):',
      '',
      '| repository | file scope | `all` scope | one `git status` alone | one `git --version` spawn |',
      '| --- | --- | --- | --- | --- |',
      ...u.recheck.map((c) => `| ${c.files === 1 ? 'a journal (1 file)' : `${c.files.toLocaleString('en')} files`} | ${ms(c.file.median)} | ${ms(c.all.median)} | ${ms(c.status.median)} | ${ms(c.gitVersion.median)} |`),
      '',
    );
  }
  const t = r.timeline;
  const table = (entries: TimelineEntry[]): string[] => ['| ms after the keypress | |', '| ---: | --- |', ...entries.map((e) => `| ${e.at.toFixed(1)} | ${e.what} |`), ''];
  if (t) {
    L.push("One warm `\\g` with review, traced (`GIT_TRACE2_EVENT`; git's own child processes left out):", '', ...table(t.review));
    L.push('One warm `\\g` with review = false, traced the same way:', '', ...table(t.noReview));
  }
  const notes = readFileSync(join(ROOT, 'bench/bounds.md'), 'utf8').trim();
  L.push(notes, '');
  return L;
}
