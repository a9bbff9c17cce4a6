import { describe, expect, it } from 'vitest';
import { COMMANDS } from './index.js';

describe('the command list', () => {
  it('loads, for each entry, the command of that name, whose summary is the one listed', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect({ name: command.name, summary: command.summary }).toEqual({ name: entry.name, summary: entry.summary });
    }
  });
});
