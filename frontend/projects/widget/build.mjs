// Bundles the visitor widget into one classic script, widget.js (`npm run build:widget`).
//
// esbuild (the one @angular/build uses) bundles src/main.ts with Lit, minified, as an IIFE: a
// page loads it with a plain <script async> tag, during which `document.currentScript` is set,
// and its variables stay inside the function instead of becoming the page's globals. The file
// name carries no hash because customers' pages link to it as /widget.js.
//
//   node projects/widget/build.mjs [outfile]
//
// outfile defaults to target/classes/META-INF/resources/widget.js, where the Maven build packs
// it so that the WAR serves it at /widget.js. The build fails when the file is over its budget.
// The demo customer page, demo/index.html, is copied next to it as demo/index.html (served at
// /demo/), where it loads widget.js from the other origin of the same machine.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const projectDir = dirname(fileURLToPath(import.meta.url));
const workspaceDir = join(projectDir, '..', '..');

/** Gzipped (level 9) size the widget may not exceed; see docs/adr/0012-frontend-workspace.md. */
export const GZIP_BUDGET_BYTES = 60 * 1024;

/** Frameworks that must never reach the widget (Angular alone is several times the budget). */
const FORBIDDEN = /^(@angular\/|rxjs|zone\.js)/;

const noFrameworks = {
  name: 'parley-no-frameworks',
  setup(bundle) {
    bundle.onResolve({ filter: FORBIDDEN }, (args) => ({
      errors: [
        {
          text: `"${args.path}" must not be part of the widget bundle`,
          detail: `imported by ${relative(workspaceDir, args.importer)}`,
        },
      ],
    }));
  },
};

/** esbuild options for the widget bundle; `outfile` may be left out to build in memory. */
export function widgetBuildOptions(outfile) {
  return {
    absWorkingDir: projectDir,
    entryPoints: ['src/main.ts'],
    tsconfig: 'tsconfig.app.json',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Lit's BSD-3-Clause notices stay in the file, at its end.
    legalComments: 'eof',
    charset: 'utf8',
    plugins: [noFrameworks],
    logLevel: 'warning',
    ...(outfile ? { outfile } : { write: false, outdir: 'out' }),
  };
}

/** Bundles the widget in memory and returns its code. */
export async function bundleWidget() {
  const result = await build(widgetBuildOptions());
  return result.outputFiles[0].text;
}

if (import.meta.main) {
  const outfile = join(
    workspaceDir,
    process.argv[2] ?? 'target/classes/META-INF/resources/widget.js',
  );
  await build(widgetBuildOptions(outfile));
  const bytes = readFileSync(outfile);
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const kb = (size) => `${(size / 1024).toFixed(1)} KB`;
  console.log(
    `${relative(workspaceDir, outfile)}: ${kb(bytes.length)}, ${kb(gzipped)} gzipped` +
      ` (budget ${kb(GZIP_BUDGET_BYTES)})`,
  );
  if (gzipped > GZIP_BUDGET_BYTES) {
    console.error(`The widget is over its budget by ${gzipped - GZIP_BUDGET_BYTES} bytes.`);
    process.exitCode = 1;
  }
  const demo = join(dirname(outfile), 'demo', 'index.html');
  mkdirSync(dirname(demo), { recursive: true });
  copyFileSync(join(projectDir, 'demo', 'index.html'), demo);
  console.log(`${relative(workspaceDir, demo)}: the demo customer page`);
}
