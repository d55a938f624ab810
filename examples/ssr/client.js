// Instead of `import 'portal-reader'` on server-rendered pages: the same elements, plus hydration.
import 'portal-reader/hydrate.js';
