import { describe, expect, it } from 'vitest';
import { type DiffFile, type FileStatus, type Hunk, parseDiff } from '../../src/change/diff.js';
import { lockFormat } from '../../src/change/lockfiles.js';
import { PRESET_NAMES, isPresetName, systemPrompt } from '../../src/prompt/presets.js';
import { PROMPT_MARGIN_TOKENS, type Prompt, type PromptRequest, buildPrompt, estimateTokens, promptExclusion } from '../../src/prompt/prompt.js';

// ---------------------------------------------------------------- fixtures

/** Deterministic, so a failing random case can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hunk(lines: string[]): Hunk {
  const added = lines.filter((l) => l.startsWith('+')).length;
  const removed = lines.filter((l) => l.startsWith('-')).length;
  return { header: `@@ -1,${lines.length - added} +1,${lines.length - removed} @@`, lines, added, removed };
}

function file(path: string, hunks: Hunk[], extra: Partial<DiffFile> = {}): DiffFile {
  return {
    path,
    status: 'modified',
    binary: false,
    added: hunks.reduce((n, h) => n + h.added, 0),
    removed: hunks.reduce((n, h) => n + h.removed, 0),
    hunks,
    ...extra,
  };
}

function addedLines(n: number, text: (i: number) => string): string[] {
  return Array.from({ length: n }, (_, i) => `+${text(i)}`);
}

/** Text exactly as `git diff --cached` prints a first commit of one file. */
function newFileDiffText(path: string, n: number, text: (i: number) => string): string {
  const parts = [
    `diff --git a/${path} b/${path}`,
    'new file mode 100644',
    'index 0000000..e69de29',
    '--- /dev/null',
    `+++ b/${path}`,
    `@@ -0,0 +1,${n} @@`,
  ];
  for (let i = 0; i < n; i++) parts.push(`+${text(i)}`);
  return parts.join('\n') + '\n';
}

/** A journal as people keep one: a date, a line saying what the day was about, more prose, a blank line. */
const datedJournalLine = (i: number): string => {
  const entry = Math.floor(i / 6);
  const day = new Date(Date.UTC(2012, 0, 1) + entry * 86_400_000).toISOString().slice(0, 10);
  switch (i % 6) {
    case 0:
      return day;
    case 1:
      return `Topic: ${['the harbour', 'moving house', 'the garden', 'the choir', 'the bicycle trip'][entry % 5]} on day ${entry}.`;
    case 5:
      return '';
    default:
      return `Walked down to the harbour before breakfast and wrote about the fishing boats, the fog and the gulls (${i}).`;
  }
};

const SYSTEM = systemPrompt('code');

function request(files: DiffFile[], over: Partial<PromptRequest> = {}): PromptRequest {
  return { files, system: SYSTEM, recentSubjects: [], numCtx: 8192, numPredict: 256, ...over };
}

function limitOf(req: PromptRequest): number {
  return req.numCtx - req.numPredict - PROMPT_MARGIN_TOKENS;
}

const num = (s: string): number => Number(s.replace(/,/g, ''));

interface Shown {
  added: number;
  removed: number;
}

/**
 * Reads the diff section back: per file, the +/- lines shown plus every count
 * the markers claim. If nothing was dropped silently, these add up to the
 * file's real totals.
 */
