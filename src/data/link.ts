/**
 * Whether a URL from a page or a user (the `src` attribute, the renderer's `source`) may become a
 * link: only http:, https: and relative URLs. javascript:, data:, blob:, file:, mailto: and every
 * other scheme stay plain text. The scheme is read as a browser reads an href's (URL Standard,
 * "scheme start state"): leading spaces and controls are skipped and tabs and newlines anywhere
 * are ignored, so " java\tscript:" is javascript:; a colon after a "/", "?" or "#" starts no scheme.
 */
export function linkable(url: string): boolean {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/^[\0- ]+|[\t\n\r]/g, ''));
  return !scheme || /^https?$/i.test(scheme[1]);
}

/**
 * Whether a source written by a person (the renderer's `source`, shown in a file that may be
 * published anywhere) names an address: linkable, and an absolute http(s) URL or a path (a "/" or
 * a "." and no spaces). "Korea Customs Service" or "KCS" is a name, shown as text, not a link.
 */
export function addressLike(text: string): boolean {
  const t = text.trim();
  return linkable(t) && !/\s/.test(t) && (/^https?:/i.test(t) || /[/.]/.test(t));
}
