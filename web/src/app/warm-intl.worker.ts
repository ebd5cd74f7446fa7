import { formatDate, formatNumber } from '@kpi/shared';

// A worker of its own (warm-intl-in-worker.ts): the first formatters load ICU's locale data for
// 'vi', and the renderer process shares that data between threads, so the page's main thread finds
// it loaded. The same formatters the app builds first, through the same functions.
formatNumber(0, 'vi');
formatDate('2021-01-15', 'vi');
self.close();