function accountFor(user: string): { perFile: Map<string, Shown>; filesOmitted: number } {
  const perFile = new Map<string, Shown>();
  const lines = user.split('\n');
  let i = lines.findIndex((l) => l.startsWith('Diff of the staged changes'));
  let filesOmitted = 0;
  if (i < 0) {
    const m = /^\[\.\.\. diffs of ([\d,]+) more files? omitted\]$/m.exec(user);
    return { perFile, filesOmitted: m ? num(m[1]!) : 0 };
  }
  let cur: Shown | undefined;
  for (i++; i < lines.length && lines[i] !== ''; i++) {
    const l = lines[i]!;
    let m: RegExpExecArray | null;
    if ((m = /^File: (.*) \(.*\)$/.exec(l))) {
      cur = { added: 0, removed: 0 };
      perFile.set(m[1]!, cur);
    } else if ((m = /^\[\.\.\. diffs of ([\d,]+) more files? omitted\]$/.exec(l))) {
      filesOmitted = num(m[1]!);
    } else if (!cur) {
      throw new Error(`diff line outside a file: ${l}`);
    } else if (l.startsWith('+')) cur.added++;
    else if (l.startsWith('-')) cur.removed++;
    else if ((m = /^\[\.\.\. ([\d,]+) added lines?\]$/.exec(l))) cur.added += num(m[1]!);
    else if ((m = /^\[\.\.\. ([\d,]+) removed lines?\]$/.exec(l))) cur.removed += num(m[1]!);
    else if (/^\[\.\.\. [\d,]+ unchanged lines?\]$/.test(l)) continue;
    else if ((m = /^\[\.\.\. [\d,]+ lines: (.*)\]$/.exec(l))) {
      cur.added += num(/([\d,]+) added/.exec(m[1]!)?.[1] ?? '0');
      cur.removed += num(/([\d,]+) removed/.exec(m[1]!)?.[1] ?? '0');
    } else if ((m = /^\[\.\.\. [\d,]+ more hunks? of .* omitted \(\+([\d,]+) -([\d,]+)\)\]$/.exec(l))) {
      cur.added += num(m[1]!);
      cur.removed += num(m[2]!);
    } else if (/^\[\.\.\. [\d,]+ more lines? of this summary\]$/.test(l)) continue;
    else if (l.startsWith('[...')) throw new Error(`unknown marker: ${l}`);
  }
  return { perFile, filesOmitted };
}

/** Every diffable file is either accounted for line by line, or counted as omitted. */
function expectNothingDroppedSilently(files: DiffFile[], p: Prompt): void {
  const { perFile, filesOmitted } = accountFor(p.user);
  const diffable = files.filter((f) => promptExclusion(f) === undefined && f.hunks.length > 0);
  // Lock files take a place in the diff too, with their package summary.
  const summarized = files.filter((f) => promptExclusion(f) === 'lock file' && lockFormat(f.path) !== undefined && f.hunks.length > 0);
  for (const f of diffable) {
    const shown = perFile.get(f.path);
    if (shown) expect(shown, f.path).toEqual({ added: f.added, removed: f.removed });
  }
  const shownFiles = [...diffable, ...summarized].filter((f) => perFile.has(f.path)).length;
  expect(shownFiles + filesOmitted).toBe(diffable.length + summarized.length);
}

// ---------------------------------------------------------------- presets

describe('systemPrompt', () => {
  it('knows its preset names', () => {
    expect(PRESET_NAMES).toEqual(['journal', 'code', 'conventional']);
    expect(isPresetName('conventional')).toBe(true);
    expect(isPresetName('Conventional')).toBe(false);
    expect(isPresetName('')).toBe(false);
  });

  it.each(PRESET_NAMES)('%s carries the rules that always hold', (name) => {
    const s = systemPrompt(name);
    expect(s).toMatch(/whole answer becomes the commit message, verbatim/);
    expect(s).toMatch(/no quotes .*no Markdown, no code fences/);
    expect(s).toMatch(/vague verbs such as "update", "improve"/);
    expect(s).toMatch(/Never invent issue numbers/);
    expect(s).toMatch(/not the name of the file/);
  });

  it('gives each preset its own voice', () => {
    const journal = systemPrompt('journal');
    expect(journal).toContain('Focus on the content of the journal entry');
    expect(journal).toMatch(/topics, events/);
    expect(journal).toMatch(/never "Update journal"/);

    const code = systemPrompt('code');
    expect(code).toMatch(/imperative mood/);
    expect(code).toMatch(/at most 72 characters/);
    expect(code).toMatch(/wrapped at 72 characters, that explains why/);
    expect(code).not.toContain('journal');

    const conventional = systemPrompt('conventional');
    expect(conventional).toContain('Conventional Commits format: type(scope): subject');
    for (const t of ['feat', 'fix', 'docs', 'refactor', 'test', 'chore']) expect(conventional).toContain(t);
  });

  it("lets the user's own prompt replace the preset's instructions, keeping the rules", () => {
    const s = systemPrompt('conventional', '  Write the subject in German, as a haiku.  ');
    expect(s.startsWith('Write the subject in German, as a haiku.')).toBe(true);
    expect(s).not.toContain('Conventional Commits');
    expect(s).toMatch(/Never invent issue numbers/);
    expect(systemPrompt('journal', '   ')).toBe(systemPrompt('journal'));
  });
});

