import { roles } from '../constants.js';
import { mailPreferencesSchema } from './mail.js';
import { orgUnitCodeSchema } from './org-unit.js';
import { z } from './zod.js';

export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, 'username-format');

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const newPasswordSchema = z.string().min(10, 'password-too-short').max(200, 'password-too-long');

export const loginBodySchema = z.object({
  username: z.string().trim().toLowerCase().min(1, 'required').max(64),
  password: z.string().min(1, 'required').max(200),
});

export const userSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  /**
   * A commune user: the commune or ward (its code) this analyst enters figures, comments and imports
   * for, and no other. Null for everyone else, who work for the whole province.
   */
  unit: z.string().nullable(),
  disabled: z.boolean(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const meSchema = z.object({ user: userSchema });
export type Me = z.infer<typeof meSchema>;
/** GET /api/auth/me: `user` is null when nobody is signed in (an answer, not an error). */
export const sessionSchema = z.object({ user: userSchema.nullable() });
export type Session = z.infer<typeof sessionSchema>;
/**
 * An account as its admin sees it: the user, and where its sign-in lockout stands (the back-off
 * after a few failures in a row, then the lock; docs/operations.md).
 */
export const accountSchema = userSchema.extend({
  /** Sign-ins that failed in a row since the last success or unlock. */
  failedSignIns: z.number().int().min(0),
  /** Until when sign-in is refused; null when it is not (never locked, or the time has passed). */
  lockedUntil: z.iso.datetime().nullable(),
  /** Where the account's mail goes and which kinds it wants (admins set the address too). */
  mail: mailPreferencesSchema,
});
export type Account = z.infer<typeof accountSchema>;
export const userListSchema = z.object({ users: z.array(accountSchema) });
export type UserList = z.infer<typeof userListSchema>;

/** Only an analyst account can be limited to one unit (a commune user); null or absent: the whole province. */
const userUnitSchema = orgUnitCodeSchema.nullable();

export const createUserBodySchema = z.object({
  username: usernameSchema,
  password: newPasswordSchema,
  role: roleSchema,
  displayName: z.string().trim().min(1, 'required').max(100),
  unit: userUnitSchema.optional(),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

/** The account's `version` as the caller saw it: a stale one is refused (409), like every other change. */
const accountVersionSchema = z.number().int().min(1);

export const updateUserBodySchema = z
  .object({
    version: accountVersionSchema,
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
    displayName: z.string().trim().min(1, 'required').max(100).optional(),
    unit: userUnitSchema.optional(),
  })
  .refine((b) => b.role !== undefined || b.disabled !== undefined || b.displayName !== undefined || b.unit !== undefined, {
    message: 'nothing-to-change',
    path: ['role'],
  });

export const resetPasswordBodySchema = z.object({ password: newPasswordSchema, version: accountVersionSchema });
export type ResetPasswordBody = z.infer<typeof resetPasswordBodySchema>;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, 'required').max(200),
  newPassword: newPasswordSchema,
  version: accountVersionSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

export const usernameParamsSchema = z.object({ username: usernameSchema });
