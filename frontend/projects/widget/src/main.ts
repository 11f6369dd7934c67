import { defineParleyWidget, mountFromScript, ownScript } from './mount';

// The bundle's entry: what runs when a page loads
// <script src="https://parley.example/widget.js" data-entry-point="support" async></script>.
// `document.currentScript` is only set while this runs, so read it first.
const script = ownScript(document);
defineParleyWidget();
mountFromScript(script, document);
