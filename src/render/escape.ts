/**
 * Characters XML 1.0 does not allow at all, not even as references: C0 controls other than tab,
 * line feed and carriage return, U+FFFE, U+FFFF and surrogates not in a pair. One of them (a
 * title of "\u0001", say) makes an SVG file unreadable, so they are left out of what is written.
 */
const NOT_XML =
  /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text and attribute values alike: &, <, > and ", and drops what XML cannot hold (NOT_XML). */
export const escape = (s: string): string =>
  s.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
