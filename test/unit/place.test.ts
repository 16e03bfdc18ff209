// What "commit this file" gets where there is no file: a folder listing is not told to
// `:w name`, and help, terminal and quickfix buffers point at `all` and `staged`.
import { describe, expect, it } from 'vitest';
import { notAFile, placeKind, type Place } from '../../src/nvim/place.js';

const at = (p: Partial<Place>): Place => ({ buftype: '', filetype: '', name: '', dir: null, ...p });

describe('where the user is', () => {
  it.each([
    ['netrw', at({ buftype: 'nofile', filetype: 'netrw', name: '/home/u/journal', dir: '/home/u/journal' })],
    ['oil', at({ buftype: 'acwrite', filetype: 'oil', name: 'oil:///home/u/journal/', dir: '/home/u/journal/' })],
    ['dirvish', at({ buftype: 'nofile', filetype: 'dirvish', name: '/home/u/journal/', dir: '/home/u/journal/' })],
    ['a folder opened as a file', at({ name: '/home/u/journal', dir: '/home/u/journal' })],
    ['NvimTree', at({ buftype: 'nofile', filetype: 'NvimTree', name: 'NvimTree_1' })],
  ])('a folder listing (%s) is not told to write a file', (_name, place) => {
    expect(placeKind(place)).toBe('directory');
    const said = notAFile(place) ?? '';
    expect(said).toMatch(/^this is a folder listing/);
    expect(said).not.toContain(':w name');
    expect(said).toContain(':GitCommitPush all (or staged)');
  });

  it.each([
    ['help', 'a help page'],
    ['terminal', 'a terminal'],
    ['quickfix', 'a quickfix list'],
  ])('a %s buffer says what it is and that all and staged work there', (buftype, what) => {
    const said = notAFile(at({ buftype, name: buftype === 'help' ? '/usr/share/nvim/runtime/doc/help.txt' : '' })) ?? '';
    expect(said).toContain(`this is ${what}`);
    expect(said).toContain(':GitCommitPush all (or staged)');
    expect(said).not.toContain('buftype=');
  });

  it('a new buffer without a name may be written first', () => {
    expect(notAFile(at({}))).toMatch(/has no file yet: write it to a file first \(:w name\)/);
  });

  it('another special buffer names its buftype', () => {
    expect(notAFile(at({ buftype: 'prompt', name: 'x' }))).toMatch(/not a file buffer \(buftype=prompt\)/);
  });

  it('a file is a file', () => {
    expect(notAFile(at({ name: '/home/u/journal/notes.txt' }))).toBeUndefined();
  });
});
