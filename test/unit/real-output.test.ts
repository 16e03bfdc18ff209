// What a small real model writes that the canned answers never did: Gemma 3 270M (Q4_K_M)
// through llama.cpp behind test/support/real-ollama.ts, from the plugin's own prompts
// (test/e2e/real-model.test.ts, bench/real-model.ts). Each row says whether it was seen
// from that model ("seen") or written for the table in the shape of what was seen.
// The same texts are fake-server modes (SMALL_MODEL_ANSWERS), run through generate() below.
import { afterEach, describe, expect, it } from 'vitest';
import type { DiffFile } from '../../src/change/diff.js';
import { cleanMessage, dropCutTail } from '../../src/model/clean.js';
import { generate } from '../../src/model/generate.js';
import { SMALL_MODEL_ANSWERS, startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';

type Row = [source: string, answer: string, expected: { message: string } | { reason: string }];

const NO_WORDS = 'the model returned no words, only punctuation';
const DIFF = 'the model returned a line of the diff, not a message';
const INSTRUCTIONS = 'the model repeated its instructions';

const ROWS: Row[] = [
  // Turn markers: a server that does not stop at <end_of_turn> streams the next turn too.
  ['seen: raw prompt without a stop token', 'Walk to the lake on a snowy night<end_of_turn>\n<start_of_turn>user\nThanks!', { message: 'Walk to the lake on a snowy night' }],
  ['written: a stray opening marker', '<start_of_turn>model\nWalk to the lake', { message: 'Walk to the lake' }],
  ['written: <eos> then more', 'Fix the cursor jump<eos>Fix the cursor jump', { message: 'Fix the cursor jump' }],
  // Labels and bullets in front of the subject.
  ['written: "Subject line:" label', 'Subject line: Walk to the lake on a snowy night', { message: 'Walk to the lake on a snowy night' }],
  ['written: "Subject:" and "Body:" labels', 'Subject: Walk to the lake\n\nBody: We saw the ice.', { message: 'Walk to the lake\n\nWe saw the ice.' }],
  ['written: a label inside a bullet', '- Summary: Walk to the lake', { message: 'Walk to the lake' }],
  ['seen: a bullet as the subject', '- Walk to the lake on a snowy night\n- Ice on the water', { message: 'Walk to the lake on a snowy night\n\n- Ice on the water' }],
  ['written: a numbered subject', '1. Fix the cursor jump after :w', { message: 'Fix the cursor jump after :w' }],
  // Punctuation only, and loops.
  ['seen: a bare "." subject, repeated', '.\n.\n.\n.\n.', { reason: NO_WORDS }],
  ['seen: a bare "." then words', '.\nWalk to the lake on a snowy night', { message: 'Walk to the lake on a snowy night' }],
  ['seen: the same line over and over', 'Walk to the lake on a snowy night\nWalk to the lake on a snowy night\nWalk to the lake on a snowy night', { message: 'Walk to the lake on a snowy night' }],
  ['seen: a body line repeated', 'Walk to the lake\n\nWe saw the ice.\nWe saw the ice.\nWe saw the ice.', { message: 'Walk to the lake\n\nWe saw the ice.' }],
  // The format from the instructions, unfilled.
  ['written: placeholders only', '<type>(<scope>): <subject>\n\n<body>', { reason: NO_WORDS }],
  ['written: a placeholder before the words', '<subject> Walk to the lake', { message: 'Walk to the lake' }],
  // Not a message at all.
  ['seen: a line of the diff as the subject', '+It snowed all night; we walked to the lake.', { reason: DIFF }],
  ['written: a hunk header', '@@ -1 +1,2 @@\n Day one.', { reason: DIFF }],
  ['seen: the journal instructions said back', 'This repository is a journal: its files are prose, not code.', { reason: INSTRUCTIONS }],
  ['written: the code instructions said back', 'Write one subject line of at most 72 characters.', { reason: INSTRUCTIONS }],
  // Subjects that look like these but are messages: kept as they are.
  ['kept: a subject about labels', 'Title-case the headings in the help file', { message: 'Title-case the headings in the help file' }],
  ['kept: a subject about a diff flag', 'Pass -M to git diff so renames show', { message: 'Pass -M to git diff so renames show' }],
  ['kept: a subject about the hook', 'Write a commit message hook for the terminal', { message: 'Write a commit message hook for the terminal' }],
  ['kept: an ellipsis inside a subject', 'Wait... then retry the push', { message: 'Wait... then retry the push' }],
];

describe('a small real model\'s answers, cleaned', () => {
  it.each(ROWS)('%s', (_source, answer, expected) => {
    const cleaned = cleanMessage(answer);
    if ('message' in expected) expect(cleaned).toEqual({ ok: true, message: expected.message });
    else expect(cleaned).toEqual({ ok: false, reason: expected.reason });
  });
});

describe('an answer cut at num_predict (done_reason "length")', () => {
  it.each([
    ['the unfinished line goes', 'Walk to the lake\n\nWe saw the ice and the fro', 'Walk to the lake\n'],
    ['one line: the unfinished word goes', 'Walk to the lake on a snowy ni', 'Walk to the lake on a snowy'],
    ['a cut at a break leaves the words', 'Walk to the lake\n', 'Walk to the lake'],
    ['one word: kept, there is nothing else', 'Walk', 'Walk'],
  ])('%s', (_what, raw, expected) => {
    expect(dropCutTail(raw)).toBe(expected);
  });
});

// ------------------------------------------------------------------ the fake server's modes, through generate()

const FILES: DiffFile[] = [
  {
    path: 'journal.txt',
    status: 'modified',
    binary: false,
    added: 1,
    removed: 0,
    hunks: [{ header: '@@ -1 +1,2 @@', lines: [' Day one.', '+It snowed all night; we walked to the lake.'], added: 1, removed: 0 }],
  },
];

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const MODES: Array<[mode: keyof typeof SMALL_MODEL_ANSWERS, expected: { message: string } | { reason: string }]> = [
  ['end-of-turn', { message: 'Walk to the lake on a snowy night' }],
  ['subject-label', { message: 'Walk to the lake on a snowy night' }],
  ['bullet-subject', { message: 'Walk to the lake on a snowy night\n\n- Ice on the water' }],
  ['bare-dot', { reason: NO_WORDS }],
  ['placeholder', { reason: NO_WORDS }],
  ['repeated-lines', { message: 'Walk to the lake on a snowy night' }],
  ['diff-line', { reason: DIFF }],
  ['echoed-instructions', { reason: INSTRUCTIONS }],
  ['cut-at-length', { message: 'Walk to the lake on a snowy night' }],
];

describe('the fake server in each small-model mode, through generate() and ollama-js', () => {
  it.each(MODES)('%s', async (mode, expected) => {
    fake = await startFakeOllama({ gemma3: SMALL_MODEL_ANSWERS[mode] });
    const got = await generate({
      host: fake.url,
      model: 'gemma3',
      system: 'You write git commit messages.',
      files: FILES,
      recentSubjects: [],
      numCtx: 2048,
      numPredict: 64,
      keepAlive: '30m',
      timeoutMs: 10_000,
      signal: new AbortController().signal,
    });
    if ('message' in expected) expect(got).toMatchObject({ ok: true, message: expected.message });
    else expect(got).toMatchObject({ ok: false, reason: expected.reason });
  });
});
