// A web-test-runner command that emulates CSS media features, forced-colors included, which
// @web/test-runner-commands' emulateMedia forwards only under Playwright. Uses the Chrome
// DevTools Protocol, so it works where the session is Chromium driven by puppeteer.
export function mediaFeaturesPlugin() {
  return {
    name: 'korus-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'korus-media-features') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.target) throw new Error(`media feature emulation needs Chromium (session is ${session.browser.type})`);
      const cdp = await page.target().createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) })),
      });
      return true;
    },
  };
}
