import { describe, expect, it } from 'vitest';
import { StreamSlots } from '../../src/services/stream-slots.js';

describe('StreamSlots', () => {
  it('takes a slot under both limits or neither, and gives it back once however often released', () => {
    const slots = new StreamSlots({ perScreen: 2, perAddress: 2 });
    const first = slots.open(1, '10.0.0.1');
    expect(slots.open(2, '10.0.0.1')).toBeTypeOf('function');
    // The address is full: screen 1 is refused without its count moving.
    expect(slots.open(1, '10.0.0.1')).toBe('per-address');
    expect(slots.open(1, '10.0.0.2')).toBeTypeOf('function');
    expect(slots.open(1, '10.0.0.3')).toBe('per-screen');
    if (typeof first !== 'function') throw new Error('the first stream was refused');
    first();
    first();
    // One slot back on screen 1 and on 10.0.0.1, not two.
    expect(slots.open(1, '10.0.0.3')).toBeTypeOf('function');
    expect(slots.open(1, '10.0.0.3')).toBe('per-screen');
    expect(slots.open(3, '10.0.0.1')).toBeTypeOf('function');
    expect(slots.open(4, '10.0.0.1')).toBe('per-address');
  });
});
