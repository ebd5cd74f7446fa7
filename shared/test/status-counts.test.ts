import { describe, expect, it } from 'vitest';
import type { Status } from '../src/schemas/status.js';
import { countByStatus } from '../src/status-counts.js';

const card = (status: Status) => ({ status: { status } });

describe('countByStatus', () => {
  it('counts the cards of each status', () => {
    const cards = [card('off-track'), card('achieved'), card('off-track'), card('too-few'), card('no-data')];
    expect(countByStatus(cards)).toEqual({ achieved: 1, 'on-track': 0, 'at-risk': 0, 'off-track': 2, 'too-few': 1, 'no-target': 0, 'no-data': 1 });
  });

  it('gives every status a count, 0 when there are no cards', () => {
    expect(countByStatus([])).toEqual({ achieved: 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'too-few': 0, 'no-target': 0, 'no-data': 0 });
  });
});
