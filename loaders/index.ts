// Loaders: sources (text, HTML, JSON, NDJSON files and directories) → RawArticle values.
// Errors are values (`{ kind: 'rejected', origin, reason }`) so a batch goes on past bad input.

export { loadSources, loadAll, loadFile, eventsFromContent } from './sources.js';
export { articleFromRecord, RECORD_FIELDS, type ArticleRecord } from './record.js';
export { articleFromText, titleFromText, type TextMeta } from './text.js';
export { articleFromHtml, type HtmlOptions } from './html.js';
export { findExcluded, classifyExcluded, type ExcludedSpan } from './clean.js';
export { decodeText, assertText, declaredHtmlCharset, MAX_INPUT_BYTES } from './decode.js';
export { contentId, urlId } from './article-id.js';
export { SUPPORTED_EXTENSIONS, type LoadEvent, type LoadRejection } from './load-event.js';
export { tooLarge, type LoadOptions } from './size-limit.js';
