// The options as setup() hands them over: defaults, the host's three sources,
// and bad values reported as warnings while the default stays in force.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, defaults, isLoopbackHost, normalizeHost, resolveOptions } from '../../src/settings/options.js';

describe('defaults', () => {
  it('are the documented values', () => {
    expect(defaults()).toEqual({
      host: '',
      model: 'gemma3',
      preset: 'code',
      prompt: '',
      review: true,
      timeout_ms: 60_000,
      keep_alive: '30m',
      num_ctx: 8192,
      push_stall_ms: 30_000,
      num_predict: 256,
      language: 'English',
    });
  });

  it('are a fresh object each time, so one setup() cannot change the next', () => {
    const a = defaults();
    a.model = 'changed';
    expect(defaults().model).toBe('gemma3');
  });

  it('apply to an empty table without warnings, and the host is the local Ollama', () => {
    const { options, warnings } = resolveOptions({});
    expect(warnings).toEqual([]);
    expect(options).toEqual({ ...defaults(), host: 'http://127.0.0.1:11434' });
    expect(DEFAULT_HOST).toBe('http://127.0.0.1:11434');
  });

  it('apply when setup() gets nothing, nil, or an empty Lua table (which arrives as an array)', () => {
    for (const raw of [undefined, null, [], 'gemma3', 42]) {
      const { options, warnings } = resolveOptions(raw);
      expect(warnings).toEqual([]);
      expect(options.model).toBe('gemma3');
      expect(options.host).toBe('http://127.0.0.1:11434');
    }
  });
});

describe('resolveOptions', () => {
  it('takes every valid value the user gives', () => {
    const { options, warnings } = resolveOptions({
      host: 'http://gpu-box:11434',
      model: 'qwen2.5-coder:7b',
      preset: 'conventional',
      prompt: 'Write in French.',
      review: false,
      timeout_ms: 5000,
      keep_alive: 0,
      num_ctx: 4096,
      push_stall_ms: 5000,
      num_predict: 128,
      language: 'German',
    });
    expect(warnings).toEqual([]);
    expect(options).toEqual({
      host: 'http://gpu-box:11434',
      model: 'qwen2.5-coder:7b',
      preset: 'conventional',
      prompt: 'Write in French.',
      review: false,
      timeout_ms: 5000,
      keep_alive: 0,
      num_ctx: 4096,
      push_stall_ms: 5000,
      num_predict: 128,
      language: 'German',
    });
  });

  it('accepts every preset name', () => {
    for (const preset of ['journal', 'code', 'conventional']) {
      const { options, warnings } = resolveOptions({ preset });
      expect(warnings).toEqual([]);
      expect(options.preset).toBe(preset);
    }
  });

  it('accepts keep_alive as a duration string or as seconds', () => {
    expect(resolveOptions({ keep_alive: '1h' }).options.keep_alive).toBe('1h');
    expect(resolveOptions({ keep_alive: -1 }).options.keep_alive).toBe(-1);
  });

  describe('host', () => {
    it('from setup() beats $OLLAMA_HOST', () => {
      expect(resolveOptions({ host: 'http://a.lan:1234' }, { OLLAMA_HOST: 'b.lan:5678' }).options.host).toBe('http://a.lan:1234');
    });

    it('comes from $OLLAMA_HOST when setup() leaves it empty or unset', () => {
      expect(resolveOptions({}, { OLLAMA_HOST: 'b.lan:5678' }).options.host).toBe('http://b.lan:5678');
      expect(resolveOptions({ host: '' }, { OLLAMA_HOST: '0.0.0.0' }).options.host).toBe('http://0.0.0.0:11434');
    });

    it('is the default when neither gives one (an empty $OLLAMA_HOST counts as none)', () => {
      expect(resolveOptions({}, {}).options.host).toBe('http://127.0.0.1:11434');
      expect(resolveOptions({}, { OLLAMA_HOST: '' }).options.host).toBe('http://127.0.0.1:11434');
      expect(resolveOptions({}, { OLLAMA_HOST: undefined }).options.host).toBe('http://127.0.0.1:11434');
    });

    it('from setup() is normalized like $OLLAMA_HOST', () => {
      expect(resolveOptions({ host: 'gpu-box' }).options.host).toBe('http://gpu-box:11434');
      expect(resolveOptions({ host: 'http://gpu-box:11434/' }).options.host).toBe('http://gpu-box:11434');
    });

    it('of the wrong type warns and falls back to $OLLAMA_HOST', () => {
      const { options, warnings } = resolveOptions({ host: 11434 }, { OLLAMA_HOST: 'b.lan' });
      expect(warnings).toEqual(['ignoring option "host": expected a URL string, got 11434']);
      expect(options.host).toBe('http://b.lan:11434');
    });
  });

  it('warns about an unknown key by name and still applies the others', () => {
    const { options, warnings } = resolveOptions({ modle: 'llama3', model: 'mistral' });
    expect(warnings).toEqual(['ignoring unknown option "modle" (did you mean "model"?)']);
    expect(options.model).toBe('mistral');
  });

  it('suggests the option a typo meant, and none for a word that is no typo of one', () => {
    const said = (key: string) => resolveOptions({ [key]: 1 }).warnings[0];
    expect(said('modle')).toBe('ignoring unknown option "modle" (did you mean "model"?)');
    expect(said('timeout')).toBe('ignoring unknown option "timeout" (did you mean "timeout_ms"?)');
    expect(said('num-ctx')).toBe('ignoring unknown option "num-ctx" (did you mean "num_ctx"?)');
    expect(said('kemap')).toBe('ignoring unknown option "kemap" (did you mean "keymap"?)');
    expect(said('colour')).toBe('ignoring unknown option "colour"');
    expect(said('x')).toBe('ignoring unknown option "x"');
  });

  it('warns about a value of the wrong type, says what was expected, and keeps the default', () => {
    const { options, warnings } = resolveOptions({
      timeout_ms: '5s',
      review: 'no',
      preset: 'poetry',
      num_ctx: 0,
      num_predict: 1.5,
      model: null,
      keep_alive: false,
    });
    expect(warnings).toEqual([
      'ignoring option "timeout_ms": expected a positive integer, got "5s"',
      'ignoring option "review": expected a boolean, got "no"',
      'ignoring option "preset": expected "journal", "code" or "conventional", got "poetry"',
      'ignoring option "num_ctx": expected a positive integer, got 0',
      'ignoring option "num_predict": expected a positive integer, got 1.5',
      'ignoring option "model": expected a model name, got null',
      'ignoring option "keep_alive": expected a duration string or seconds, got false',
    ]);
    expect(options).toEqual({ ...defaults(), host: 'http://127.0.0.1:11434' });
  });

  it('rejects a negative timeout', () => {
    const { options, warnings } = resolveOptions({ timeout_ms: -1 });
    expect(warnings).toHaveLength(1);
    expect(options.timeout_ms).toBe(60_000);
  });

  it('accepts keymap silently: the Lua side uses it', () => {
    const { options, warnings } = resolveOptions({ keymap: '<leader>g' });
    expect(warnings).toEqual([]);
    expect(options).not.toHaveProperty('keymap');
    expect(resolveOptions({ keymap: false }).warnings).toEqual([]);
  });
});

