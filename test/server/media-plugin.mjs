// A web-test-runner command that emulates CSS media features, forced-colors included, which
// @web/test-runner-commands' emulateMedia forwards only under Playwright. Uses the Chrome
// DevTools Protocol, so it works where the session is Chromium driven by puppeteer.
export function mediaFeaturesPlugin() {
  // One DevTools session per page: emulation set through one session is not cleared from another.
  const sessions = new WeakMap();
  return {
    name: 'korus-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'korus-media-features') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.target) throw new Error(`media feature emulation needs Chromium (session is ${session.browser.type})`);
      if (!sessions.has(page)) sessions.set(page, await page.target().createCDPSession());
      const cdp = sessions.get(page);
      await cdp.send('Emulation.setEmulatedMedia', {
        features: Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) })),
      });
      return true;
    },
  };
}
