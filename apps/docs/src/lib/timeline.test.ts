import { describe, expect, it } from 'vitest';
import { focusedAxis, type TimelineItem } from './timeline.ts';

const item = (id: string, start: string, end = start): TimelineItem => ({
  id,
  kind: 'event',
  lane: 'meeting',
  label: id,
  status: 'occurred',
  start,
  end,
  href: '#',
});

describe('focusedAxis', () => {
  it('starts after a long empty stretch that only a few early items sit before', () => {
    const items = [
      item('old', '2023-11-01', '2023-11-30'),
      ...['2024-01-19', '2024-01-24', '2024-01-26', '2024-01-28', '2024-02-22', '2024-02-23'].map((d, i) =>
        item(`n${i}`, d),
      ),
    ];
    const axis = focusedAxis(items);
    expect(axis.earlier.map((i) => i.id)).toEqual(['old']);
    const [from, to] = axis.domain!;
    expect(from.getTime()).toBeLessThan(Date.parse('2024-01-19T00:00:00Z'));
    expect(from.getTime()).toBeGreaterThan(Date.parse('2024-01-10T00:00:00Z'));
    expect(to.getTime()).toBeGreaterThan(Date.parse('2024-02-24T00:00:00Z'));
  });

  it('keeps the whole range when dates are spread out, or when the gap comes late', () => {
    expect(
      focusedAxis(
        ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01'].map((d, i) => item(`s${i}`, d)),
      ).domain,
    ).toBeUndefined();
    // Most items before the gap: cutting them would hide the bulk of the data.
    expect(
      focusedAxis(
        ['2023-01-01', '2023-01-02', '2023-01-03', '2023-01-04', '2024-01-01'].map((d, i) => item(`l${i}`, d)),
      ).domain,
    ).toBeUndefined();
    expect(focusedAxis([item('a', '2020-01-01'), item('b', '2024-01-01')]).domain).toBeUndefined();
  });
});
