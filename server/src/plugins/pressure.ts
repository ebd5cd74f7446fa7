import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from './errors.js';

export interface PressureOptions {
  /** Mean event-loop delay (ms) past which requests get 503; 0 turns the check off. */
  maxEventLoopDelayMs: number;
  /** V8 heap in use (MB) past which requests get 503; 0 turns the check off. */
  maxHeapUsedMb: number;
  /** How often the loop delay and memory are sampled (ms). */
  sampleIntervalMs?: number;
}

/** under-pressure's 503, in the one error shape (errors.ts answers an HttpError as it is). */
class Overloaded extends HttpError {
  constructor() {
    super(503, 'overloaded', 'The server is overloaded: try again in a few seconds');
  }
}

/**
 * Under overload the server answers 503 at once (with Retry-After) instead of queueing requests
 * until everything times out: a slow event loop or a heap near its limit is checked every second.
 */
export const pressurePlugin = fp(async (app: FastifyInstance, options: PressureOptions) => {
  if (!options.maxEventLoopDelayMs && !options.maxHeapUsedMb) return;
  await app.register(underPressure, {
    ...(options.maxEventLoopDelayMs ? { maxEventLoopDelay: options.maxEventLoopDelayMs } : {}),
    ...(options.maxHeapUsedMb ? { maxHeapUsedBytes: options.maxHeapUsedMb * 1024 * 1024 } : {}),
    // Well above the loop-delay histogram's 10 ms resolution: a sample with no delays reads as infinite.
    sampleInterval: Math.max(100, options.sampleIntervalMs ?? 1000),
    retryAfter: 10,
    customError: Overloaded,
  });
});
