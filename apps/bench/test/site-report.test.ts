/** The docs-site report prints the one-more-article row at whichever size measured it, not only the last. */
import { describe, expect, it } from 'vitest';
import { renderSiteReport, type SiteSize } from '../src/site-report.js';
import { siteBenchOptions } from '../src/site.js';

const build = (wallMs: number) => ({ wallMs, cpuMs: wallMs / 2, peakRssMb: 1024 });
const size = (n: number, plusOne?: number): SiteSize => ({
  size: n,
  corpusBytes: n * 1000,
  cold: build(100_000),
  site: { files: 10, bytes: 1e6, largest: 1e5, pages: 5 },
  search: { files: 2, bytes: 1e5, largest: 6e4, queries: 200, medianMs: 0.2, p95Ms: 0.4 },
  ...(plusOne === undefined ? {} : { plusOne: build(plusOne) }),
});

describe('renderSiteReport', () => {
  it('reports the warm build at the size that measured it', () => {
    const report = renderSiteReport({
      command: 'pnpm bench:site --sizes 1000,100000 --plus-one 1000',
      seed: 1,
      loadBefore: [1],
      loadAfter: [1],
      reports: [size(1000, 20_000), size(100_000)],
    });
    expect(report).toContain('**One more article at 1,000:** warm docs build 20.0 s (20% of the cold build');
    expect(report).toContain('CPU 10.0 s (20% of 50.0 s)');
    expect(report).toContain('| 1,000 | 100.0 s | 50.0 s | 1.00 GB |');
    expect(report).not.toContain('One more article at 100,000');
  });

  it('takes --work and --plus-one', () => {
    expect(siteBenchOptions(['--work', '/tmp/x', '--plus-one', '10000'])).toMatchObject({
      work: '/tmp/x',
      'plus-one': '10000',
    });
  });
});
