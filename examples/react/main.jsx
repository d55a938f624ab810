// portal-reader in React 19: React sets objects as properties on custom elements and adds
// listeners for `on<event-name>` props, so the elements need no wrapper.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'portal-reader';
// Any article object; this one is the seed page's (shared with the tests).
import article from '../../test/fixtures/seed-article.json';

function App() {
  const [loaded, setLoaded] = useState('');
  const [level, setLevel] = useState('medium');
  return (
    <main>
      <article-view
        article={article}
        onarticle-load={event => setLoaded(event.detail.article.title)}
        onarticle-error={event => setLoaded(`Error: ${event.detail.message}`)}
      >
        <font-size-toggle slot="meta" onfont-size-change={event => setLevel(event.detail.value)} />
        <print-close-bar slot="footer" />
      </article-view>
      <p id="status" role="status">
        {loaded && `Loaded “${loaded}”, text size ${level}`}
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
