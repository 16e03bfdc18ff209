/**
 * The model's text and a server's error words are untrusted: a terminal obeys escape
 * sequences (colours, a window title, a cleared screen), Neovim shows control bytes as
 * `^[`, and git refuses a message with a NUL. What reaches a buffer, a terminal, a notice
 * or a commit is the text without them.
 */
// eslint-disable-next-line no-control-regex
const SEQUENCES = new RegExp(
  [
    // OSC, DCS, SOS, PM, APC (7- and 8-bit introducers): a string ended by BEL or ST.
    String.raw`(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)`,
    // CSI: parameters, intermediates, a final byte.
    String.raw`(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]`,
    // Any other escape: intermediates and a final byte (ESC c, ESC ( B, ESC 7).
    String.raw`\x1b[\x20-\x2f]*[\x30-\x7e]`,
  ].join('|'),
  'g',
);
// C0 but tab and newline, DEL, C1; what is left of a cut sequence too.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** `text` without escape sequences and control characters; newlines and tabs stay, `\r\n` becomes `\n`. */
export function withoutControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(SEQUENCES, '').replace(CONTROLS, '');
}
