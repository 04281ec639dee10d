// Deciding what a run of articles does to the store, the pure part of batched ingest: which are
// unchanged, which replace a stored article, and where the run must be cut so that writing it
// at once gives the graph that writing its articles one by one would.

export interface ArticleKeys { id: string; url: string | null; contentHash: string; extractionHash: string }
/** A stored article found by id, URL or content hash of the incoming article `i`. */
export interface Twin { i: number; id: string; url: string | null; contentHash: string; extractionHash: string }

export type Decision =
  | { status: 'unchanged'; articleId: string }
  | { status: 'ingested' }
  | { status: 'replaced'; /** Stored articles this one rewrites (same id or URL). */ replaces: { id: string; keepArticle: boolean }[] };

/**
 * Decides the longest prefix of `articles` that can be written together, given the stored
 * twins of each: the same article stored (same id or URL, same hashes; or the same content
 * under another id when it has no id/URL twin) is unchanged; one with an id/URL twin replaces
 * it. The prefix ends before an article that collides with an earlier one of the prefix (same
 * id, URL or content) or replaces a stored one, unless it is first: the caller writes the
 * prefix and plans the rest again against the store the prefix left.
 */
export function planPrefix(articles: readonly ArticleKeys[], twins: readonly Twin[]): Decision[] {
  const byIndex = new Map<number, Twin[]>();
  for (const t of twins) byIndex.set(t.i, [...(byIndex.get(t.i) ?? []), t]);
  const seen = { ids: new Set<string>(), urls: new Set<string>(), content: new Set<string>() };
  const out: Decision[] = [];
  for (const [i, a] of articles.entries()) {
    const collides = seen.ids.has(a.id) || (a.url !== null && seen.urls.has(a.url)) || seen.content.has(a.contentHash);
    if (i > 0 && collides) break;
    const found = byIndex.get(i) ?? [];
    const self = found.filter((t) => t.id === a.id || (a.url !== null && t.url === a.url));
    const same = self.find((t) => t.contentHash === a.contentHash && t.extractionHash === a.extractionHash)
      ?? (self.length === 0 ? found.find((t) => t.contentHash === a.contentHash) : undefined);
    let decision: Decision;
    if (same) decision = { status: 'unchanged', articleId: same.id };
    else if (self.length > 0) {
      if (i > 0) break;
      decision = { status: 'replaced', replaces: self.map((t) => ({ id: t.id, keepArticle: t.id === a.id })) };
    } else decision = { status: 'ingested' };
    out.push(decision);
    seen.ids.add(a.id);
    if (a.url !== null) seen.urls.add(a.url);
    seen.content.add(a.contentHash);
  }
  return out;
}
