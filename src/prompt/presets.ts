// The instructions sent as the Ollama `system` message.

export type PresetName = 'journal' | 'code' | 'conventional';

export const PRESET_NAMES: readonly PresetName[] = ['journal', 'code', 'conventional'];

export function isPresetName(s: string): s is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(s);
}

const PRESETS: Record<PresetName, string> = {
  // Written for a repository of prose: "Update journal.txt" tells its owner nothing.
  journal: [
    'This repository is a journal: its files are prose, not code.',
    'Focus on the content of the journal entry. The subject line says what was written about:',
    'the topics, events, people, places or ideas, for example',
    '"Walk along the river and thoughts on moving house",',
    'never "Update journal", "Add entry" or "New notes".',
    'Write one subject line of at most 72 characters. Add a blank line and a short body',
    'only when the entry covers several distinct topics.',
  ].join('\n'),
  code: [
    'This repository holds source code.',
    'Subject line: imperative mood ("Add", "Fix", "Remove", "Rename"), at most 72 characters,',
    'capital first letter, no period at the end.',
    'If the reason for the change is not obvious from the subject, add a blank line and a short body,',
    'wrapped at 72 characters, that explains why the change was made rather than how.',
  ].join('\n'),
  conventional: [
    'Write the message in the Conventional Commits format: type(scope): subject',
    'type is one of: feat, fix, docs, style, refactor, perf, test, build, ci, chore, revert.',
    'scope is optional: a short noun for the part of the project affected; leave it out when no single part fits.',
    'subject: imperative mood, lowercase first letter, no period at the end; the whole first line at most 72 characters.',
    'Mark a breaking change with "!" before the colon, only when the diff clearly breaks compatibility.',
    'Optionally add a blank line and a body wrapped at 72 characters that explains why.',
  ].join('\n'),
};

// These hold whatever the voice: they are what keeps the answer usable as-is.
const RULES = [
  'Rules that always apply:',
  '- Your whole answer becomes the commit message, verbatim. Write only the message.',
  '- No preamble or explanation, no quotes around the message, no Markdown, no code fences, no placeholders.',
  '- Do not use vague verbs such as "update", "improve" or "change" on their own: say what changed.',
  '- Never invent issue numbers, ticket references or anything else the diff does not show.',
  '- Describe what the diff shows, not the name of the file that changed.',
  '- The user message lists every staged file, then recent commit subjects (a style reference only:',
  '  do not copy them, except as git writes a revert, fixup! or squash!), then the diff. Binaries,',
  '  generated files and secrets are named without their contents; lock files by the packages that',
  '  moved. Parts marked [...] were left out for length, and a long text may be shown as an outline',
  '  of its lines: describe the change from what is shown, and do not mention that anything was left out.',
].join('\n');

/** What the message is written in unless the user says otherwise. */
export const DEFAULT_LANGUAGE = 'English';

/** A language name as the user gave it, made safe to put in a sentence: one line, no quotes, bounded. */
function languageName(language: string | undefined): string {
  const one = (language ?? '').replace(/[\u0000-\u001f\u007f"`]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 40).trim();
  return one === '' ? DEFAULT_LANGUAGE : one;
}

/**
 * The preset's instructions, or the user's own prompt in their place, followed by
 * the rules that always hold, which include the language the message is written in.
 */
export function systemPrompt(preset: PresetName, customPrompt?: string, language?: string): string {
  const custom = customPrompt?.trim();
  const instructions = custom ? custom : PRESETS[preset];
  const lang = languageName(language);
  // Keywords a tool reads stay as they are, whatever the language.
  const keep =
    preset === 'conventional' && !custom
      ? ' Keep the Conventional Commits type, the scope and git\'s own words (Revert, fixup!, squash!) as they are.'
      : ' Keep git\'s own words (Revert, fixup!, squash!) as they are.';
  const languageRule = `- Write the whole message in ${lang}.${lang.toLowerCase() === DEFAULT_LANGUAGE.toLowerCase() ? '' : keep}`;
  return `${instructions}\n\n${RULES}\n${languageRule}`;
}
