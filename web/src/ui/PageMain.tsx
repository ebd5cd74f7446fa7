import type { ReactNode } from 'react';

/**
 * A page's <main>: the skip link's target (`#main`, focusable but not in the Tab order), so every
 * page gets it the same way.
 */
export function PageMain({ className = '', busy, children }: { className?: string; busy?: boolean; children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className={`page ${className}`.trim()} aria-busy={busy}>
      {children}
    </main>
  );
}