// ---------------------------------------------------------------- buildPrompt

describe('buildPrompt', () => {
  it('sends a small change whole: summary of every file, subjects, full diff, no omissions', () => {
    const files = [
      file('src/app.ts', [hunk([' import x;', '-const port = 80;', '+const port = 8080;', ' start();'])]),
      file('docs/guide.md', [hunk(addedLines(3, (i) => `Step ${i}`))], { status: 'added' }),
      file('old/name.ts', [], { status: 'renamed', path: 'new/name.ts', oldPath: 'old/name.ts' }),
      file('gone.txt', [hunk(['-bye'])], { status: 'deleted' }),
      file('run.sh', [], { oldMode: '100644', newMode: '100755' }),
    ];
    const p = buildPrompt(request(files, { recentSubjects: ['Add health check', 'Fix port parsing'] }));
    const u = p.user;
    expect(u).toContain('Staged files (5 files, +4 -2 lines in total):');
    expect(u).toContain(' src/app.ts | modified, +1 -1');
    expect(u).toContain(' docs/guide.md | new file, +3 -0');
    expect(u).toContain(' old/name.ts -> new/name.ts | renamed, +0 -0');
    expect(u).toContain(' gone.txt | deleted, +0 -1');
    expect(u).toContain(' run.sh | modified, +0 -0, mode 100644 -> 100755');
    expect(u).toContain('-const port = 80;\n+const port = 8080;');
    expect(u).toContain('+Step 2');
    expect(u).not.toMatch(/^\[\.\.\./m);
    expect(p.omitted).toEqual([]);
    expect(u.trimEnd().endsWith('Write the commit message for the staged changes above.')).toBe(true);
    expect(p.system).toBe(SYSTEM);
    expect(p.estimatedTokens).toBeGreaterThanOrEqual(estimateTokens(p.system) + estimateTokens(u));
    expectNothingDroppedSilently(files, p);
  });

  it('marks recent subjects as a style reference, newest first, between the summary and the diff', () => {
    const files = [file('a.txt', [hunk(['+x'])])];
    const p = buildPrompt(request(files, { recentSubjects: ['Newest subject', 'Older\nsubject', '', 'Oldest subject'] }));
    const u = p.user;
    const title = u.indexOf('Recent commit subjects on this branch, newest first. A style reference only: do not copy them');
    expect(title).toBeGreaterThan(u.indexOf(' a.txt | modified'));
    expect(title).toBeLessThan(u.indexOf('Diff of the staged changes'));
    expect(u).toContain('- Newest subject\n- Older subject\n- Oldest subject\n');
    expect(buildPrompt(request(files)).user).not.toContain('Recent commit subjects');
  });

  it('never sends a secret, only its name', () => {
    const VALUE = 'sk-live-9f8e7d6c5b4a-DO-NOT-LEAK';
    const files = [
      file('.env', [hunk([`+API_KEY=${VALUE}`, '+DEBUG=1'])], { status: 'added' }),
      file('deploy/id_ed25519', [hunk([`+${VALUE}`])], { status: 'added' }),
      file('notes.txt', [hunk([`-TOKEN=${VALUE}`, '+see vault'])], { status: 'renamed', oldPath: '.env.local' }),
      file('src/config.ts', [hunk(['+export const apiKey = process.env.API_KEY;'])]),
    ];
    for (const numCtx of [256, 2048, 8192]) {
      const p = buildPrompt(request(files, { numCtx }));
      expect(p.user).not.toContain(VALUE);
      expect(p.system).not.toContain(VALUE);
      expect(p.omitted.join('\n')).not.toContain(VALUE);
      expect(p.user).not.toContain('see vault');
      if (numCtx === 8192) {
        expect(p.user).toContain(' .env | secret, contents not sent (new file)');
        expect(p.user).toContain(' .env.local -> notes.txt | secret, contents not sent (renamed)');
        expect(p.user).toContain('+export const apiKey');
        expect(p.omitted.slice(0, 3)).toEqual([
          '.env (secret: contents never sent)',
          'deploy/id_ed25519 (secret: contents never sent)',
          'notes.txt (secret: contents never sent)',
        ]);
      }
    }
  });

  it('names lock, binary and generated files without their contents', () => {
    const files = [
      file('package-lock.json', [hunk(addedLines(3000, (i) => `"node_modules/pkg-${i}": { "version": "1.0.${i}" },`))]),
      file('assets/logo.png', [], { status: 'added', binary: true }),
      file('vendor/lib.min.js', [hunk(['+!function(e){LIBRARY_BODY}(window);'])], { status: 'added' }),
      file('src/index.ts', [hunk(['+import "./lib";'])]),
    ];
    const p = buildPrompt(request(files));
    expect(p.user).toContain(' package-lock.json | lock file, contents not sent (+3,000 -0)');
    expect(p.user).toContain(' assets/logo.png | binary file, contents not sent (new file)');
    expect(p.user).toContain(' vendor/lib.min.js | generated file, contents not sent (new file, +1 -0)');
    expect(p.user).not.toContain('node_modules/pkg-');
    expect(p.user).not.toContain('LIBRARY_BODY');
    expect(p.user).toContain('+import "./lib";');
    expect(p.omitted).toEqual([
      'package-lock.json (lock file)',
      'assets/logo.png (binary file)',
      'vendor/lib.min.js (generated file)',
    ]);
  });

  it('outlines the 46,505-line first commit of a journal over its whole length, in 8192 tokens', () => {
    const n = 46_505;
    const text = newFileDiffText('journal.txt', n, datedJournalLine);
    const req = request([], { system: systemPrompt('journal'), recentSubjects: ['Notes on the spring storms'] });
    const files = parseDiff(text);
    const p = buildPrompt({ ...req, files });
    expect(p.estimatedTokens).toBeLessThanOrEqual(limitOf(req));
    // Conservative, not wasteful: most of the window carries the journal.
    expect(p.estimatedTokens).toBeGreaterThan(limitOf(req) * 0.9);
    expect(p.user).toContain('[outline of the 46,505 lines below: headings, dated lines and first sentences of paragraphs at even intervals]');

    // Entries from every year, and the topic line after each date shown.
    const shownDates = p.user.split('\n').filter((l) => /^\+\d{4}-\d{2}-\d{2}$/.test(l));
    const years = new Set(shownDates.map((l) => l.slice(1, 5)));
    for (let y = 2012; y <= 2022; y++) expect(years, `year ${y}`).toContain(String(y));
    const topics = new Set(p.user.split('\n').filter((l) => l.startsWith('+Topic: ')));
    expect(topics.size).toBeGreaterThanOrEqual(100);
    const last = shownDates.at(-1)!;
    expect(last >= '+2022-01-01').toBe(true);

    // Every line of the journal is either shown or counted in a marker.
    expectNothingDroppedSilently(files, p);
    const shown = p.user.split('\n').filter((l) => l.startsWith('+')).length;
    expect(p.omitted).toEqual([`journal.txt: ${(n - shown).toLocaleString('en-US')} added lines (shown as an outline)`]);
    expect(p.user).toContain(' journal.txt | new file, +46,505 -0');
    expect(p.user).toContain('- Notes on the spring storms');
  });

  it('outlines a long new Markdown file by its headings, not its head and tail', () => {
    const sections = 120;
    const body: string[] = [];
    for (let k = 0; k < sections; k++) {
      body.push(`## Section ${k}: ${k % 2 ? 'harbour' : 'garden'} notes`, '', `Paragraph ${k} opens here. It goes on for a while about things.`, 'More text.', '');
    }
    const files = parseDiff(newFileDiffText('docs/guide.md', body.length, (i) => body[i]!));
    const p = buildPrompt(request(files, { numCtx: 2048, numPredict: 256 }));
    const headings = p.user.split('\n').filter((l) => l.startsWith('+## Section '));
    expect(headings.length).toBeGreaterThan(10);
    expect(headings.length).toBeLessThan(sections);
    // Spread over the whole file: the first and the last sections are there, and the middle.
    expect(p.user).toContain('+## Section 0: garden notes');
    expect(p.user).toContain(`+## Section ${sections - 1}: harbour notes`);
    expect(headings.some((h) => /Section (5\d|6\d):/.test(h))).toBe(true);
    // The sentence under each heading is its first line of text.
    expect(p.user).toMatch(/\+## Section \d+: \w+ notes\n\[\.\.\. 1 unchanged line\]|\+## Section \d+: \w+ notes\n\[\.\.\. \d+ added lines?\]/);
    expectNothingDroppedSilently(files, p);
  });

  it('fits 200,000 lines in one file, and in many files', () => {
    const one = buildPrompt(request(parseDiff(newFileDiffText('data.txt', 200_000, (i) => `row ${i} value`))));
    expect(one.estimatedTokens).toBeLessThanOrEqual(limitOf(request([])));

    const files = Array.from({ length: 100 }, (_, k) =>
      file(`src/module${k}/file${k}.ts`, [
        hunk([...addedLines(1200, (i) => `export const value${i} = ${i};`), ...Array.from({ length: 800 }, (_, i) => `-let old${i};`)]),
      ]),
    );
    const req = request(files);
    const p = buildPrompt(req);
    expect(p.estimatedTokens).toBeLessThanOrEqual(limitOf(req));
    for (const f of files) expect(p.user).toContain(` ${f.path} | modified, +1,200 -800\n`);
    // Not every diff fits: the smallest go first and the rest are counted, not dropped.
    const { filesOmitted } = accountFor(p.user);
    expect(filesOmitted).toBeGreaterThan(0);
    expect(p.user).toContain(`[... diffs of ${filesOmitted} more files omitted]`);
    expectNothingDroppedSilently(files, p);
    expect(p.omitted.at(-1)).toMatch(/^\.\.\. and [\d,]+ more$/);
    expect(p.omitted.length).toBeLessThanOrEqual(20);
  });

  it('shortens the file list itself when there are 50,000 files', () => {
    const files = Array.from({ length: 50_000 }, (_, k) =>
      file(k < 49_000 ? `vendor/pkg${k}/index.js` : `docs/page${k}.md`, [hunk(['+x'])], { status: 'added' }),
    );
    const req = request(files);
    const p = buildPrompt(req);
    expect(p.estimatedTokens).toBeLessThanOrEqual(limitOf(req));
    const listed = p.user.split('\n').filter((l) => / \| new file, \+1 -0$/.test(l)).length;
    expect(listed).toBeGreaterThan(10);
    const more = 50_000 - listed;
    expect(p.user).toContain(`[... ${more.toLocaleString('en-US')} more files (+${more.toLocaleString('en-US')} -0 lines), mostly under vendor/`);
    expect(p.omitted).toContain(`file list: ${more.toLocaleString('en-US')} more files not listed`);
    // The list must not crowd out the diff entirely.
    expect(p.user.match(/^File: /gm)?.length ?? 0).toBeGreaterThan(10);
    expectNothingDroppedSilently(files, p);
  });

  it('gives every file some of the diff before any file gets all of it', () => {
    const big = file('big.txt', [hunk(addedLines(5000, (i) => `big line ${i}`))]);
    const smalls = Array.from({ length: 5 }, (_, k) => file(`small${k}.txt`, [hunk([' ctx', `-old ${k}`, `+new ${k}`])]));
    const files = [big, ...smalls];
    const p = buildPrompt(request(files, { numCtx: 2048 }));
    for (let k = 0; k < 5; k++) expect(p.user).toContain(`-old ${k}\n+new ${k}`);
    expect(p.user).toMatch(/\[\.\.\. [\d,]+ added lines\]/);
    // The small files lost their unchanged line, and that is said, before the big one lost changed lines.
    expect(p.omitted).toHaveLength(2);
    expect(p.omitted[0]).toBe('5 unchanged lines around the changes (context cut to 0 lines)');
    expect(p.omitted[1]).toMatch(/^big\.txt: [\d,]+ added lines \(shown as an outline\)$/);
    expectNothingDroppedSilently(files, p);
  });

  it('states whole hunks left out, in the prompt and for the review buffer', () => {
    const hunks = Array.from({ length: 120 }, (_, k) => hunk([` context ${k}`, `-before ${k}`, `+after ${k}`, ` more ${k}`]));
    const files = [file('src/many.ts', hunks)];
    const p = buildPrompt(request(files, { numCtx: 2048, numPredict: 512 }));
    const m = /\[\.\.\. ([\d,]+) more hunks of src\/many\.ts omitted \(\+([\d,]+) -([\d,]+)\)\]/.exec(p.user);
    expect(m).not.toBeNull();
    const hidden = Number(m![1]);
    expect(hidden).toBeGreaterThan(0);
    expect(p.user).toContain('+after 0');
    expect(p.user).not.toContain('+after 119');
    // The unchanged lines went first, and that is said too.
    expect(p.user).not.toContain(' context 0');
    expect(p.omitted).toEqual([
      `${2 * (120 - hidden)} unchanged lines around the changes (context cut to 0 lines)`,
      `src/many.ts: ${hidden} added and ${hidden} removed lines (${hidden} of 120 hunks)`,
    ]);
    expectNothingDroppedSilently(files, p);
  });

  it('keeps a long line whole while there is room, and says nothing was cut', () => {
    const long = `+${'word '.repeat(1000)}`;
    const files = [file('data/blob.txt', [hunk([long, '+short'])])];
    const p = buildPrompt(request(files));
    expect(p.user).toContain(long);
    expect(p.omitted).toEqual([]);
  });

  it('cuts long lines only when the budget demands it, around what differs, and says by how much', () => {
    // A paragraph on one line, with the fix at character 900 of 2,000.
    const before = `${'The crate was republished and made to depend on it. '.repeat(17)}We have removed the malicous version. ${'Other crates were checked as well, one by one. '.repeat(22)}`;
    const after = before.replace('malicous', 'malicious');
    const files = [file('content/post.md', [hunk([' # Post', `-${before}`, `+${after}`, ' ', ' The end.'])])];
    // Whole when it fits.
    const roomy = buildPrompt(request(files));
    expect(roomy.user).toContain(`+${after}`);
    expect(roomy.omitted).toEqual([]);
    // In a small window the pair is cut, each around its change, with the cut counted.
    const tight = buildPrompt(request(files, { numCtx: 1024, numPredict: 64 }));
    expect(tight.estimatedTokens).toBeLessThanOrEqual(limitOf(request(files, { numCtx: 1024, numPredict: 64 })));
    const minus = tight.user.split('\n').find((l) => l.startsWith('-'))!;
    const plus = tight.user.split('\n').find((l) => l.startsWith('+'))!;
    expect(minus).toContain('the malicous version');
    expect(plus).toContain('the malicious version');
    expect(minus.length).toBeLessThan(before.length / 2);
    const cut = (l: string): number => [...l.matchAll(/\[\.\.\. ([\d,]+) characters\]/g)].reduce((n, m) => n + num(m[1]!), 0);
    const kept = (l: string): number => l.replace(/ ?\[\.\.\. [\d,]+ characters\] ?/g, '').length - 1;
    expect(kept(minus) + cut(minus)).toBe(before.length);
    expect(kept(plus) + cut(plus)).toBe(after.length);
    expect(tight.omitted).toContain('content/post.md: 2 long lines shortened');
    // Unchanged lines went before any changed text was cut.
    expect(tight.user).not.toContain(' # Post');
  });

  it('stays bounded and does not throw when the instructions alone fill the window', () => {
    const files = [file('a.txt', [hunk(['+hello'])]), file('.env', [hunk(['+SECRET=abc123xyz'])])];
    for (const [system, numCtx] of [
      ['Be brief. '.repeat(4000), 8192],
      [SYSTEM, 300],
      [SYSTEM, 0],
    ] as const) {
      const p = buildPrompt(request(files, { system, numCtx }));
      expect(p.user).toContain('Staged files (2 files, +1 -0 lines in total):');
      expect(p.user.length).toBeLessThan(200);
      expect(p.user).not.toContain('abc123xyz');
      expect(p.user).not.toContain('+hello');
      expect(p.omitted.join('\n')).toMatch(/the whole diff: the instructions take about [\d,]+ of the [\d,]+ tokens available/);
    }
  });

  // CPU-bound: about 8 s alone, several times that on a shared machine; the time limit is a cap, not a speed target.
  it('keeps within the budget for random diffs of any size and shape, with every omission stated', () => {
    const r = rng(20240512);
    const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const alphabets = ['abcdefghij klmnop', '0123456789', '日本語のテキスト', 'ÀÉÎõü ßç', '🙂🚀🌊', '{}();=<>', 'wxyz \t'];
    const names = ['src/a.ts', 'journal.txt', 'docs/notes on things.md', 'café/ñame.txt', 'lib/x.rs', 'a/b/c/d/e/f.py'];
    const secretNames = ['.env', 'keys/server.pem', 'id_rsa', 'config/secrets.json'];
    const excludedNames = ['yarn.lock', 'img/logo.png', 'dist/app.min.js'];
    const makeText = (): string => {
      const alpha = pick(alphabets);
      const len = r() < 0.05 ? int(200, 6000) : int(0, 120);
      let s = '';
      for (let i = 0; i < len; i++) s += alpha[int(0, alpha.length - 1)] ?? '';
      return s;
    };
    // Drawn from pools: building every line afresh made the test take minutes.
    const pool = Array.from({ length: 1000 }, makeText);
    const text = (): string => pick(pool);
    const linePool = [' ', '+', '+', '-'].flatMap((kind) => pool.map((t) => kind + t));
    const randomHunk = (maxLines: number, secret: string | undefined): Hunk => {
      const n = int(1, maxLines);
      const lines: string[] = [];
      for (let i = 0; i < n; i++) lines.push(secret ? `${pick(['+', '-', ' '])}${secret}` : pick(linePool));
      if (r() < 0.1) lines.push('\\ No newline at end of file');
      return hunk(lines);
    };

    for (let c = 0; c < 250; c++) {
      // Either many files or big ones: both at once would only make the test slow.
      const many = r() < 0.05;
      const fileCount = many ? int(200, 1500) : int(0, 25);
      const files: DiffFile[] = [];
      const secrets: string[] = [];
      for (let k = 0; k < fileCount; k++) {
        const roll = r();
        const secret = roll < 0.08 ? `SECRET-${c}-${k}-zq` : undefined;
        const base = secret ? pick(secretNames) : roll < 0.15 ? pick(excludedNames) : pick(names);
        const path = `d${k}/${base}`;
        const status: FileStatus = pick(['added', 'deleted', 'modified', 'modified', 'renamed']);
        // A few hunks, sometimes huge; or many small ones.
        const shape = many ? 'plain' : pick(['plain', 'plain', 'plain', 'huge', 'scattered']);
        const hunks =
          shape === 'scattered'
            ? Array.from({ length: int(20, 80) }, () => randomHunk(40, secret))
            : Array.from({ length: int(0, 3) }, () => randomHunk(shape === 'huge' ? 3000 : 40, secret));
        if (secret) secrets.push(secret);
        files.push(
          file(path, hunks, {
            status,
            binary: base.endsWith('.png'),
            ...(status === 'renamed' ? { oldPath: `old/${path}` } : {}),
          }),
        );
      }
      const numCtx = pick([2048, 4096, 8192, int(1500, 20_000)]);
      const req = request(files, {
        system: r() < 0.3 ? systemPrompt('journal', text().repeat(int(1, 5))) : systemPrompt(pick(PRESET_NAMES)),
        recentSubjects: Array.from({ length: int(0, 15) }, text),
        numCtx,
        numPredict: int(32, 512),
        // What a TokenEstimator may have learned for some model, or nothing yet.
        ...(r() < 0.5 ? {} : { rates: { code: 0.7 + r(), prose: 0.7 + r() } }),
      });
      const p = buildPrompt(req);
      const label = `case ${c}: ${fileCount} files, numCtx ${numCtx}`;
      if (estimateTokens(req.system) > limitOf(req) - 100) {
        // Only a huge custom prompt gets here; the case has its own test above.
        expect(p.user.length, label).toBeLessThan(300);
        continue;
      }
      expect(p.estimatedTokens, label).toBeLessThanOrEqual(limitOf(req));
      // Counted line by line at each kind's rate: never less than the whole request at the lower rate.
      const low = req.rates ? Math.min(req.rates.code, req.rates.prose) : undefined;
      expect(p.estimatedTokens, label).toBeGreaterThanOrEqual(estimateTokens(`${p.system}\n${p.user}`, low));
      expect(p.user, label).toMatch(/^Staged files \(/);
      expect(p.user.trimEnd().endsWith('Write the commit message for the staged changes above.'), label).toBe(true);
      for (const s of secrets) expect(p.user.includes(s), label).toBe(false);
      expect(p.omitted.length, label).toBeLessThanOrEqual(20);
      expectNothingDroppedSilently(files, p);
    }
  }, 240_000);
});
