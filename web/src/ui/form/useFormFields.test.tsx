import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFormFields } from './useFormFields';

describe('useFormFields', () => {
  it('binds each field to its own value, so typing in one leaves the others as they were', () => {
    const { result } = renderHook(() => useFormFields({ code: '', name: 'Xã Hữu Lũng' }));
    expect(result.current.field('name')).toMatchObject({ value: 'Xã Hữu Lũng', error: undefined });
    act(() => result.current.field('code').onChange('huu-lung'));
    expect(result.current.values).toEqual({ code: 'huu-lung', name: 'Xã Hữu Lũng' });
  });

  it('shows a message on the field it names and nowhere else', () => {
    const { result } = renderHook(() => useFormFields({ code: '', name: '' }));
    act(() => result.current.setErrors({ code: 'Mã đã có.' }));
    expect(result.current.field('code').error).toBe('Mã đã có.');
    expect(result.current.field('name').error).toBeUndefined();
  });

  it('resets to the first values, computed once when they come from a function', () => {
    let calls = 0;
    const { result, rerender } = renderHook(() => useFormFields(() => ((calls += 1), { value: String(calls) })));
    act(() => result.current.field('value').onChange('42'));
    rerender();
    act(() => result.current.reset());
    expect(result.current.values).toEqual({ value: '1' });
    expect(calls).toBe(1);
  });
});
