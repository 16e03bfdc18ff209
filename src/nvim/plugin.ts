/**
 * Registration only: the node host calls this for `:UpdateRemotePlugins` and
 * at startup, possibly twice (see notes on the host), so it has no side effects
 * beyond building the controller.
 */
import type { NvimPlugin } from 'neovim';
import { gitAt } from '../change/git.js';
import { contextFrom, editorFor } from './editor.js';
import { Controller } from './controller.js';
import { healthReport } from './health.js';
import { COMMAND_ARGS } from './command.js';

export function register(plugin: NvimPlugin): void {
  let controller: Controller | undefined;
  const get = () => (controller ??= new Controller(editorFor(plugin.nvim), gitAt));

  plugin.registerCommand(
    'GitCommitPush',
    // Async (rpcnotify): Neovim never waits on the model, git or the network.
    (args: string[]) => get().command(args),
    { sync: false, nargs: '*', complete: 'customlist,GitCommitPushComplete' },
  );
  // The key's way in: the editor's context comes with the call, so the node side does not
  // have to ask for it (one RPC round trip less between the keypress and git).
  plugin.registerFunction(
    'GitCommitPushRun',
    (args: [unknown, unknown]) => get().command(Array.isArray(args[0]) ? args[0].map(String) : [], contextFrom(args[1])),
    { sync: false },
  );
  plugin.registerFunction(
    'GitCommitPushComplete',
    (args: [string, string, number]) => COMMAND_ARGS.filter((a) => a.startsWith(args[0] ?? '')),
    { sync: true },
  );
  plugin.registerFunction(
    'GitCommitPushEvent',
    (args: [string, number, unknown]) => get().event(args[0], Number(args[1]), args[2]),
    { sync: false },
  );
  // Sync, for :checkhealth, which is synchronous by nature; it never throws (0.7.2's host
  // stops answering async calls after a failed sync one), failures are report lines.
  plugin.registerFunction('GitCommitPushHealth', () => healthReport(plugin.nvim), { sync: true });
}
