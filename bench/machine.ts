/** What the numbers were measured on. */
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { run } from './proc.js';

export interface Machine {
  cpu: string;
  cores: number;
  mhz: string;
  memGiB: string;
  kernel: string;
  nvim: string;
  node: string;
  git: string;
}

export async function machine(): Promise<Machine> {
  let cpuinfo = '';
  try {
    cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    // not Linux
  }
  const field = (name: string): string | undefined => new RegExp(`^${name}\\s*:\\s*(.+)$`, 'm').exec(cpuinfo)?.[1]?.trim();
  const processors = (cpuinfo.match(/^processor\s*:/gm) ?? []).length;
  const nvim = (await run('nvim', ['--version'])).stdout.split('\n')[0] ?? 'nvim: unknown';
  const git = (await run('git', ['--version'])).stdout.trim();
  return {
    cpu: field('model name') ?? cpus()[0]?.model ?? 'unknown',
    cores: processors || cpus().length,
    mhz: field('cpu MHz') ?? String(cpus()[0]?.speed ?? '?'),
    memGiB: (totalmem() / 2 ** 30).toFixed(1),
    kernel: `Linux ${release()}`,
    nvim,
    node: process.version,
    git,
  };
}
