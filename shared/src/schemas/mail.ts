import { z } from './zod.js';

/**
 * An e-mail address, or null for none. An empty field means "no address" rather than a bad one,
 * so a form can clear it; anything else must look like an address (`email-format`). Not trimmed
 * here: a form trims before sending, and the API refuses spaces rather than guessing.
 */
export const emailAddressSchema = z
  .union([z.literal(''), z.email('email-format').max(254, 'email-format')])
  .nullable()
  .transform((v) => (v ? v : null));

/** Who receives what: the address, and whether the daily digest and the immediate notices go to it. */
export const mailPreferencesSchema = z.object({
  email: z.string().nullable(),
  /** The daily digest of what waits for this user (MAIL_DIGEST_HOUR, Vietnam time). */
  dailyDigest: z.boolean(),
  /** A message at once when a draft of theirs is returned or a status turns off track. */
  immediateNotices: z.boolean(),
});
export type MailPreferences = z.infer<typeof mailPreferencesSchema>;

/** The signed-in user's own preferences, with whether the server sends mail at all. */
export const myMailSchema = mailPreferencesSchema.extend({ mailConfigured: z.boolean(), version: z.number().int() });
export type MyMail = z.infer<typeof myMailSchema>;

/** A change of preferences, by the user or an admin, at the account version the caller saw. */
export const mailPreferencesBodySchema = z.object({
  version: z.number().int().min(1),
  email: emailAddressSchema,
  dailyDigest: z.boolean(),
  immediateNotices: z.boolean(),
});
export type MailPreferencesBody = z.infer<typeof mailPreferencesBodySchema>;

export const mailKinds = ['draft-returned', 'off-track', 'screen-dark', 'digest', 'test'] as const;
export const mailKindSchema = z.enum(mailKinds);
export type MailKind = z.infer<typeof mailKindSchema>;

/** A message that is not delivered yet and has failed at least once, or that was given up on. */
export const mailProblemSchema = z.object({
  id: z.number().int(),
  recipient: z.string(),
  subject: z.string(),
  kind: mailKindSchema,
  createdAt: z.iso.datetime(),
  attempts: z.number().int(),
  lastError: z.string(),
  /** When it is tried again; null once it was given up (`failedAt`). */
  nextAttemptAt: z.iso.datetime().nullable(),
  failedAt: z.iso.datetime().nullable(),
});
export type MailProblem = z.infer<typeof mailProblemSchema>;

/** GET /api/mail/status: the admin's view of the mail settings and the outbox. */
export const mailStatusSchema = z.object({
  /** SMTP_URL is set; when false nothing is queued or sent. */
  configured: z.boolean(),
  /** The setting it came from and the server, without the password (`smtp://kpi@mail.example:587`). */
  setting: z.literal('SMTP_URL'),
  server: z.string().nullable(),
  from: z.string().nullable(),
  /** Local hour of the daily digest, Vietnam time. */
  digestHour: z.number().int().min(0).max(23),
  queued: z.number().int(),
  sentLastDay: z.number().int(),
  failed: z.number().int(),
  /** Newest first: messages still being retried after a failure, and those given up on. */
  problems: z.array(mailProblemSchema),
});
export type MailStatus = z.infer<typeof mailStatusSchema>;

export const mailTestResultSchema = z.object({ recipient: z.string() });
