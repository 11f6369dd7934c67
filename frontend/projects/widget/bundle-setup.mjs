// Vitest global setup of the widget project: bundles widget.js in memory, exactly as
// `npm run build:widget` does, so that src/main.spec.ts can run the real file in a page.
import { bundleWidget } from './build.mjs';

export default async function setup(project) {
  project.provide('widgetBundle', await bundleWidget());
}
