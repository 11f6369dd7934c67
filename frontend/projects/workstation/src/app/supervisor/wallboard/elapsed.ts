/** Whole seconds from the ISO instant `since` to `now` (ms), never below zero; `null` without one. */
export function secondsSince(since: string | null, now: number): number | null {
  if (since === null) {
    return null;
  }
  const start = Date.parse(since);
  return isNaN(start) ? null : Math.max(0, Math.floor((now - start) / 1000));
}

/** `m:ss` below an hour, `h:mm:ss` from then on, `–` for no duration. */
export function formatElapsed(seconds: number | null): string {
  if (seconds === null) {
    return '–';
  }
  const s = String(seconds % 60).padStart(2, '0');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    return `${minutes}:${s}`;
  }
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${s}`;
}
