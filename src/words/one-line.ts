/**
 * Text that must stay on one line: a buffer line (Neovim refuses a newline in one), a
 * prompt line. git allows any character but NUL in a file name, a newline included.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(text) ? JSON.stringify(text).slice(1, -1) : text;
}
