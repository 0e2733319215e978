/**
 * The packages for the stores, as `npm run zip` and `npm run zip:firefox` make them: each manifest carries what
 * its store asks for; the add-ons site's sources zip, unpacked anywhere, rebuilds the same Firefox extension file
 * for file with the commands README.md gives ("Publishing"); the Chrome Web Store zip, unpacked, passes the
 * Chromium smoke test (skeleton.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const zipOf = (kind: string) => `.output/${pkg.name}-${pkg.version}-${kind}.zip`;
/** A shell's environment: without the NODE_ENV=test vitest sets, which would make Vite build for development. */
const { NODE_ENV: _, ...shellEnv } = process.env;
const run = (command: string, args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = shellEnv) =>
  execFileSync(command, args, { cwd, env, stdio: 'pipe', encoding: 'utf8' });

/** every file under `dir`, by its path inside it */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

describe('the store packages', () => {
  const work = mkdtempSync(join(tmpdir(), 'crosscheck-store-'));
  const unpacked = (kind: string) => {
    const dir = join(work, kind);
    run('unzip', ['-q', '-o', zipOf(kind), '-d', dir]);
    return dir;
  };

  beforeAll(() => {
    run('npm', ['run', '-s', 'zip']);
    run('npm', ['run', '-s', 'zip:firefox']);
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('carry what each store asks for: the version of package.json, icons at every size, a short description, no data collected', () => {
    for (const kind of ['chrome', 'firefox']) {
      const dir = unpacked(kind);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.version).toBe(pkg.version);
      expect(manifest.description.length).toBeLessThanOrEqual(132);
      expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
      for (const [size, path] of Object.entries<string>(manifest.icons)) {
        const png = readFileSync(join(dir, path));
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]); // IHDR width, height
      }
      if (kind === 'firefox') {
        expect(manifest.browser_specific_settings.gecko).toMatchObject({
          id: 'crosscheck@crosscheck.local',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        });
      }
    }
  });

  it("the sources zip rebuilds the Firefox zip's files byte for byte with README.md's commands", () => {
    const sources = unpacked('sources');
    expect(readdirSync(sources)).not.toContain('node_modules');
    // npm ci then npm run build:firefox, as README.md says; the packages come from npm's cache when it has them.
    run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], sources);
    run('npm', ['run', 'build:firefox'], sources);
    const rebuilt = filesUnder(join(sources, '.output/firefox-mv3'));
    const shipped = filesUnder(unpacked('firefox'));
    expect([...rebuilt.keys()].sort()).toEqual([...shipped.keys()].sort());
    const differing = [...shipped].filter(([path, bytes]) => !bytes.equals(rebuilt.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
  }, 300_000);

  it('the Chrome Web Store zip, unpacked, passes the Chromium smoke test', () => {
    const env = { ...shellEnv, NO_COLOR: '1', CROSSCHECK_CHROME_EXTENSION_DIR: unpacked('chrome') };
    const output = run('npx', ['vitest', 'run', '--project', 'browser', 'tests/e2e/skeleton.test.ts'], process.cwd(), env);
    expect(output).toMatch(/Tests\s+4 passed \(4\)/);
  }, 120_000);
});
