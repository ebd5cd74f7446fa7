import { roles } from '../constants.js';
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
  disabled: z.boolean(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const meSchema = z.object({ user: userSchema });
export type Me = z.infer<typeof meSchema>;
/** GET /api/auth/me: `user` is null when nobody is signed in (an answer, not an error). */
export const sessionSchema = z.object({ user: userSchema.nullable() });
export type Session = z.infer<typeof sessionSchema>;
export const userListSchema = z.object({ users: z.array(userSchema) });
export type UserList = z.infer<typeof userListSchema>;

export const createUserBodySchema = z.object({
  username: usernameSchema,
  password: newPasswordSchema,
  role: roleSchema,
  displayName: z.string().trim().min(1, 'required').max(100),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z
  .object({
    version: z.number().int().min(1),
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
    displayName: z.string().trim().min(1, 'required').max(100).optional(),
  })
  .refine((b) => b.role !== undefined || b.disabled !== undefined || b.displayName !== undefined, {
    message: 'nothing-to-change',
    path: ['role'],
  });

export const resetPasswordBodySchema = z.object({ password: newPasswordSchema });

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, 'required').max(200),
  newPassword: newPasswordSchema,
});

export const usernameParamsSchema = z.object({ username: usernameSchema });
