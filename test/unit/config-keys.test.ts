/**
 * Issue 22.2: every option that means something in a terminal can be set with git config,
 * under a name git accepts, read case-insensitively; the README's table and --help come
 * from the schema; a bad value is a warning that names the key.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/help.js';
import { parseConfigList } from '../../src/change/repo.js';
import { defaults } from '../../src/settings/options.js';
import { CONFIG_OPTIONS, configKey, configKeysMarkdown, settingsFor } from '../../src/settings/repo-settings.js';

const README = readFileSync(join(resolve(__dirname, '../..'), 'README.md'), 'utf8');

/** git config --list -z as git prints it for these `key value` pairs. */
function config(pairs: [string, string][]): ReturnType<typeof parseConfigList> {
  return parseConfigList(pairs.map(([k, v]) => `${k}\n${v}\0`).join(''));
}

describe('git config git-commit-push.<key>', () => {
  it('has a key git accepts (letters, digits, -) for every terminal option', () => {
    for (const option of CONFIG_OPTIONS) expect(configKey(option)).toMatch(/^[a-zA-Z][a-zA-Z0-9-]*$/);
    expect(configKey('timeout_ms')).toBe('timeoutMs');
  });

  it('reads numbers and durations, whatever the case of the key', () => {
    const { options, warnings } = settingsFor(
      config([
        ['git-commit-push.TimeoutMS', '2000'],
        ['git-commit-push.numctx', '4096'],
        ['git-commit-push.keepAlive', '0'],
        ['git-commit-push.pushStallMs', '5000'],
      ]),
      defaults(),
    );
    expect(warnings).toEqual([]);
    expect(options.timeout_ms).toBe(2000);
    expect(options.num_ctx).toBe(4096);
    expect(options.keep_alive).toBe(0);
    expect(options.push_stall_ms).toBe(5000);
  });

  it('ignores a bad value with a warning that names the key', () => {
    const { options, warnings } = settingsFor(config([['git-commit-push.numCtx', 'lots'], ['git-commit-push.preset', 'poem']]), defaults());
    expect(options.num_ctx).toBe(8192);
    expect(warnings).toEqual([
      'ignoring git config git-commit-push.preset=poem: expected journal, code, conventional',
      'ignoring git config git-commit-push.numCtx=lots: expected a positive integer',
    ]);
  });

  it('the README table and --help list every key, from the schema', () => {
    expect(README).toContain(configKeysMarkdown());
    for (const option of CONFIG_OPTIONS) expect(HELP).toContain(`git-commit-push.${configKey(option)} `);
  });
});
