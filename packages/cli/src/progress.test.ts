/** Progress output: plain periodic lines when not a terminal or in CI, a cli-progress bar in a terminal, nothing when quiet. */
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, progressLine } from './progress.js';

function collector(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (text: string) => chunks.push(text) } };
}

describe('progressLine and formatDuration', () => {
  it('shows done/total, percent, rate and time left', () => {
    expect(progressLine(250, 1000, 10)).toBe('articles 250/1000 (25%), 25.0/s, about 30s left');
    expect(progressLine(0, 10, 0)).toBe('articles 0/10 (0%), 0.0/s, about ? left');
    expect(formatDuration(125)).toBe('2m 05s');
    expect(formatDuration(3 * 3600 + 60)).toBe('3h 01m');
  });
});

describe('createProgress', () => {
  it('prints a plain line at most once per interval when piped, and a closing line', () => {
    const { chunks, stream } = collector(false);
    let clock = 0;
    const progress = createProgress({ level: 'normal', stream, env: {}, interval: 1000, now: () => clock });
    for (let done = 1; done <= 100; done++) {
      clock = done * 50; // 20 articles a second: a line every 20 articles
      progress.update(done, 100);
    }
    progress.stop();
    expect(chunks).toHaveLength(6);
    expect(chunks[0]).toBe('articles 20/100 (20%), 20.0/s, about 4s left\n');
    expect(chunks.at(-1)).toBe('articles 100/100 (100%), 20.0/s, about 0s left\n');
  });

  it('uses plain lines in CI even on a terminal', () => {
    const { chunks, stream } = collector(true);
    let clock = 0;
    const progress = createProgress({ level: 'normal', stream, env: { CI: '1' }, interval: 10, now: () => clock });
    clock = 20;
    progress.update(1, 2);
    expect(chunks).toEqual(['articles 1/2 (50%), 50.0/s, about 0s left\n']);
  });

  it('prints nothing for a build shorter than the interval', () => {
    const { chunks, stream } = collector(false);
    const progress = createProgress({ level: 'normal', stream, env: {}, interval: 5000, now: () => 1 });
    progress.update(1, 1);
    progress.stop();
    expect(chunks).toEqual([]);
  });

  it('prints nothing with --quiet', () => {
    const { chunks, stream } = collector(false);
    let clock = 0;
    const progress = createProgress({ level: 'quiet', stream, env: {}, interval: 1, now: () => (clock += 100) });
    progress.update(1, 2);
    progress.stop();
    expect(chunks).toEqual([]);
  });

  it('draws a bar with the count, the rate and the ETA on a terminal', () => {
    const { chunks, stream } = collector(true);
    let clock = 0;
    const progress = createProgress({
      level: 'normal',
      stream: Object.assign(stream, {
        columns: 120,
        cursorTo: () => true,
        clearLine: () => true,
        moveCursor: () => true,
      }),
      env: { TERM: 'xterm' },
      now: () => clock,
    });
    clock = 1000;
    progress.update(5, 10);
    progress.stop();
    const drawn = chunks.join('');
    expect(drawn).toContain('5/10');
    expect(drawn).toContain('5.0/s');
    expect(drawn).toContain('ETA');
  });
});
