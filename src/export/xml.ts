// Escaping for XML text and attribute values, dropping characters XML 1.0 cannot carry.

const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Safe inside element text and double- or single-quoted attributes. */
export function escapeXml(value: string | number): string {
  return String(value).replace(INVALID, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
