import { useSyncExternalStore } from 'react';
import { getComfort, setComfort, subscribeComfort, type Comfort } from './preferences';

export function useComfort(): [Comfort, (change: Partial<Comfort>) => void] {
  const comfort = useSyncExternalStore(subscribeComfort, getComfort, getComfort);
  return [comfort, setComfort];
}
