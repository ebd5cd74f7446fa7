/**
 * Night mode and text size: read from and written to localStorage, applied as attributes on
 * <html> (`data-theme`, `data-text-size`) that tokens.css and comfort.css hang off. main.tsx
 * applies them before React renders, so the first paint already has them, with no inline script
 * (the coming CSP forbids one).
 */
export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const textSizes = ['small', 'normal', 'large'] as const;
export type TextSize = (typeof textSizes)[number];

export const THEME_STORAGE_KEY = 'kpi.theme';
export const TEXT_SIZE_STORAGE_KEY = 'kpi.textSize';

export interface Comfort {
  theme: Theme;
  textSize: TextSize;
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage can be disabled (kiosk profiles, private windows)
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // The choice still holds for this page; it just isn't remembered.
  }
}

const isTheme = (v: string | null): v is Theme => themes.includes(v as Theme);
const isTextSize = (v: string | null): v is TextSize => textSizes.includes(v as TextSize);

/** The system's preference stands until the reader picks a theme here. */
function systemTheme(): Theme {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** What the reader chose, or the defaults: the system's colour scheme, normal text. */
export function readComfort(): Comfort {
  const theme = read(THEME_STORAGE_KEY);
  const textSize = read(TEXT_SIZE_STORAGE_KEY);
  return { theme: isTheme(theme) ? theme : systemTheme(), textSize: isTextSize(textSize) ? textSize : 'normal' };
}

export function applyComfort({ theme, textSize }: Comfort, html: HTMLElement = document.documentElement): void {
  html.setAttribute('data-theme', theme);
  html.setAttribute('data-text-size', textSize);
}

// A tiny store so every control (and anything else) sees the same choice at once.
let current: Comfort | null = null;
const listeners = new Set<() => void>();

/**
 * What the server renders with (it cannot read the reader's storage): the hydrating client renders
 * this too, so the markup matches, then React renders again with the reader's own choice.
 */
export const SERVER_COMFORT: Comfort = { theme: 'light', textSize: 'normal' };

export function getComfort(): Comfort {
  current ??= readComfort();
  return current;
}

export function subscribeComfort(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Applies, remembers and announces a change. */
export function setComfort(change: Partial<Comfort>): void {
  const next = { ...getComfort(), ...change };
  current = next;
  if (change.theme) write(THEME_STORAGE_KEY, change.theme);
  if (change.textSize) write(TEXT_SIZE_STORAGE_KEY, change.textSize);
  applyComfort(next);
  for (const listener of listeners) listener();
}

/** Reads storage afresh (tests, and the first call in main.tsx) and applies it. */
export function initComfort(): Comfort {
  current = readComfort();
  applyComfort(current);
  return current;
}
