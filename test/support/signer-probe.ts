// Run by test/unit/no-terminal.test.ts inside a terminal (script(1)): makes one signed commit
// through the plugin's git runner, detached from the terminal or not, as the argument says.
import { gitAt } from '../../src/change/git.js';

const [dir = '', mode = ''] = process.argv.slice(2);
await gitAt(dir)
  .run(['commit', '--allow-empty', '-S', '-m', 'Signed'], { detach: mode === 'detach' })
  .catch(() => undefined); // the probe signer always fails: what it saw is the answer
