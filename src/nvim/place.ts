/**
 * Where the user is when they ask for a commit of "this file", and what to tell them
 * when it is not a file: a directory listing (netrw, oil, dirvish...) is not a buffer
 * to write with `:w name`, and from a help page, a terminal or the quickfix list the
 * `all` and `staged` scopes still work.
 */

export interface Place {
  buftype: string;
  filetype: string;
  name: string;
  /** The folder a directory listing shows, when the buffer is one. */
  dir: string | null;
}

export type PlaceKind = 'file' | 'directory' | 'help' | 'terminal' | 'quickfix' | 'no-file' | 'special';

/** File managers whose buffers list a folder. */
const DIRECTORY_FILETYPES = new Set(['netrw', 'oil', 'dirvish', 'fern', 'nerdtree', 'NvimTree', 'neo-tree', 'minifiles', 'vaffle', 'lir', 'defx']);

export function placeKind(p: Place): PlaceKind {
  if (p.dir !== null || DIRECTORY_FILETYPES.has(p.filetype)) return 'directory';
  if (p.buftype === 'help') return 'help';
  if (p.buftype === 'terminal') return 'terminal';
  if (p.buftype === 'quickfix') return 'quickfix';
  if (p.buftype !== '') return 'special';
  return p.name === '' ? 'no-file' : 'file';
}

const OTHER_SCOPES = ':GitCommitPush all (or staged) commits the repository of the working directory';

/** Why `file` cannot be committed here, and what works instead; undefined in a file. */
export function notAFile(p: Place): string | undefined {
  switch (placeKind(p)) {
    case 'file':
      return undefined;
    case 'directory':
      return `this is a folder listing${p.filetype ? ` (${p.filetype})` : ''}: open a file to commit it, or :GitCommitPush all (or staged) for this folder's repository`;
    case 'help':
      return `this is a help page, not your file: go back to the file, or ${OTHER_SCOPES}`;
    case 'terminal':
      return `this is a terminal, not a file: go back to the file, or ${OTHER_SCOPES}`;
    case 'quickfix':
      return `this is a quickfix list: open a file from it to commit it, or ${OTHER_SCOPES}`;
    case 'no-file':
      return 'this buffer has no file yet: write it to a file first (:w name), or :GitCommitPush all (or staged)';
    case 'special':
      return `this is not a file buffer (buftype=${p.buftype}): open the file to commit, or ${OTHER_SCOPES}`;
  }
}
