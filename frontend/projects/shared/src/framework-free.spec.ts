/// <reference types="vite/client" />

/**
 * The visitor widget bundles whatever it imports from here, and must stay small (see
 * `docs/adr/0012-frontend-workspace.md`): no module of the shared library may import Angular,
 * RxJS or any other framework. Framework glue lives in the project that uses it (e.g. the
 * workstation's `RealtimeClient` turns the socket's status into a signal).
 */
const sources = import.meta.glob<string>(['./**/*.ts', '!./**/*.spec.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `from '…'`, `import '…'` and `import('…')` of a framework package. */
const FRAMEWORKS = /\b(?:from|import)\s*\(?\s*['"](?:@angular\/|rxjs|zone\.js|lit)/;

describe('the shared library', () => {
  it('has sources to check', () => {
    expect(Object.keys(sources)).toContain('./realtime/reconnecting-socket.ts');
  });

  it('imports no framework', () => {
    const offenders = Object.entries(sources)
      .filter(([, text]) => FRAMEWORKS.test(text))
      .map(([file]) => file);

    expect(offenders).toEqual([]);
  });
});
