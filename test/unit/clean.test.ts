import { describe, it, expect } from 'vitest';
import { cleanMessage, previewMessage } from '../../src/core/clean.js';

const EMPTY = 'the model returned an empty answer';
const ONLY_REASONING = 'the model returned only its reasoning, no message';
const ERROR = 'the model returned an error text';
const REFUSED = 'the model refused';

function messageOf(raw: string): string {
  const result = cleanMessage(raw);
  if (!result.ok) throw new Error(`expected a message, got: ${result.reason}`);
  return result.message;
}

function bodyLines(message: string): string[] {
  return message.split('\n').slice(2);
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const CLEAN = [
  'fix(review): keep the cursor on the subject after a refresh',
  '',
  'Refreshing the review buffer replaced every line, which moved the',
  'cursor to the end of the buffer. Remember the position and restore it.',
  '',
  '- keep the window view when the message is replaced',
  '- skip the restore when the buffer was closed meanwhile',
  '',
  '    :lua require("git-commit-push").refresh()',
].join('\n');

describe('cleanMessage: model quirks', () => {
  it.each<[string, string, string]>([
    ['a message that is already clean', CLEAN, CLEAN],
    ['qwen <think> block', '<think>\nThe diff adds a timeout. I should say why.\n</think>\n\nfix(http): retry once on timeout', 'fix(http): retry once on timeout'],
    ['uppercase <THINKING> block', '<THINKING>\nplan\n</THINKING>\nfeat: add dry run', 'feat: add dry run'],
    ['deepseek lone </think>', 'The user changed the CLI, so the message\nshould mention the flag.\n</think>\n\nfeat(cli): add --dry-run', 'feat(cli): add --dry-run'],
    ['text between two reasoning blocks', '<think>a</think>feat: add x<think>b</think>', 'feat: add x'],
    ['gemma fence', '```\nfeat: add x\n```', 'feat: add x'],
    ['```text fence with body', '```text\nfix: handle an empty diff\n\nReturn early when nothing is staged.\n```', 'fix: handle an empty diff\n\nReturn early when nothing is staged.'],
    ['preamble + fence', "Here's a commit message for your changes:\n\n```\nfeat: add x\n```\n", 'feat: add x'],
    ['unclosed fence', '```\nfeat: add x', 'feat: add x'],
    ['one-line fence', '```feat: add x```', 'feat: add x'],
    ['double-quoted message', '"feat: add x"', 'feat: add x'],
    ['curly-quoted message', '“feat: add x”', 'feat: add x'],
    ['backtick-quoted message', '`feat: add x`', 'feat: add x'],
    ['single quotes around an apostrophe', "'fix: don't crash on an empty diff'", "fix: don't crash on an empty diff"],
    ['quoted subject above a body', '"feat: add x"\n\nExplain why.', 'feat: add x\n\nExplain why.'],
    ['quoted multi-line message', '"feat: add x\n\nUse the "fast" path."', 'feat: add x\n\nUse the "fast" path.'],
    ['quotes that belong to the subject', '"strict" or "loose"', '"strict" or "loose"'],
    ['Commit message: on its own line', 'Commit message:\n\nfeat: add x', 'feat: add x'],
    ['commit message: on the same line', 'commit message: feat: add x', 'feat: add x'],
    ['concise preamble', "Here's a concise commit message:\nfeat: add x", 'feat: add x'],
    ['preamble without a colon', 'Here is the commit message\n\nfeat: add x', 'feat: add x'],
    ['chatty preamble then quotes', "Sure! Here's a commit message for the changes to clean.ts:\n\n\"fix: strip quotes\"", 'fix: strip quotes'],
    ['bold preamble', '**Commit message:**\n\nfeat: add x', 'feat: add x'],
    ['heading preamble', '### Commit Message\n\nfeat: add x', 'feat: add x'],
    ['bold type', '**feat:** add x', 'feat: add x'],
    ['underscore bold, dunder names kept', 'feat: add x\n\n__Why:__ keep __init__ exports stable.', 'feat: add x\n\nWhy: keep __init__ exports stable.'],
    ['## Summary heading becomes text', 'feat: add x\n\n## Summary\nAdds the x command.', 'feat: add x\n\nSummary\nAdds the x command.'],
    ['heading subject', '# feat: add x', 'feat: add x'],
    ['line that git would drop as a comment', 'fix: crash on an empty diff\n\n#42 was caused by a missing check.', 'fix: crash on an empty diff\n\n42 was caused by a missing check.'],
    ['trailing ...', 'feat: add streaming preview...', 'feat: add streaming preview'],
    ['trailing …', 'feat: add streaming preview …', 'feat: add streaming preview'],
    ['CRLF and blank runs', 'feat: add x\r\n\r\n\r\nFirst part.  \r\n\r\n\r\n\r\nSecond part.\r\n', 'feat: add x\n\nFirst part.\n\nSecond part.'],
    ['body glued to the subject', 'feat: add x\nBecause y.', 'feat: add x\n\nBecause y.'],
    ['surrounding whitespace', '\n\n   feat: add x   \n\n', 'feat: add x'],
    ['placeholder left in', 'feat: add x\n\n<commit message>', 'feat: add x'],
  ])('%s', (_name, raw, expected) => {
    expect(messageOf(raw)).toBe(expected);
  });
});

describe('cleanMessage: unusable answers', () => {
  it.each<[string, string, string]>([
    ['empty', '', EMPTY],
    ['whitespace', '  \n\t\r\n ', EMPTY],
    ['an empty fence', '```\n```', EMPTY],
    ['only the placeholder', '<commit message>', EMPTY],
    ['only reasoning', '<think>\nnothing to say\n</think>\n', ONLY_REASONING],
    ['reasoning that never closes', '<think>\nThe diff is large, let me', ONLY_REASONING],
    ['Error:', 'Error: connection refused', ERROR],
    ['error: lowercase', 'error: model "qwen3:4b" not found, try pulling it first', ERROR],
    ['ERROR', 'ERROR', ERROR],
    ['quoted error', '"Error: connection refused"', ERROR],
    ['fenced error', '```\nerror: context length exceeded\n```', ERROR],
    ['Exception', 'Exception in thread "main" java.lang.OutOfMemoryError', ERROR],
    [
      'Python traceback',
      [
        'Traceback (most recent call last):',
        '  File "/usr/lib/python3/site-packages/ollama/_client.py", line 120, in _request',
        '    response.raise_for_status()',
        'httpx.ConnectError: [Errno 111] Connection refused',
      ].join('\n'),
      ERROR,
    ],
    ['JS error with stack', 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13\n    at async main (/app/index.js:4:3)', ERROR],
    ['stack frames first', '    at Object.<anonymous> (/app/index.js:1:7)\n    at Module._compile (node:internal/modules/cjs/loader:1256:14)', ERROR],
    ['sorry', "I'm sorry, but I can't write a commit message without a diff.", REFUSED],
    ['I cannot', 'I cannot see any changes in the diff.', REFUSED],
    ['As an AI', 'As an AI language model, I do not have access to your repository.', REFUSED],
    ['refusal after reasoning', '<think>no diff?</think>\nI am unable to see the changes.', REFUSED],
  ])('%s', (_name, raw, reason) => {
    expect(cleanMessage(raw)).toEqual({ ok: false, reason });
  });
});

describe('cleanMessage: body wrapping', () => {
  it('wraps a long paragraph at 72 columns without splitting words', () => {
    const paragraph =
      'The preview is refreshed on every chunk the model streams, which made the review buffer flicker on slow terminals; it is now throttled to one update per frame and the final message replaces it in one go.';
    const message = messageOf(`perf(review): throttle preview updates\n\n${paragraph}`);
    expect(message).toBe(
      [
        'perf(review): throttle preview updates',
        '',
        'The preview is refreshed on every chunk the model streams, which made',
        'the review buffer flicker on slow terminals; it is now throttled to one',
        'update per frame and the final message replaces it in one go.',
      ].join('\n'),
    );
    for (const line of bodyLines(message)) expect(line.length).toBeLessThanOrEqual(72);
    expect(words(bodyLines(message).join(' '))).toEqual(words(paragraph));
  });

  it('keeps a long subject whole', () => {
    const subject = 'feat(config): allow per-repository model, host, timeout and push remote overrides';
    expect(messageOf(`${subject}\n\nShort body.`)).toBe(`${subject}\n\nShort body.`);
  });

  it('wraps bullets as separate items with a hanging indent', () => {
    const raw = [
      'refactor: split the runner',
      '',
      '- move the Ollama client behind an interface so tests can replace it with a fake',
      '- short item',
      '1. numbered items keep their own hanging indent when they run past the limit',
    ].join('\n');
    expect(messageOf(raw)).toBe(
      [
        'refactor: split the runner',
        '',
        '- move the Ollama client behind an interface so tests can replace it',
        '  with a fake',
        '- short item',
        '1. numbered items keep their own hanging indent when they run past the',
        '   limit',
      ].join('\n'),
    );
  });

  it('leaves indented code lines alone, even when long', () => {
    const code = '    git -c core.hooksPath=/dev/null commit --no-verify --file=/tmp/message.txt -- lua/init.lua';
    expect(messageOf(`docs: show the commit command\n\n${code}`)).toBe(`docs: show the commit command\n\n${code}`);
  });

  it('never starts a wrapped line with # (git would drop it as a comment)', () => {
    const raw =
      'fix: stop the double push\n\nPushing twice after a rebase raced the first push and failed, see the report in #123';
    const message = messageOf(raw);
    expect(message).toBe(
      [
        'fix: stop the double push',
        '',
        'Pushing twice after a rebase raced the first push and failed, see the',
        'report in #123',
      ].join('\n'),
    );
    for (const line of message.split('\n')) expect(line.startsWith('#')).toBe(false);
  });

  it('puts an overlong URL on its own line rather than cutting it', () => {
    const url = `https://example.com/${'a'.repeat(80)}`;
    expect(messageOf(`docs: link the spec\n\nSee ${url} for details.`)).toBe(`docs: link the spec\n\nSee\n${url}\nfor details.`);
  });

  it('is idempotent on its own output', () => {
    const raw =
      '<think>x</think>```\n**feat:** add x\n\n' + 'lorem ipsum dolor '.repeat(12) + '\n- ' + 'item text '.repeat(12) + '\n```';
    const once = messageOf(raw);
    expect(messageOf(once)).toBe(once);
  });
});

describe('previewMessage', () => {
  it.each<[string, string, string]>([
    ['nothing yet', '', ''],
    ['reasoning still open', '<think>\nThe user changed', ''],
    ['opening tag still arriving', '<thi', ''],
    ['reasoning closed', '<think>plan</think>\nfeat: add', 'feat: add'],
    ['lone </think>', 'plan\n</think>\nfeat', 'feat'],
    ['fence still arriving', '``', ''],
    ['fence language still arriving', '```te', ''],
    ['fence open', '```text\nfeat: add', 'feat: add'],
    ['closing fence still arriving', '```\nfeat: add x\n``', 'feat: add x'],
    ['preamble line', 'Commit message:\n\nfeat', 'feat'],
    ['opening quote', '"feat: add', 'feat: add'],
    ['both quotes', '"feat: add x"', 'feat: add x'],
    ['CRLF', 'feat: add x\r\n\r\nbody', 'feat: add x\n\nbody'],
    ['no wrapping', `feat: x\n\n${'word '.repeat(30).trim()}`, `feat: x\n\n${'word '.repeat(30).trim()}`],
  ])('%s', (_name, partial, expected) => {
    expect(previewMessage(partial)).toBe(expected);
  });

  it('never throws on random input, and neither does cleanMessage', () => {
    const pieces = ['<think>', '</think>', '<thinking>', '```', '```text', '~~~', '"', "'", '“', '”', '`', '#', '## ', '**', '__', '- ', '1. ', '    ', '\t', '\n', '\r\n', '\r', ' ', '...', '…', 'Commit message:', "Here's a commit message:", 'Error', "I'm sorry", '<commit message>', 'feat: add x', 'word', '#42', '😀', '\u0000'];
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 3000; n++) {
      let input = '';
      const count = Math.floor(random() * 30);
      for (let k = 0; k < count; k++) input += pieces[Math.floor(random() * pieces.length)] ?? '';
      expect(typeof previewMessage(input)).toBe('string');
      const result = cleanMessage(input);
      if (result.ok) {
        expect(result.message).toBe(result.message.trim());
        expect(result.message).not.toMatch(/^#|\r|\n\n\n/m);
      } else {
        expect(result.reason).not.toBe('');
      }
    }
  });

  // A regular expression that backtracks on these would hang here (and time the test out).
  it('handles large and hostile input: an unclosed think block and bare fences leave nothing, long text stays whole', () => {
    expect(previewMessage('<think>'.repeat(50_000))).toBe('');
    expect(previewMessage('```\n'.repeat(50_000))).toBe('');
    const words = 'word '.repeat(200_000);
    expect(previewMessage(words)).toBe(words.trimEnd());
    const long = `${'a'.repeat(100_000)}\n`.repeat(5);
    expect(previewMessage(long).split('\n')).toHaveLength(5);
  });
});
