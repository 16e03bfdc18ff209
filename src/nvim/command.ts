/** What `:GitCommitPush [file|all|staged] [review|noreview] | output | cancel | push` asks for. */
import type { Scope } from '../change/scope.js';

export interface Invocation {
  scope: Scope;
  /**
   * `output` shows the git output of the last commit; `cancel` stops what runs for the
   * repository; `push` pushes commits whose push did not happen.
   */
  action: 'commit' | 'output' | 'cancel' | 'push';
  /** undefined: the `review` option decides. */
  review?: boolean;
}

export const COMMAND_ARGS = ['file', 'all', 'staged', 'review', 'noreview', 'output', 'cancel', 'push'] as const;

export function parseArgs(args: readonly string[]): Invocation | { error: string } {
  const inv: Invocation = { scope: 'file', action: 'commit' };
  for (const a of args) {
    if (a === 'file' || a === 'all' || a === 'staged') inv.scope = a;
    else if (a === 'review') inv.review = true;
    else if (a === 'noreview') inv.review = false;
    else if (a === 'output' || a === 'cancel' || a === 'push') inv.action = a;
    else return { error: `unknown argument "${a}" (expected ${COMMAND_ARGS.join(', ')})` };
  }
  return inv;
}
