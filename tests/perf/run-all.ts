// Every benchmark of the project, one after the other. Run after `pnpm build`: `pnpm bench`.
import { benchApi } from './api-throughput.js';
import { printBundleSizes } from './bundle-size.js';

printBundleSizes();
await benchApi();
