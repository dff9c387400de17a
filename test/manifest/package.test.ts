import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AppPackageError,
  buildAppPackage,
  readPackageEnv,
  substitutePlaceholders,
} from '../../scripts/lib/app-package.js';
import { MANIFEST_DIR, readSource, TEST_BOT_ID } from './fixtures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'jlp-manifest-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('buildAppPackage', () => {
  it('zips exactly the four files at the root, with BOT_ID substituted everywhere', async () => {
    const built = await buildAppPackage({ manifestDir: MANIFEST_DIR, botId: TEST_BOT_ID });
    const zip = await JSZip.loadAsync(built.zip);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['color.png', 'fr.json', 'manifest.json', 'outline.png']);
    for (const name of ['manifest.json', 'fr.json']) {
      const text = (await zip.file(name)?.async('string')) ?? '';
      expect(text).not.toContain('${{');
      expect(JSON.parse(text)).toBeTypeOf('object');
    }
    const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}') as {
      id: string;
      bots: { botId: string }[];
      validDomains: string[];
    };
    expect(manifest.id).toBe(TEST_BOT_ID);
    expect(manifest.bots[0]?.botId).toBe(TEST_BOT_ID);
    expect(manifest.validDomains).toEqual([]);
    const png = await zip.file('outline.png')?.async('nodebuffer');
    expect(png?.equals(built.files.get('outline.png') ?? Buffer.alloc(0))).toBe(true);
  });

  it("adds PUBLIC_URL's host to validDomains", async () => {
    const built = await buildAppPackage({
      manifestDir: MANIFEST_DIR,
      botId: TEST_BOT_ID,
      publicUrl: new URL('https://jlp.example.ca:8443/bot/'),
    });
    expect(built.manifest.validDomains).toEqual(['jlp.example.ca:8443']);
  });

  it('lists every problem at once and builds nothing', async () => {
    const dir = join(scratch, 'broken');
    cpSync(MANIFEST_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'outline.png'), Buffer.alloc(10));
    writeFileSync(join(dir, 'fr.json'), '{ "name.short": "PAM" }');
    const manifest = readSource('manifest.json');
    manifest.developer = { ...(manifest.developer as object), websiteUrl: '${{SITE_URL}}' };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const failure = await buildAppPackage({ manifestDir: dir, botId: TEST_BOT_ID }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppPackageError);
    const { problems, message } = failure as AppPackageError;
    expect(message).toMatch(/^The Teams app package is not valid:\n {2}- /);
    expect(problems).toContain('outline.png: not a PNG file (bad signature)');
    expect(problems).toContain('fr.json: no translation for description.short');
    expect(problems).toContain(
      'manifest.json: no value for the placeholder at developer.websiteUrl: ${{SITE_URL}}',
    );
    expect(problems.length).toBeGreaterThan(50);
  });
});

describe('substitutePlaceholders', () => {
  it('replaces known placeholders and reports unknown ones with their path', () => {
    const unresolved: string[] = [];
    const out = substitutePlaceholders(
      { a: ['${{BOT_ID}}', 'api://botid-${{ BOT_ID }}'], b: { c: '${{TENANT}}' }, d: 1 },
      { BOT_ID: 'X' },
      unresolved,
    );
    expect(out).toEqual({ a: ['X', 'api://botid-X'], b: { c: '${{TENANT}}' }, d: 1 });
    expect(unresolved).toEqual(['b.c: ${{TENANT}}']);
  });
});

describe('readPackageEnv', () => {
  it('takes a GUID BOT_ID and an optional https PUBLIC_URL', () => {
    expect(readPackageEnv({ BOT_ID: ` ${TEST_BOT_ID} ` })).toEqual({ botId: TEST_BOT_ID });
    expect(
      readPackageEnv({ BOT_ID: TEST_BOT_ID, PUBLIC_URL: 'https://a.example.ca' }).publicUrl,
    ).toEqual(new URL('https://a.example.ca'));
  });

  it.each([
    [{}, /BOT_ID is not set\. Set it to the bot's Microsoft Entra application \(client\) ID/],
    [{ BOT_ID: '' }, /BOT_ID is not set/],
    [{ BOT_ID: 'my-bot' }, /BOT_ID "my-bot" is not a GUID/],
    [{ BOT_ID: TEST_BOT_ID, PUBLIC_URL: 'http://a.example.ca' }, /PUBLIC_URL .* not an https/],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => readPackageEnv(env)).toThrow(message);
  });
});

describe('npm run package', () => {
  it('exits 1 and says what to do when BOT_ID is missing', () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.BOT_ID;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('BOT_ID is not set');
    expect(run.stdout).not.toContain('Wrote');
  });
});
