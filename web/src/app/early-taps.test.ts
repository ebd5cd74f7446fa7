import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordEarlyTaps, replayTap } from './early-taps';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('taps before the app takes over', () => {
  it('keeps the last control tapped, and leaves links to the browser', () => {
    document.body.innerHTML = `
      <button id="first" type="button"><span id="inner">3 Chậm tiến độ</span></button>
      <button id="second" type="button">Đạt</button>
      <a id="link" href="#somewhere">Chỉ tiêu</a>`;
    const taps = recordEarlyTaps();
    document.getElementById('inner')!.click();
    expect(taps.stop()).toBe(document.getElementById('first'));

    const again = recordEarlyTaps();
    document.getElementById('first')!.click();
    document.getElementById('second')!.click();
    document.getElementById('link')!.click();
    expect(again.stop()).toBe(document.getElementById('second'));
  });

  it('prevents what the control would do without the app, and records nothing once stopped', () => {
    document.body.innerHTML = '<form id="form"><button id="submit">Lưu</button></form>';
    const submitted = vi.fn((event: Event) => event.preventDefault());
    document.getElementById('form')!.addEventListener('submit', submitted);
    const taps = recordEarlyTaps();
    document.getElementById('submit')!.click();
    expect(submitted).not.toHaveBeenCalled();
    expect(taps.stop()).toBe(document.getElementById('submit'));

    // Stopped: the button works as it does with the app.
    document.getElementById('submit')!.click();
    expect(submitted).toHaveBeenCalledOnce();
  });

  it('replays the tap on the same element while it is in the page, and on nothing else', () => {
    document.body.innerHTML = '<button id="tile" type="button">Chậm tiến độ</button>';
    const tile = document.getElementById('tile')!;
    const clicked = vi.fn();
    tile.addEventListener('click', clicked);
    replayTap(tile);
    expect(clicked).toHaveBeenCalledOnce();

    tile.remove();
    replayTap(tile);
    replayTap(null);
    expect(clicked).toHaveBeenCalledOnce();
  });
});
