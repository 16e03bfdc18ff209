/** Child processes for the benchmark: argument arrays, never a shell, and no standard input. */
import { spawn } from 'node:child_process';

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

export function run(cmd: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, opts.timeoutMs)
      : undefined;
    child.on('error', (err) => {
      if (timer) clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Number(process.hrtime.bigint() - t0) / 1e6, timedOut });
    });
  });
}

/** Like run(), but a non-zero exit is an error carrying the output. */
export async function must(cmd: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Ran> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code ?? r.signal}${r.timedOut ? ' (timed out)' : ''}: ${r.stderr || r.stdout}`);
  return r;
}

/**
 * One environment for every run of the bench, ours and the baselines alike: the sandbox's,
 * without NODE_EXTRA_CA_CERTS. Node reads that file at every start, so on a machine that sets
 * it (this one does) it adds the same fixed cost to every Node program, which is no part of
 * what is compared; it is measured apart, under its own label. Returns the value it took out.
 */
export function dropMachineCerts(sb: { env: NodeJS.ProcessEnv }): string | undefined {
  const value = sb.env.NODE_EXTRA_CA_CERTS;
  delete sb.env.NODE_EXTRA_CA_CERTS;
  return value;
}
