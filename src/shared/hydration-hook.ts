// Lit's hydration hook on its own, so that hydrate.ts imports it as a local module: bundlers place
// a module's external imports after its local ones, which would load Lit's element class first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
