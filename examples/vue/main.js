// portal-reader in Vue 3: `.prop` passes the article object as a property, `@article-load`
// listens to the element's event, and `isCustomElement` tells Vue these tags are not components.
import { createApp, ref } from 'vue';
import 'portal-reader';
// Any article object; this one is the seed page's (shared with the tests).
import article from '../../test/fixtures/seed-article.json';

const app = createApp({
  setup() {
    const loaded = ref('');
    const level = ref('medium');
    return { article, loaded, level };
  },
  template: `
    <main>
      <article-view
        :article.prop="article"
        @article-load="loaded = $event.detail.article.title"
        @article-error="loaded = 'Error: ' + $event.detail.message"
      >
        <font-size-toggle slot="meta" @font-size-change="level = $event.detail.value"></font-size-toggle>
        <print-close-bar slot="footer"></print-close-bar>
      </article-view>
      <p id="status" role="status">{{ loaded && 'Loaded “' + loaded + '”, text size ' + level }}</p>
    </main>`,
});
app.config.compilerOptions.isCustomElement = tag => tag.includes('-');
app.mount('#app');
