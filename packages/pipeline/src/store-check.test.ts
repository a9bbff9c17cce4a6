/** When a stored file may be trusted from its size, time and inode, and when it must be read and hashed. */
import { describe, expect, it } from 'vitest';
import { unchangedSinceSeal } from './store-check.js';

const sealed = { bytes: 1200, mtimeMs: 1_700_000_000_000.25, ino: 4711 };
const same = { size: 1200, mtimeMs: 1_700_000_000_000.25, ino: 4711 };
const sealedAt = 1_700_000_005_000;

describe('unchangedSinceSeal', () => {
  it('trusts a file whose size, time and inode are the recorded ones, recorded before the seal', () => {
    expect(unchangedSinceSeal(sealed, same, sealedAt)).toBe(true);
  });

  it('reads a file written since (another time), replaced (another inode) or resized', () => {
    expect(unchangedSinceSeal(sealed, { ...same, mtimeMs: same.mtimeMs + 0.001 }, sealedAt)).toBe(false);
    expect(unchangedSinceSeal(sealed, { ...same, ino: 4712 }, sealedAt)).toBe(false);
    expect(unchangedSinceSeal(sealed, { ...same, size: 1201 }, sealedAt)).toBe(false);
  });

  it('reads a file recorded in the same clock tick as the seal (racily clean), or after it', () => {
    expect(unchangedSinceSeal(sealed, same, sealed.mtimeMs)).toBe(false);
    expect(unchangedSinceSeal(sealed, same, sealed.mtimeMs - 1)).toBe(false);
  });

  it('reads a file whose record has no usable time or inode', () => {
    expect(unchangedSinceSeal({ ...sealed, mtimeMs: Number.NaN }, same, sealedAt)).toBe(false);
    expect(unchangedSinceSeal({ ...sealed, ino: undefined as unknown as number }, same, sealedAt)).toBe(false);
  });
});
