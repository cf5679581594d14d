/**
 * `auth.password_check` (request/reply, answered by auth): is this the user's current password? Asked by
 * admin before a user changes the email or phone they log in with. Each check is a throttled password
 * attempt on the account.
 */
export const PASSWORD_CHECK_SUBJECT = "auth.password_check";

export interface PasswordCheckRequest {
  userId: string;
  password: string;
}

export type PasswordCheckReply =
  | { ok: true }
  | { ok: false; code: "BAD_USER_INPUT" | "TOO_MANY_REQUESTS" | "NOT_FOUND"; retryAfterSeconds?: number };
