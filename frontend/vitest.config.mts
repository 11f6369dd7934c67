import { defineConfig } from 'vitest/config';

/**
 * Vitest for the framework-free projects: the shared library and the visitor widget. (The
 * workstation's specs run through `ng test workstation`, which compiles them with Angular.)
 * `@parley/shared` resolves from source through the paths in tsconfig.json.
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          root: 'projects/shared',
          environment: 'jsdom',
          globals: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'widget',
          root: 'projects/widget',
          environment: 'jsdom',
          globals: true,
          // Bundles widget.js once, for src/main.spec.ts.
          globalSetup: ['bundle-setup.mjs'],
        },
      },
    ],
  },
});
