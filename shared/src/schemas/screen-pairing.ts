import { z } from './zod.js';

/**
 * The letters a pairing code is made of: no 0/O, 1/I/L, which read alike across a room or on a TV.
 * 31 characters, 7 of them: about 2.8 × 10^10 codes, against a few guesses an admin's account may
 * make in a code's ten minutes before it is locked out.
 */
export const PAIRING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const PAIRING_CODE_LENGTH = 7;
/** How long a code shown on a device may be claimed. */
export const PAIRING_MINUTES = 10;

/** What a person typed, as the code is stored: capitals, without the dash, spaces or other separators. */
export const normalizePairingCode = (typed: string) => typed.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** `K7P4QXM` → `K7P-4QXM`: two groups, easier to read out across a room. */
export const formatPairingCode = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

const codeShape = new RegExp(`^[${PAIRING_ALPHABET}]{${PAIRING_CODE_LENGTH}}$`);

/** A code as an admin types it: any case, with or without its dash; stored normalised. */
export const pairingCodeSchema = z
  .string()
  .max(40, 'pairing-code-format')
  .transform(normalizePairingCode)
  .refine((code) => codeShape.test(code), 'pairing-code-format');

/** The device's answer to "give me a code": the code to show and a secret that only it holds. */
export const screenPairingIssuedSchema = z.object({
  /** As shown: `K7P-4QXM`. */
  code: z.string(),
  /** Sent back with each poll (header `x-pairing-secret`); never shown. */
  secret: z.string(),
  expiresAt: z.iso.datetime(),
});
export type ScreenPairingIssued = z.infer<typeof screenPairingIssuedSchema>;

/** A poll: still waiting for an admin, or paired, with the screen's token handed over this once. */
export const screenPairingStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('waiting'), expiresAt: z.iso.datetime() }),
  z.object({ state: z.literal('paired'), screenId: z.number().int(), token: z.string() }),
]);
export type ScreenPairingState = z.infer<typeof screenPairingStateSchema>;

export const pairingSecretHeadersSchema = z.object({ 'x-pairing-secret': z.string().min(1, 'required').max(200) });

/** An admin pairs a device with a screen: the code it shows. */
export const pairScreenBodySchema = z.object({ code: pairingCodeSchema });
export type PairScreenBody = z.input<typeof pairScreenBodySchema>;
