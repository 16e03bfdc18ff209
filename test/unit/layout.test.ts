// The tree's promise (ARCHITECTURE.md): src/ has a folder per stage of the pipeline and one per
// front end, imports point down the stages only, and no two files import each other.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
/** Lower imports nothing above it; the two front ends share a rank and never import each other. */
const RANK: Record<string, number> = { words: 0, change: 1, prompt: 2, settings: 3, model: 4, commit: 5, nvim: 6, cli: 6 };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function folderOf(file: string): string {
  const rel = relative(SRC, file).split('/');
  return rel.length > 1 ? (rel[0] as string) : '';
}

const graph = new Map<string, string[]>();
for (const f of files(SRC)) {
  const targets = [...readFileSync(f, 'utf8').matchAll(/^(?:import|export)[^'"\n]*from '(\.[^']+)'/gm)].map((m) =>
    resolve(dirname(f), (m[1] as string).replace(/\.js$/, '.ts')),
  );
  graph.set(f, targets);
}

describe('the layout of src/', () => {
  it('has a folder for each stage and front end, and only the bundle entry beside them', () => {
    const top = readdirSync(SRC).sort();
    expect(top).toEqual([...Object.keys(RANK), 'index.ts'].sort());
  });

  it('imports point down the stages, and a front end never imports the other', () => {
    const wrong: string[] = [];
    for (const [from, targets] of graph) {
      const a = folderOf(from);
      for (const to of targets) {
        const b = folderOf(to);
        if (a === '' || a === b) continue;
        if ((RANK[b] ?? 99) >= (RANK[a] ?? -1)) wrong.push(`${relative(SRC, from)} -> ${relative(SRC, to)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(SRC, p)).join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
