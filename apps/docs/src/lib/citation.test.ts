import { describe, expect, it } from 'vitest';
import { citationBibtex, citationText, releaseUrl } from './citation.ts';

const input = {
  authors: 'Dossier maintainers',
  title: 'Dossier: a test title',
  version: '2.0.0',
  year: 2026,
  licence: 'CC-BY-4.0',
  site: 'https://data.example.net/sub/',
};

describe('citations', () => {
  it('give the release its full URL under the configured site, path prefix included', () => {
    expect(releaseUrl('https://data.example.net/sub/', '2.0.0')).toBe('https://data.example.net/sub/downloads/2.0.0/');
    expect(releaseUrl('https://data.example.net/sub', '2.0.0')).toBe('https://data.example.net/sub/downloads/2.0.0/');
  });

  it('name the version, the year and the URL, in the text and in BibTeX', () => {
    expect(citationText(input)).toBe(
      'Dossier maintainers (2026). Dossier: a test title (Version 2.0.0) [Data set]. https://data.example.net/sub/downloads/2.0.0/',
    );
    const bib = citationBibtex(input);
    expect(bib).toMatch(/^@misc\{dossier_2_0_0,$/m);
    expect(bib).toContain('  year    = {2026},');
    expect(bib).toContain('  url     = {https://data.example.net/sub/downloads/2.0.0/},');
  });

  it('say n.d. rather than invent a year', () => {
    expect(citationText({ ...input, year: null })).toContain('(n.d.)');
    expect(citationBibtex({ ...input, year: null })).not.toContain('year');
  });
});
