import { createContext, type ReactNode } from 'react';
import type { User } from '@kpi/shared';

/** What the header shows only to a signed-in user. */
export interface SignedInSlots {
  /** The work links (StaffLinks) for `user`'s role; `search` is the year and language to keep. */
  links: (props: { user: User; search: string }) => ReactNode;
  /** " · Phường Tam Thanh" beside a commune user's name (OwnUnitName). */
  ownUnit: (unit: string) => ReactNode;
  /** The sign-out button (SignOutButton). */
  signOut: () => ReactNode;
}

/**
 * The header's signed-in parts, handed down by app/App.tsx, which imports them lazily with the
 * inbox's pages: one import in the chunk that already lists the lazy pages, rather than a list of
 * files in the header's own chunk, which the overview's first load (tests/budget) carries.
 */
export const StaffLinksSlot = createContext<SignedInSlots | null>(null);
