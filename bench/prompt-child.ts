/**
 * Figure 3, one child process per sample: build the text of a diff that adds
 * `lines` lines (the shape of `git diff --cached` for a journal's first commit),
 * then time parseDiff + buildPrompt with the plugin's defaults, and read the
 * process's peak memory right after the first call. `lines = 0` only loads the
 * module: the baseline that the peak is measured against.
 *
 * Usage: node prompt-child.mjs <lines> <warm repeats>; prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { parseDiff } from '../src/change/diff.js';
import { buildPrompt } from '../src/prompt/prompt.js';
import { systemPrompt } from '../src/prompt/presets.js';

function peakKiB(): { vmHWM: number; maxRSS: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const vmHWM = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  return { vmHWM, maxRSS: process.resourceUsage().maxRSS };
}

export function journalLine(i: number): string {
  return `Day ${i}: walked down to the harbour before breakfast and wrote about the fishing boats, the fog and the gulls.`;
}

export function newFileDiff(path: string, n: number): string {
  const parts = [`diff --git a/${path} b/${path}`, 'new file mode 100644', 'index 0000000..e69de29', '--- /dev/null', `+++ b/${path}`, `@@ -0,0 +1,${n} @@`];
  for (let i = 0; i < n; i++) parts.push(`+${journalLine(i)}`);
  return parts.join('\n') + '\n';
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function main(): void {
  const lines = Number(process.argv[2] ?? 0);
  const repeats = Number(process.argv[3] ?? 0);
  // The plugin's defaults (src/settings/options.ts): preset "code", num_ctx 8192, num_predict 256.
  const system = systemPrompt('code');
  const request = { system, recentSubjects: ['Start the journal', 'Notes on the spring storms'], numCtx: 8192, numPredict: 256 };
  if (lines === 0) {
    // Touch the module so that it is compiled, as it is in the node host before \g.
    buildPrompt({ ...request, files: parseDiff('') });
    process.stdout.write(JSON.stringify({ lines, ...peakKiB() }) + '\n');
    return;
  }
  const text = newFileDiff('journal.txt', lines);
  const before = peakKiB();
  let t = now();
  const prompt = buildPrompt({ ...request, files: parseDiff(text) });
  const first = now() - t;
  const after = peakKiB();
  const warm: number[] = [];
  for (let r = 0; r < repeats; r++) {
    t = now();
    buildPrompt({ ...request, files: parseDiff(text) });
    warm.push(now() - t);
  }
  process.stdout.write(
    JSON.stringify({
      lines,
      textBytes: Buffer.byteLength(text),
      firstMs: first,
      warmMs: warm,
      beforeVmHWM: before.vmHWM,
      vmHWM: after.vmHWM,
      maxRSS: after.maxRSS,
      estimatedTokens: prompt.estimatedTokens,
      userChars: prompt.user.length,
      omitted: prompt.omitted.length,
    }) + '\n',
  );
}

main();
