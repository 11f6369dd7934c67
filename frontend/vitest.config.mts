import { defineConfig } from 'vitest/config';

/**
 * Vitest for the framework-free projects: the shared library. (The
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
    ],
  },
});
