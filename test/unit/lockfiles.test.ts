import { describe, expect, it } from 'vitest';
import { type DiffFile, parseDiff } from '../../src/change/diff.js';
import { describeLock, directDependencies, lockFormat, readLock } from '../../src/change/lockfiles.js';
import { buildPrompt } from '../../src/prompt/prompt.js';
import { systemPrompt } from '../../src/prompt/presets.js';

/** One file's diff as git prints it: `body` holds the hunks, headers included. */
function diffOf(path: string, body: string[]): DiffFile {
  const text = [`diff --git a/${path} b/${path}`, 'index 1111111..2222222 100644', `--- a/${path}`, `+++ b/${path}`, ...body].join('\n');
  const files = parseDiff(`${text}\n`);
  expect(files).toHaveLength(1);
  return files[0]!;
}

function summary(file: DiffFile, direct: Set<string> = new Set()): string[] {
  const format = lockFormat(file.path);
  expect(format).toBeDefined();
  return describeLock(readLock(file, direct)!, format!);
}

describe('lock-file summaries, read from the diff', () => {
  it('package-lock.json: changed, added and removed packages, the direct dependency first', () => {
    const lock = diffOf('package-lock.json', [
      '@@ -20,7 +20,7 @@',
      '         "prettier": "^3.2.4",',
      '         "typescript": "^5.3.2",',
      '         "unbuild": "^2.0.0",',
      '-        "vitest": "^3.0.4"',
      '+        "vitest": "^2.1.6"',
      '       }',
      '     },',
      '     "node_modules/@aashutoshrathi/word-wrap": {',
      '@@ -756,23 +756,6 @@',
      '         "node": ">=12"',
      '       }',
      '     },',
      '-    "node_modules/@esbuild/netbsd-arm64": {',
      '-      "version": "0.24.2",',
      '-      "resolved": "https://registry.npmjs.org/@esbuild/netbsd-arm64/-/netbsd-arm64-0.24.2.tgz",',
      '-      "integrity": "sha512-wuLK/VztRRpMt9zyHSazyCVdCXlpHkKm34WUyinD2lzK07FAHTq0KQvZZlXikNWkDGoT6x3TD51jKQ7gMVpopw==",',
      '-      "cpu": [',
      '-        "arm64"',
      '-      ],',
      '-      "dev": true,',
      '-      "license": "MIT",',
      '-      "optional": true,',
      '-      "os": [',
      '-        "netbsd"',
      '-      ],',
      '-      "engines": {',
      '-        "node": ">=18"',
      '-      }',
      '-    },',
      '     "node_modules/@esbuild/openbsd-x64": {',
      '       "version": "0.19.12",',
      '       "resolved": "https://registry.npmmirror.com/@esbuild/openbsd-x64/-/openbsd-x64-0.19.12.tgz",',
      '@@ -1573,6 +1556,12 @@',
      '       "dev": true,',
      '       "license": "MIT"',
      '     },',
      '+    "node_modules/@types/node": {',
      '+      "version": "20.11.0",',
      '+      "dev": true,',
      '+      "license": "MIT",',
      '+      "optional": true',
      '+    },',
      '     "node_modules/@types/resolve": {',
      '       "version": "1.20.2",',
      '       "resolved": "https://registry.npmmirror.com/@types/resolve/-/resolve-1.20.2.tgz",',
      '@@ -1810,9 +1799,9 @@',
      '       "license": "ISC"',
      '     },',
      '     "node_modules/vitest": {',
      '-      "version": "3.0.4",',
      '-      "resolved": "https://registry.npmjs.org/vitest/-/vitest-3.0.4.tgz",',
      '-      "integrity": "sha512-Nm5kJmYw6P2BxhJPkO3eKKhGYKRsnqJqf+r0yOGRKpEP+bSCBDsjXgiu1/5QFrnPMEgzfC38ZEjvCFgaNBC0Eg==",',
      '+      "version": "2.1.8",',
      '+      "resolved": "https://registry.npmjs.org/vitest/-/vitest-2.1.8.tgz",',
      '+      "integrity": "sha512-8ytZ/fFHq2g4PJVAtDX57mayemKgDR6X3Oa2Foro+EygiOJHUXhCqBAAKQYYajZpFoIfvBCF1j6R6IYRSIUFuw==",',
      '       "dev": true,',
      '       "license": "MIT",',
      '       "dependencies": {',
      '@@ -3000,9 +2989,9 @@',
      '       }',
      '     },',
      '     "node_modules/vitest/node_modules/pathe": {',
      '-      "version": "2.0.2",',
      '+      "version": "1.1.2",',
      '       "dev": true,',
      '       "license": "MIT"',
      '     },',
    ]);
    const manifest = diffOf('package.json', ['@@ -38,3 +38,3 @@', '     "eslint": "^8.29.0",', '-    "vitest": "^3.0.4"', '+    "vitest": "^2.1.6"', '   },']);
    const direct = directDependencies([lock, manifest]);
    expect(direct).toEqual(new Set(['vitest']));
    const lines = summary(lock, direct);
    expect(lines).toEqual([
      'changed vitest 3.0.4 -> 2.1.8 (direct dependency)',
      'added @types/node 20.11.0',
      'removed @esbuild/netbsd-arm64 0.24.2',
      'changed pathe 2.0.2 -> 1.1.2 (under vitest)',
    ]);
    // What the model needs, not what the lock holds: no hashes, no URLs.
    expect(lines.join('\n')).not.toMatch(/sha512|https:/);
  });

  it('package-lock.json: platform builds that moved alike share a line, and the count says how many', () => {
    const body = ['@@ -100,40 +100,40 @@'];
    const platforms = ['darwin-arm64', 'darwin-x64', 'linux-arm64-gnu', 'linux-arm64-musl', 'linux-x64-gnu', 'linux-x64-musl', 'win32-arm64-msvc', 'win32-ia32-msvc', 'win32-x64-msvc'];
    for (const p of platforms) {
      body.push(`     "node_modules/@swc/core-${p}": {`, '-      "version": "1.3.100",', '+      "version": "1.3.101",', '       "cpu": [');
    }
    const lines = summary(diffOf('package-lock.json', body));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^changed 1\.3\.100 -> 1\.3\.101: 9 packages: @swc\/core-darwin-arm64, @swc\/core-darwin-x64, .*(, and \d+ more)?$/);
    expect(lines[0]!.length).toBeLessThan(200);
  });

  it('yarn.lock, v1 and berry', () => {
    const v1 = summary(
      diffOf('yarn.lock', [
        '@@ -10,12 +10,12 @@',
        ' ',
        '-lodash@^4.17.20:',
        '-  version "4.17.20"',
        '-  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.20.tgz#abc"',
        '+lodash@^4.17.21:',
        '+  version "4.17.21"',
        '+  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#def"',
        ' ',
        '+"@babel/core@^7.0.0", "@babel/core@^7.12.3":',
        '+  version "7.12.3"',
        ' ',
      ]),
    );
    expect(v1).toEqual(['changed lodash 4.17.20 -> 4.17.21', 'added @babel/core 7.12.3']);
    const berry = summary(
      diffOf('yarn.lock', ['@@ -40,4 +40,4 @@', ' "typescript@npm:^5.3.2":', '-  version: 5.3.2', '+  version: 5.4.5', '   resolution: "typescript@npm:5.4.5"']),
    );
    expect(berry).toEqual(['changed typescript 5.3.2 -> 5.4.5']);
  });

  it('pnpm-lock.yaml: package keys and importer versions', () => {
    const lines = summary(
      diffOf('pnpm-lock.yaml', [
        '@@ -8,8 +8,8 @@ importers:',
        '     devDependencies:',
        '       vitest:',
        '         specifier: ^1.2.0',
        '-        version: 1.2.0',
        '+        version: 1.3.1',
        '@@ -200,6 +200,6 @@ packages:',
        '-  /vitest@1.2.0:',
        '+  /vitest@1.3.1:',
        "-  '@types/node@20.10.0':",
        "+  '@types/node@20.11.5':",
      ]),
    );
    expect(lines).toEqual(['changed @types/node 20.10.0 -> 20.11.5', 'changed vitest 1.2.0 -> 1.3.1']);
  });

  it('Cargo.lock and poetry.lock', () => {
    const cargo = summary(
      diffOf('Cargo.lock', [
        '@@ -100,9 +100,9 @@',
        ' [[package]]',
        ' name = "serde"',
        '-version = "1.0.130"',
        '+version = "1.0.195"',
        ' source = "registry+https://github.com/rust-lang/crates.io-index"',
        '@@ -300,3 +300,8 @@',
        ' ',
        '+[[package]]',
        '+name = "itoa"',
        '+version = "1.0.10"',
        '+source = "registry+https://github.com/rust-lang/crates.io-index"',
        '+',
      ]),
      new Set(['serde']),
    );
    expect(cargo).toEqual(['changed serde 1.0.130 -> 1.0.195 (direct dependency)', 'added itoa 1.0.10']);
    const poetry = summary(diffOf('poetry.lock', ['@@ -5,4 +5,4 @@', ' [[package]]', ' name = "requests"', '-version = "2.31.0"', '+version = "2.32.3"']));
    expect(poetry).toEqual(['changed requests 2.31.0 -> 2.32.3']);
  });

  it('go.sum, with go.mod naming the direct dependency', () => {
    const sum = diffOf('go.sum', [
      '@@ -1,4 +1,4 @@',
      '-github.com/spf13/cobra v1.7.0 h1:hyqWnYt1ZQShIddO5kBpj3vu05/++x6tJ6dg8EC572I=',
      '-github.com/spf13/cobra v1.7.0/go.mod h1:uLxZILRyS/50WlhOIKD7W6V5bgeIt+4sICxh6uRMrb0=',
      '+github.com/spf13/cobra v1.8.0 h1:7aJaZx1B85qltLMc546zn58BxxfZdR/W22ej9CFoEf0=',
      '+github.com/spf13/cobra v1.8.0/go.mod h1:WXLWApfZ71AjXPya3WOlMsY9yMs7YeiHhFVlvLyhcho=',
      ' golang.org/x/sys v0.15.0 h1:h48lPFYpsTvQJZF4EKyI4aLHaev3CxivZmv7yZig9pc=',
      '+golang.org/x/text v0.14.0 h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=',
    ]);
    const mod = diffOf('go.mod', ['@@ -3,3 +3,3 @@', ' require (', '-\tgithub.com/spf13/cobra v1.7.0', '+\tgithub.com/spf13/cobra v1.8.0']);
    expect(summary(sum, directDependencies([mod]))).toEqual([
      'changed github.com/spf13/cobra v1.7.0 -> v1.8.0 (direct dependency)',
      'added golang.org/x/text v0.14.0',
    ]);
  });

  it('Gemfile.lock and composer.lock', () => {
    const gems = summary(
      diffOf('Gemfile.lock', ['@@ -10,6 +10,6 @@ GEM', '     rack (2.2.8)', '-    rails (7.0.8)', '+    rails (7.1.3)', '       actioncable (= 7.1.3)', '     rake (13.1.0)']),
    );
    expect(gems).toEqual(['changed rails 7.0.8 -> 7.1.3']);
    const composer = summary(
      diffOf('composer.lock', [
        '@@ -50,8 +50,8 @@',
        '         {',
        '             "name": "monolog/monolog",',
        '-            "version": "3.5.0",',
        '+            "version": "3.6.0",',
        '             "source": {',
      ]),
    );
    expect(composer).toEqual(['changed monolog/monolog 3.5.0 -> 3.6.0']);
  });

  it('flake.lock: which inputs moved, from which date to which', () => {
    const lines = summary(
      diffOf('flake.lock', [
        '@@ -20,11 +20,11 @@',
        '     },',
        '     "nixpkgs": {',
        '       "locked": {',
        '-        "lastModified": 1699781429,',
        '-        "narHash": "sha256-UYefjidASiLORAjIvVsUHG6WBtRhM67kTjEY4XfZOFs=",',
        '+        "lastModified": 1700538105,',
        '+        "narHash": "sha256-uZhOCmwv8VupEmPZm3erbr9XXmyg7K67Ul3+Rx2XMe0=",',
        '         "owner": "NixOS",',
        '         "repo": "nixpkgs",',
        '-        "rev": "e44462d6021bfe23dfb24b775cc7c390844f773d",',
        '+        "rev": "51a01a7e5515b469886c120e38db325c96694c2f",',
        '         "type": "github"',
        '       },',
        '       "original": {',
      ]),
    );
    expect(lines).toEqual(['changed nixpkgs 2023-11-12, rev e44462d -> 2023-11-21, rev 51a01a7 (github:NixOS/nixpkgs)']);
  });

  it('says what it can when the package names are outside the diff context', () => {
    const lock = diffOf('package-lock.json', ['@@ -40,6 +40,6 @@', '       "license": "MIT",', '       "dependencies": {},', '-      "version": "1.0.0",', '+      "version": "1.0.1",', '       "dev": true']);
    expect(summary(lock)).toEqual(["1 more version change whose package name is outside the diff's context"]);
    const empty = diffOf('yarn.lock', ['@@ -1,2 +1,2 @@', '-# yarn lockfile v1', '+# yarn lockfile v1 ', ' ']);
    expect(summary(empty)).toEqual(['no package version visible in the diff']);
  });
});

describe('lock files in the prompt', () => {
  it('show the packages that moved in the diff section, with the file still named with its counts', () => {
    const lock = diffOf('package-lock.json', [
      '@@ -1810,4 +1810,4 @@',
      '     "node_modules/@swc/core": {',
      '-      "version": "1.3.100",',
      '+      "version": "1.3.101",',
      '       "dev": true,',
    ]);
    const p = buildPrompt({ files: [lock], system: systemPrompt('code'), recentSubjects: [], numCtx: 8192, numPredict: 256 });
    expect(p.user).toContain(' package-lock.json | lock file, contents not sent (+1 -1)');
    expect(p.user).toContain('File: package-lock.json (lock file: packages that moved, read from its diff: 1 changed, 0 added, 0 removed)\nchanged @swc/core 1.3.100 -> 1.3.101\n');
    expect(p.user).not.toContain('"version"');
    expect(p.omitted).toEqual(['package-lock.json (lock file)']);
  });
});
