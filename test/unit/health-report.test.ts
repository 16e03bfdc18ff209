/**
 * The e2e health tests read :checkhealth's buffer through parseHealth; each Neovim lays it
 * out differently. These are the real buffers of Neovim 0.7.2, 0.10.4 and 0.12.4 for the
 * same check, so that a layout the parser misreads fails here on any machine, also where
 * only one Neovim is installed.
 */
import { describe, expect, it } from 'vitest';
import { parseHealth, type HealthEntry } from '../support/health.js';

// The check behind them: start('First section'); ok('all good: v1.2'); info('some info');
// warn('a warning', { 'advice one', 'advice two' }); warn('a warning without advice');
// start('git, repository, options and Ollama'); error('an error\nwith a second line', { 'fix it' });
// info('info with - dash: x'); ok('ok after')
const V07 = [
  '',
  'fakehc: require("fakehc.health").check()',
  '========================================================================',
  '## First section',
  '  - OK: all good: v1.2',
  '  - INFO: some info',
  '  - WARNING: a warning',
  '    - ADVICE:',
  '      - advice one',
  '      - advice two',
  '  - WARNING: a warning without advice',
  '',
  '## git, repository, options and Ollama',
  '  - ERROR: an error',
  '    with a second line',
  '    - ADVICE:',
  '      - fix it',
  '  - INFO: info with - dash: x',
  '  - OK: ok after',
  '',
];

const V010 = [
  '',
  '==============================================================================',
  'fakehc: require("fakehc.health").check()',
  '',
  'First section ~',
  '- OK all good: v1.2',
  '- some info',
  '- WARNING a warning',
  '  - ADVICE:',
  '    - advice one',
  '    - advice two',
  '- WARNING a warning without advice',
  '',
  'git, repository, options and Ollama ~',
  '- ERROR an error',
  '  with a second line',
  '  - ADVICE:',
  '    - fix it',
  '- info with - dash: x',
  '- OK ok after',
  '',
];

const V012 = [
  '',
  '==============================================================================',
  'fakehc:                                                             2 ⚠️  1 ❌',
  '',
  'First section ~',
  '- ✅ OK all good: v1.2',
  '- some info',
  '- ⚠️ WARNING a warning',
  '  - ADVICE:',
  '    - advice one',
  '    - advice two',
  '- ⚠️ WARNING a warning without advice',
  '',
  'git, repository, options and Ollama ~',
  '- ❌ ERROR an error',
  '  with a second line',
  '  - ADVICE:',
  '    - fix it',
  '- info with - dash: x',
  '- ✅ OK ok after',
  '',
];

const FIRST = 'First section';
const SECOND = 'git, repository, options and Ollama';
const EXPECTED: HealthEntry[] = [
  { section: FIRST, level: 'OK', text: 'all good: v1.2', advice: [] },
  { section: FIRST, level: 'INFO', text: 'some info', advice: [] },
  { section: FIRST, level: 'WARNING', text: 'a warning', advice: ['advice one', 'advice two'] },
  { section: FIRST, level: 'WARNING', text: 'a warning without advice', advice: [] },
  { section: SECOND, level: 'ERROR', text: 'an error\nwith a second line', advice: ['fix it'] },
  { section: SECOND, level: 'INFO', text: 'info with - dash: x', advice: [] },
  { section: SECOND, level: 'OK', text: 'ok after', advice: [] },
];

describe('parseHealth reads the :checkhealth buffer of each supported Neovim', () => {
  it.each([
    ['0.7.2', V07],
    ['0.10.4', V010],
    ['0.12.4', V012],
  ])('%s', (_version, lines) => {
    expect(parseHealth(lines)).toEqual(EXPECTED);
  });
});
