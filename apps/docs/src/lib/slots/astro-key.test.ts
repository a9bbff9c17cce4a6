import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASTRO_CODE_PATHS, ASTRO_LAYOUT_PATHS, astroInputsKey, datapackageShape } from './astro-key.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-astro-key-'));
  mkdirSync(join(root, 'apps/docs/src/pages'), { recursive: true });
  mkdirSync(join(root, 'schemas'), { recursive: true });
  mkdirSync(join(root, 'data/dist'), { recursive: true });
  writeFileSync(join(root, 'apps/docs/src/pages/index.astro'), '<p>{slot("count", "roles")}</p>');
  writeFileSync(join(root, 'schemas/roles.schema.json'), '{}');
  writeFileSync(join(root, 'data/dist/roles.json'), '[\n{"role_id":"a#1"}\n]\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const keyOf = (values: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = {}) =>
  astroInputsKey(
    { code: root, layout: root },
    { codePaths: ASTRO_CODE_PATHS, layoutPaths: ASTRO_LAYOUT_PATHS, values },
    env,
  );

describe('the key of what Astro renders', () => {
  it('does not move when only the data changes', () => {
    const before = keyOf();
    writeFileSync(join(root, 'data/dist/roles.json'), '[\n{"role_id":"a#1"},\n{"role_id":"b#1"}\n]\n');
    expect(keyOf()).toBe(before);
  });

  it('moves with a template, a schema, a test-free source file, a keyed variable or the data shape', () => {
    const before = keyOf();
    writeFileSync(join(root, 'apps/docs/src/pages/index.astro'), '<p>changed</p>');
    const template = keyOf();
    expect(template).not.toBe(before);
    writeFileSync(join(root, 'schemas/roles.schema.json'), '{"title":"x"}');
    const schema = keyOf();
    expect(schema).not.toBe(template);
    expect(keyOf({}, { DOSSIER_SITE_URL: 'https://example.org/' })).not.toBe(schema);
    expect(keyOf({ articlePages: true })).not.toBe(keyOf({ articlePages: false }));
  });

  it('moves when the same code is in another folder (Astro derives class names from where it is)', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'dossier-astro-key-'));
    try {
      cpSync(root, elsewhere, { recursive: true });
      const inputs = { codePaths: ASTRO_CODE_PATHS, layoutPaths: ASTRO_LAYOUT_PATHS, values: {} };
      expect(astroInputsKey({ code: elsewhere, layout: root }, inputs, {})).not.toBe(keyOf());
      expect(astroInputsKey({ code: root, layout: elsewhere }, inputs, {})).toBe(keyOf());
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('ignores tests and build outputs', () => {
    const before = keyOf();
    writeFileSync(join(root, 'apps/docs/src/pages/index.test.ts'), 'it()');
    mkdirSync(join(root, 'apps/docs/src/node_modules'), { recursive: true });
    writeFileSync(join(root, 'apps/docs/src/node_modules/x.js'), '1');
    expect(keyOf()).toBe(before);
  });

  it('keeps of the datapackage what the pages show, not the files sizes and hashes', () => {
    const pkg = (bytes: number, description: string) => ({
      name: 'd',
      version: '2.0.0',
      resources: [{ name: 'roles', path: 'roles.csv', description, bytes, hash: `sha256:${bytes}` }],
    });
    expect(datapackageShape(pkg(10, 'a role'))).toEqual(datapackageShape(pkg(99, 'a role')));
    expect(datapackageShape({ ...pkg(10, 'a role'), sources: [{ title: 'one more article' }] })).toEqual(
      datapackageShape(pkg(10, 'a role')),
    );
    expect(datapackageShape(pkg(10, 'a role'))).not.toEqual(datapackageShape(pkg(10, 'a title')));
  });
});
