import { useSyncExternalStore } from 'react';
import { getComfort, SERVER_COMFORT, setComfort, subscribeComfort, type Comfort } from './preferences';

export function useComfort(): [Comfort, (change: Partial<Comfort>) => void] {
  const comfort = useSyncExternalStore(subscribeComfort, getComfort, () => SERVER_COMFORT);
  return [comfort, setComfort];
}
