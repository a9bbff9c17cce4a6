import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keptHtml, partsKey } from './kept-html.ts';

describe('slot HTML kept between builds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kept-html-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  /** A renderer that counts its calls and shows each entity's current state, as a Tables page shows names. */
  function renderer(state: Map<string, string>) {
    const calls = { count: 0 };
    const render = () => {
      calls.count++;
      const ids = [...state.keys()];
      return { html: ids.map((id) => `<td>${state.get(id)}</td>`).join(''), entities: [...ids, ids[0]!] };
    };
    return { calls, render, entityState: (id: string) => state.get(id) ?? id };
  }

  it('renders once, then reuses the HTML while the key and the entities it shows are the same', () => {
    const file = join(dir, `${n++}.html`);
    const state = new Map([
      ['person:a', 'Ann Example'],
      ['country:b', 'Bland'],
    ]);
    const { calls, render, entityState } = renderer(state);
    const first = keptHtml(file, 'k1', entityState, render);
    expect(first).toBe('<td>Ann Example</td><td>Bland</td>');
    expect(keptHtml(file, 'k1', entityState, render)).toBe(first);
    expect(calls.count).toBe(1);
  });

  it('renders again when the key changes, or when an entity shown has another name or link', () => {
    const file = join(dir, `${n++}.html`);
    const state = new Map([['person:a', 'Ann Example']]);
    const { calls, render, entityState } = renderer(state);
    keptHtml(file, 'k1', entityState, render);
    keptHtml(file, 'k2', entityState, render);
    expect(calls.count).toBe(2);
    state.set('person:a', 'Ann B. Example');
    expect(keptHtml(file, 'k2', entityState, render)).toBe('<td>Ann B. Example</td>');
    expect(calls.count).toBe(3);
    // An entity the HTML does not show changes nothing.
    const other = renderer(state);
    keptHtml(file, 'k2', (id) => (id === 'person:z' ? 'changed' : other.entityState(id)), other.render);
    expect(other.calls.count).toBe(0);
  });

  it('renders again when the kept file is not one it wrote whole', () => {
    const file = join(dir, `${n++}.html`);
    const { calls, render, entityState } = renderer(new Map([['place:c', 'Cove']]));
    keptHtml(file, 'k1', entityState, render);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 10));
    expect(keptHtml(file, 'k1', entityState, render)).toBe('<td>Cove</td>');
    expect(calls.count).toBe(2);
  });

  it('keys parts so that they cannot run together', () => {
    expect(partsKey(['ab', 'c'])).not.toBe(partsKey(['a', 'bc']));
    expect(partsKey(['a', Buffer.from('b')])).toBe(partsKey(['a', 'b']));
  });
});
