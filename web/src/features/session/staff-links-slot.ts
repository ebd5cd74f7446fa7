import { createContext, type ReactNode } from 'react';
import type { User } from '@kpi/shared';

/**
 * The header's signed-in links (StaffLinks), handed down by app/App.tsx, which imports them lazily
 * with the inbox's pages: one import in the chunk that already lists the lazy pages, rather than
 * a list of files in the header's own chunk, which the overview's first load (tests/budget) carries.
 */
export const StaffLinksSlot = createContext<((props: { user: User; search: string }) => ReactNode) | null>(null);
