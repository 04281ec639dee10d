// Publication dates: whatever form a page or record gives, stored as an ISO 8601 instant.

/** Parses a date string into ISO 8601 (UTC); null when it is not a date. */
export function normalizeDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1000 && year <= 9999 ? new Date(ms).toISOString() : null;
}
