// `executeServerCommand('emulate-forced-colors', { active })`: Windows High Contrast (forced colors)
// for the page, where the engine can emulate it (Chromium, over CDP). @web/test-runner-commands'
// emulateMedia offers it to Playwright only; elsewhere the command answers false and the test skips.
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || /firefox/i.test(session.browser.name ?? '')) return false;
      // Puppeteer's emulateMediaFeatures() refuses forced-colors; the protocol takes it.
      sessions.set(page, sessions.get(page) ?? (await page.createCDPSession()));
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
