/** `npm run corpus`: the seed corpus printed readably, or as raw Corpus JSON with --json. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../core/corpus/model';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function corpusCli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/corpus.ts', ...args], { cwd: ROOT, timeout: 60_000, maxBuffer: 1 << 24 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
}

describe('corpus CLI', () => {
  it('prints sources, facts, quotes with speakers and venues, positions and discrepancies', async () => {
    const out = await corpusCli([]);
    // the story file first: its topics with their names, and each cue with its weight and flags
    expect(out).toMatch(/^Story westminster-2017: pages about the Westminster attack or the 2017 encryption row\n  event "attack": Westminster attack/);
    expect(out).toContain('     4.0  PC Keith Palmer  [anchor]');
    expect(out).toMatch(/\n  policy "encryption": Encryption row/);
    expect(out).toMatch(/\n\nSources \(2\)/);
    expect(out).toContain('date inferred: it reports Sunday');
    expect(out).toContain('[2] victim.age:kurt-cochran: Kurt Cochran was 54');
    expect(out).toContain("[1] Amber Rudd, Home Secretary; BBC One's Andrew Marr Show; 2017-03-26:");
    expect(out).toContain("[2] Craig Mackey, acting Metropolitan Police Commissioner; London Assembly's Police and Crime Committee; 2017-03-29:");
    expect(out).toMatch(/AGAINST Lord Paddick \[1\]: Draconian laws/);
    expect(out).toContain('attacker.whatsapp-timing: "the seconds before" [1] as of 2017-03-26 vs "a couple of minutes before" [2] as of 2017-03-29');
  }, 60_000);

  it('--json prints the Corpus itself', async () => {
    const corpus = JSON.parse(await corpusCli(['--json'])) as Corpus;
    expect(corpus.sources.map((s) => s.origin)).toEqual(['seed', 'seed']);
    expect(corpus.quotes.find((q) => q.speaker === 'Lord Paddick' && q.text === 'draconian')).toBeDefined();
    expect(corpus.discrepancies).toHaveLength(1);
  }, 60_000);
});
