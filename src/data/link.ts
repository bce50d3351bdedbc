/**
 * Whether a URL from a page or a user (the `src` attribute, the renderer's `source`) may become a
 * link: only http:, https: and relative URLs. javascript:, data:, blob:, file: and anything that
 * does not parse stay plain text. The URL is parsed as a browser parses an href (tabs and newlines
 * removed, leading spaces and controls trimmed), so "java\tscript:" counts as javascript:.
 */
export function linkable(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, 'http://x/').protocol);
  } catch {
    return false;
  }
}
