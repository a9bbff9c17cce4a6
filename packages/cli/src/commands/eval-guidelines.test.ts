/** `dossier eval --help` points to the annotation guidelines, and they are in the repository, covering every gold field. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-helpers.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

describe('dossier eval --help', () => {
  it('names data/gold/GUIDELINES.md, which exists and documents every field of a gold file', async () => {
    const help = await runCli(['eval', '--help']);
    expect(help.code).toBe(0);
    const path = /\b(data\/gold\/GUIDELINES\.md)\b/.exec(help.stdout)?.[1];
    expect(path).toBe('data/gold/GUIDELINES.md');
    expect(existsSync(`${ROOT}${path}`)).toBe(true);
    const guidelines = readFileSync(`${ROOT}${path}`, 'utf8');
    const fields = [
      'article',
      'published',
      'outlet',
      'authors',
      'anchor_text',
      'persons',
      'organizations',
      'countries',
      'places',
      'name',
      'aliases',
      'roles',
      'person',
      'title',
      'affiliation',
      'former',
      'timexes',
      'text',
      'nth',
      'type',
      'value',
      'range',
      'quotes',
      'speaker',
      'fragment',
      'date',
      'quantities',
      'modifier',
      'unit',
      'events_for_review',
    ];
    for (const field of fields) expect(guidelines, `field ${field}`).toContain(`\`${field}\``);
  });
});
