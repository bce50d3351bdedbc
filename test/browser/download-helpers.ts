import { expect } from 'chai';
import { until } from './helpers.js';

export type Capture = ReturnType<typeof captureDownloads>;

/** Records the files the page saves: the blob behind each clicked <a download>. */
export function captureDownloads(win: Window & typeof globalThis = window) {
  const blobs = new Map<string, Blob>();
  const files: { name: string; blob: Blob }[] = [];
  const { createObjectURL } = win.URL;
  const { click } = win.HTMLAnchorElement.prototype;
  win.URL.createObjectURL = (b: Blob | MediaSource) => {
    const url = createObjectURL.call(win.URL, b);
    blobs.set(url, b as Blob);
    return url;
  };
  win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) files.push({ name: this.download, blob: blobs.get(this.href)! });
    else click.call(this);
  };
  return {
    files,
    restore() {
      win.URL.createObjectURL = createObjectURL;
      win.HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Opens a chart's download menu and picks `format`; resolves with the menu. */
export async function choose(el: Element, format: string): Promise<HTMLDetailsElement> {
  const root = el.shadowRoot!;
  const menu = root.querySelector<HTMLDetailsElement>('details.downloads')!;
  root.querySelector<HTMLElement>('details.downloads summary')!.click();
  await until(() => menu.open, 'the menu to open');
  root.querySelector<HTMLButtonElement>(`.download-list button[data-format="${format}"]`)!.click();
  return menu;
}

/** Opens a chart's download menu, picks `format`, and resolves with the file it saves. */
export async function download(el: Element, format: 'csv' | 'svg' | 'png', capture: Capture) {
  const before = capture.files.length;
  const menu = await choose(el, format);
  const file = await until(() => capture.files[before], `the ${format} file`);
  expect(menu.open, 'the menu closes after a choice').to.equal(false);
  return file;
}
