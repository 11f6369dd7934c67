/** Every frame on a Parley socket is a JSON object with a string `type`. */
export interface Frame {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** The frame in `data`, or `null` when it is not a JSON object with a string `type`. */
export function parseFrame(data: unknown): Frame | null {
  if (typeof data !== 'string') {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(data);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as { type?: unknown }).type === 'string'
    ) {
      return parsed as Frame;
    }
  } catch {
    // Not JSON: dropped like any other malformed frame.
  }
  return null;
}
