import { warmIntl } from './warm-intl';

// A worker of its own (warm-intl-in-worker.ts): ICU's locale data, once loaded here, serves the
// page's main thread too, since the renderer process shares it between threads.
warmIntl();
self.close();
