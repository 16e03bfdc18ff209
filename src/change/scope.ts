/**
 * What a commit takes: the current file (or files named on the command line), all changes
 * of the work tree, or what is staged.
 */
export type Scope = 'file' | 'all' | 'staged';
