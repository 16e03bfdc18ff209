/** What `:GitCommitPush [file|all|staged] [review|noreview]` asks for. */
export type Scope = 'file' | 'all' | 'staged';

export interface Invocation {
  scope: Scope;
  /** `output` shows the git output of the last commit instead. */
  action: 'commit' | 'output';
  /** undefined: the `review` option decides. */
  review?: boolean;
}

export const COMMAND_ARGS = ['file', 'all', 'staged', 'review', 'noreview', 'output'] as const;

export function parseArgs(args: readonly string[]): Invocation | { error: string } {
  const inv: Invocation = { scope: 'file', action: 'commit' };
  for (const a of args) {
    if (a === 'file' || a === 'all' || a === 'staged') inv.scope = a;
    else if (a === 'review') inv.review = true;
    else if (a === 'noreview') inv.review = false;
    else if (a === 'output') inv.action = 'output';
    else return { error: `unknown argument "${a}" (expected ${COMMAND_ARGS.join(', ')})` };
  }
  return inv;
}
