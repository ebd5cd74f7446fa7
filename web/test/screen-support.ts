import type { DashboardFigure, ScreenContent, ScreenSettings } from '@kpi/shared';
import { vi } from 'vitest';
import { catalogue, dashboardFor } from './fixture';

/**
 * A stand-in for the browser's EventSource: tests open, fail and send events by hand, and see every
 * instance ever made (to check that a reconnection closed the previous one).
 */
export class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readonly url: string;
  closed = false;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly #listeners = new Map<string, Set<(event: Event) => void>>();

  constructor(url: string | URL) {
    this.url = String(url);
    FakeEventSource.instances.push(this);
  }

  /** The one that is open now (the last made, if not closed). */
  static get current(): FakeEventSource | undefined {
    const last = FakeEventSource.instances.at(-1);
    return last && !last.closed ? last : undefined;
  }

  static open(): FakeEventSource[] {
    return FakeEventSource.instances.filter((source) => !source.closed);
  }

  addEventListener(type: string, listener: (event: Event) => void) {
    let set = this.#listeners.get(type);
    if (!set) this.#listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  removeEventListener(type: string, listener: (event: Event) => void) {
    this.#listeners.get(type)?.delete(listener);
  }

  close() {
    this.closed = true;
  }

  /** The connection opened and the server said hello. */
  connect(dataVersion = 1) {
    this.onopen?.(new Event('open'));
    this.emit('hello', { dataVersion });
  }

  emit(type: string, data: unknown) {
    const event = new MessageEvent(type, { data: JSON.stringify(data) });
    for (const listener of this.#listeners.get(type) ?? []) listener(event);
  }

  fail() {
    this.onerror?.(new Event('error'));
  }
}

export function stubEventSource() {
  FakeEventSource.instances = [];
  vi.stubGlobal('EventSource', FakeEventSource);
}

const settings: ScreenSettings = {
  name: 'Phòng họp tầng 2',
  language: 'vi',
  theme: 'night',
  secondsPerSlide: 10,
  playlist: [{ type: 'headline' }, { type: 'group', group: 'e-government' }, { type: 'indicator', code: 'egov-rank' }],
  year: null,
  schedule: [],
  outsideSchedule: 'playlist',
};

/** What `/api/screens/7/content` answers: the fixture's 2020 overview, figures approved on 16/01/2021. */
export function screenContent(
  change: {
    screen?: Partial<ScreenSettings>;
    dataVersion?: number;
    figure?: (figure: DashboardFigure) => DashboardFigure;
    units?: ScreenContent['units'];
  } = {},
): ScreenContent {
  const dashboard = dashboardFor(2020);
  const approved = (figure: DashboardFigure | null) => (figure ? (change.figure ?? ((f) => f))({ ...figure, approvedAt: '2021-01-16T02:30:00.000Z' }) : null);
  return {
    screen: { id: 7, ...settings, ...change.screen },
    dashboard: { ...dashboard, cards: dashboard.cards.map((card) => ({ ...card, figure: approved(card.figure) })) },
    catalogue,
    units: change.units ?? {},
    dataVersion: change.dataVersion ?? 1,
  };
}

export const SCREEN_URL = '/screen/7?token=secret-token';
export const CONTENT_PATH = '/api/screens/7/content';
