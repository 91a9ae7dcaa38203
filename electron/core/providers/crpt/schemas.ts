import * as z from 'zod/mini';

/**
 * Every answer of True API and СУЗ is checked against these before use.
 * Loose objects: the stands add fields over time, and an extra field must not break the app.
 * zod/mini: the same checks as zod with a fraction of its load time, so the CLI starts fast.
 */

const text = z.nullish(z.string());
const code = z.nullish(z.union([z.string(), z.number()]));

/** `GET {trueApi}/auth/key` → the challenge to sign. */
export const authKeySchema = z.looseObject({
  uuid: z.string().check(z.minLength(1), z.maxLength(200)),
  data: z.string().check(z.minLength(1), z.maxLength(64 * 1024)),
});
export type AuthKey = z.infer<typeof authKeySchema>;

/** True API error body: `{code, error_message, description}` (sometimes with HTTP 200). */
export const trueApiErrorSchema = z.looseObject({
  code,
  error_message: text,
  description: text,
});
export type TrueApiError = z.infer<typeof trueApiErrorSchema>;

/** `POST {trueApi}/auth/simpleSignIn/{omsConnection}` → `{token}` or an error body. */
export const signInSchema = z.extend(trueApiErrorSchema, {
  token: text,
});

/** `POST {suz}/api/v2/integration/connection` → the registration status. */
export const registrationSchema = z.looseObject({
  status: z.enum(['SUCCESS', 'REJECTED']),
  omsConnection: text,
  name: text,
  rejectionReason: text,
});
export type RegistrationAnswer = z.infer<typeof registrationSchema>;

/** СУЗ error body: `{globalErrors:[{error, errorCode}], fieldErrors:[…], success:false}`. */
export const suzErrorSchema = z.looseObject({
  success: z.nullish(z.boolean()),
  globalErrors: z.nullish(z.array(z.looseObject({ error: text, errorCode: code }))),
  fieldErrors: z.nullish(z.array(z.looseObject({ fieldName: text, fieldError: text, errorCode: code }))),
});
export type SuzError = z.infer<typeof suzErrorSchema>;