describe('normalizeHost', () => {
  it.each([
    ['0.0.0.0', 'http://0.0.0.0:11434'],
    ['127.0.0.1', 'http://127.0.0.1:11434'],
    ['localhost:8080', 'http://localhost:8080'],
    ['gpu-box', 'http://gpu-box:11434'],
    ['[::1]', 'http://[::1]:11434'],
    ['[::1]:8080', 'http://[::1]:8080'],
    // Ollama's envconfig.Host() reads a bare IPv6 address as that address on port 11434.
    ['::1', 'http://[::1]:11434'],
    // The rule, and what a user means: an Ollama over http listens on 11434.
    ['http://box', 'http://box:11434'],
    ['http://box:80', 'http://box'],
    // What the ollama CLI accepts too: a port alone is this machine.
    [':11434', 'http://127.0.0.1:11434'],
    [':8080', 'http://127.0.0.1:8080'],
    ['http://:9000/', 'http://127.0.0.1:9000'],
    ['box:', 'http://box:11434'],
    ['https://alice:s3cret@proxy.example/ollama/', 'https://alice:s3cret@proxy.example/ollama'],
    ['https://x', 'https://x'],
    ['https://x:443', 'https://x'],
    ['https://x:8443', 'https://x:8443'],
    ['http://127.0.0.1:11434', 'http://127.0.0.1:11434'],
    ['http://127.0.0.1:11434/', 'http://127.0.0.1:11434'],
    ['http://127.0.0.1:11434///', 'http://127.0.0.1:11434'],
    ['localhost/', 'http://localhost:11434'],
    ['  localhost:8080  ', 'http://localhost:8080'],
    ['HTTP://Box.LAN:9000', 'http://box.lan:9000'],
    ['https://proxy.example/ollama/', 'https://proxy.example/ollama'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    'http://127.0.0.1:11434',
    'http://127.1.2.3:11434',
    'http://[::1]:11434',
    'http://localhost:11434',
    'http://LOCALHOST',
    'http://0.0.0.0:11434',
    'https://ollama.localhost',
  ])('%s is this machine', (url) => {
    expect(isLoopbackHost(url)).toBe(true);
  });

  it.each([
    'http://example.com:11434',
    'http://192.168.1.2:11434',
    'http://10.0.0.1:11434',
    'http://[2001:db8::1]:11434',
    'http://localhost.example.com',
    // A DNS name that merely starts with "127." can resolve anywhere.
    'http://127.0.0.1.example.com:11434',
    'not a url',
    '',
  ])('%j is not', (url) => {
    expect(isLoopbackHost(url)).toBe(false);
  });

  it('judges what normalizeHost makes of the usual $OLLAMA_HOST values', () => {
    expect(isLoopbackHost(normalizeHost('0.0.0.0'))).toBe(true);
    expect(isLoopbackHost(normalizeHost('localhost:8080'))).toBe(true);
    expect(isLoopbackHost(normalizeHost('gpu-box'))).toBe(false);
  });
});
