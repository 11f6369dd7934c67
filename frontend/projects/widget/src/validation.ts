/** Checks of what visitors type into forms, with the messages the forms show. */

export const NAME_MAX = 100;
export const COMMENT_MAX = 1000;
/**
 * Longest message the composer takes. The server closes the socket on frames above 16 KiB
 * (close code 1009); 4,000 characters stay below that even when every one needs 3 bytes.
 */
export const MESSAGE_MAX = 4000;

/** `x@y.z`: something, an @, something, a dot, something; no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** The problem with an e-mail field's `value`, or null. */
export function emailProblem(value: string, required: boolean): string | null {
  if (!value) {
    return required ? 'Please enter your e-mail address.' : null;
  }
  return looksLikeEmail(value) ? null : 'Please enter an e-mail address like name@example.com.';
}

/** The problem with a name field's `value`, or null. */
export function nameProblem(value: string, required: boolean): string | null {
  if (!value) {
    return required ? 'Please enter your name.' : null;
  }
  return value.length > NAME_MAX ? `Please use at most ${NAME_MAX} characters.` : null;
}

/** The problem with a required free text of at most `max` characters, or null. */
export function textProblem(value: string, required: boolean, max: number): string | null {
  if (!value) {
    return required ? 'Please write a message.' : null;
  }
  return value.length > max ? `Please use at most ${max} characters.` : null;
}
