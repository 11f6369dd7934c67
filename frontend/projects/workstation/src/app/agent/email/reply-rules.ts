/** Pure rules of the reply composer. */

/** `local@domain.tld`, without spaces, brackets or anything that could end a header line. */
const ADDRESS = /^[^\s@,;<>()"[\]\\]+@[^\s@,;<>()"[\]\\.]+(\.[^\s@,;<>()"[\]\\.]+)+$/u;

export interface CcAddresses {
  readonly addresses: readonly string[];
  /** What was typed between commas that is not an address. */
  readonly invalid: readonly string[];
}

/** The Cc field read as comma-separated addresses (blank entries ignored). */
export function parseCc(value: string): CcAddresses {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return {
    addresses: entries.filter((entry) => ADDRESS.test(entry)),
    invalid: entries.filter((entry) => !ADDRESS.test(entry)),
  };
}

/** What the server puts below the reply with `quote: true`: each line after `> `. */
export function quoted(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** `text` with `inserted` put in place of its selection from `start` to `end`. */
export function insertAt(text: string, inserted: string, start: number, end: number): string {
  return text.slice(0, start) + inserted + text.slice(end);
}
