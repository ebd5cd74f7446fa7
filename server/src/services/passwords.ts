import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt from node:crypto. Parameters travel with the hash
 * (`scrypt$N$r$p$salt$hash`), so they can be raised without breaking old hashes: a sign-in with a
 * hash made with other parameters stores a new one (see `needsRehash`).
 */
export interface ScryptParams {
  /** CPU and memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP's Password Storage Cheat Sheet's first choice for scrypt: N = 2^17, r = 8, p = 1. Each hash
 * takes 128 MiB and 0.8–1 s of CPU on the 2-core test machine (`bench:passwords`); node:crypto's
 * async scrypt runs on libuv's thread pool, so the event loop stays free meanwhile.
 */
export const OWASP_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

const KEY_LENGTH = 32;
/** scrypt needs 128·N·r·p bytes; OpenSSL counts a few blocks more, and refuses anything past maxmem. */
const MAXMEM_HEADROOM = 1024 * 1024;
/** Stored hashes whose parameters ask for more than this are refused unread, not allocated. */
const MAX_MEMORY = 1024 * 1024 * 1024;

const memoryOf = ({ N, r, p }: ScryptParams) => 128 * N * r * p;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: memoryOf(params) + MAXMEM_HEADROOM };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))));
}

function format(params: ScryptParams, salt: Buffer, key: Buffer): string {
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface StoredHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

const isPowerOfTwo = (n: number) => Number.isInteger(n) && n > 1 && (n & (n - 1)) === 0;
const small = (n: number) => Number.isInteger(n) && n >= 1 && n <= 64;

/** The parts of `scrypt$N$r$p$salt$hash`, or null for anything else (or parameters no hash of ours has). */
function parse(stored: string): StoredHash | null {
  const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key || rest.length > 0) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (!isPowerOfTwo(params.N) || !small(params.r) || !small(params.p) || memoryOf(params) > MAX_MEMORY) return null;
  return { params, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

export async function hashPassword(password: string, params: ScryptParams = OWASP_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  return format(params, salt, await derive(password, salt, params));
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const hash = parse(stored);
  if (!hash) return false;
  const key = await derive(password, hash.salt, hash.params);
  return key.length === hash.key.length && timingSafeEqual(key, hash.key);
}

/** Whether `stored` was made with parameters other than `params` (weaker or merely different): hash again at the next sign-in. */
export function needsRehash(stored: string, params: ScryptParams = OWASP_SCRYPT): boolean {
  const hash = parse(stored);
  return !hash || hash.params.N !== params.N || hash.params.r !== params.r || hash.params.p !== params.p;
}

/**
 * A hash that matches no password, verified against when a username is unknown: with the same
 * parameters as new hashes, an unknown user costs the same time as a known one.
 */
export function dummyHash(params: ScryptParams = OWASP_SCRYPT): string {
  return format(params, Buffer.alloc(16), Buffer.alloc(KEY_LENGTH));
}

export const DUMMY_HASH = dummyHash();

/** The hashing the app uses, at one set of parameters (OWASP's unless a test asks for a cheaper cost). */
export interface PasswordHasher {
  readonly params: ScryptParams;
  readonly dummyHash: string;
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  needsRehash(stored: string): boolean;
}

export function passwordHasher(params: ScryptParams = OWASP_SCRYPT): PasswordHasher {
  return {
    params,
    dummyHash: dummyHash(params),
    hash: (password) => hashPassword(password, params),
    verify: verifyPassword,
    needsRehash: (stored) => needsRehash(stored, params),
  };
}

export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
