import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeOllama } from '../test/support/fake-ollama.js';
import { startNvim } from '../test/support/nvim.js';
import { makeRepo, makeSandbox } from '../test/support/sandbox.js';
import { Probe, nowMs } from './probe.js';

const sb = makeSandbox('gcp-bench-');
const repo = makeRepo(sb, { name: 'a' });
const fake = await startFakeOllama({ gemma3: {} });
for (let k = 0; k < 3; k++) {
  const nv = await startNvim(sb, { setup: { host: fake.url }, cwd: sb.dir });
  await nv.nvim.command(`edit ${join(repo.work, 'journal.txt')}`);
  const p = await Probe.install(nv.nvim);
  await nv.nvim.lua("vim.on_key(function(k) table.insert(_G.__keys or {}, k) end)");
  for (let i = 0; i < 4; i++) {
    await nv.nvim.lua('vim.api.nvim_buf_set_lines(0, -1, -1, false, {...})', [`line ${i}`]);
    await p.arm();
    const t0 = nowMs();
    await nv.nvim.input('\\g');
    const r = await p.wait('review');
    const s = await p.wait('status', (d) => /written by|default/.test(String(d.status)));
    const d = r.data as any;
    console.log(k, i, 'key-t0', (d.t_key - t0).toFixed(2), 'win', (d.t_win - d.t_key).toFixed(1), 'open', (d.t_open - d.t_key).toFixed(1), 'recv', (r.at - t0).toFixed(1), 'status', ((s.data.t as number) - d.t_key).toFixed(1));
    await nv.nvim.command('quit!');
    await p.note(/aborted/);
  }
  await nv.stop();
}
await fake.close();
sb.remove();
