// Line-level patterns for page furniture that is not the article: teasers for other stories,
// comment forms, share and cookie notices, newsletter prompts. Data, read by clean.ts.

export type BoilerplateKind = 'teaser' | 'comment-form' | 'share' | 'cookie' | 'newsletter' | 'byline' | 'furniture';

export interface BoilerplateRule {
  kind: BoilerplateKind;
  /** Tested against one trimmed line. */
  pattern: RegExp;
  /** Lines longer than this are prose, never furniture, whatever they start with. */
  maxLength: number;
}

const SEP = String.raw`\s*(?:[:|»›>\-–—]|$)`;
const CREDIT = '(?:[Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Rr]esearch';

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { kind: 'teaser', maxLength: 400, pattern: /^(?:see also|read (?:more|also|next)|also read|more on this(?: story)?|you (?:may|might) also (?:like|be interested in)|don[’']?t miss|must read|editor[’']?s picks?|recommended (?:for you|reading|stories|articles))\b/i },
  { kind: 'teaser', maxLength: 400, pattern: new RegExp(String.raw`^(?:related(?: stories| articles| coverage| content| news| reading| topics| links)?|more (?:stories|news|from [^:]{1,40})|trending(?: now)?|most (?:read|popular|viewed)|popular(?: now)?|watch(?: now| video)?|listen(?: now)?|top stories|latest news|further reading|recommended)${SEP}`, 'i') },
  { kind: 'comment-form', maxLength: 300, pattern: /your email address will not be published|required fields are marked|save my name,? email,? and website|you must be (?:logged|signed) in to post a comment|this site uses akismet|notify me of (?:follow-up comments|new posts)/i },
  { kind: 'comment-form', maxLength: 60, pattern: /^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)|\d+ (?:comments?|responses?|replies)|comments?(?: \(\d+\))?|show comments|view comments|cancel reply|post comment|submit comment|(?:name|e-?mail|website|comment)\s*\*?)\s*[:.]?$/i },
  { kind: 'share', maxLength: 200, pattern: /^(?:share (?:this|on|via|the|article|story|page)\b|click (?:here )?to (?:share|print|email)\b|follow us on\b|copy link\b)/i },
  { kind: 'share', maxLength: 120, pattern: /^(?:share|tweet|e-?mail|print|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest|copy link|comments?)(?:\s*[|·•/,]?\s*(?:share|tweet|e-?mail|print|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest|copy link|comments?))*\s*$/i },
  { kind: 'cookie', maxLength: 600, pattern: /\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site\b|^(?:accept|reject|manage) (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b/i },
  { kind: 'newsletter', maxLength: 300, pattern: /\b(?:sign up|subscribe|register) (?:for|to) (?:our|the|a) (?:free )?[\w\s’'-]{0,40}newsletters?\b|^get (?:the latest|our) .{0,80}\b(?:in|to) your inbox\b|\benter your e-?mail(?: address)?\b|^newsletters?\b|^(?:subscribe|sign up)(?: now| today| here)?\s*[.!:]?$/i },
  { kind: 'byline', maxLength: 100, pattern: /^[Bb]y\s+\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|and|&|,|de|van|von|al|bin))*\s*(?:[,|·•–—-]\s*\p{Lu}[\p{L} ’'-]{0,40})?$/u },
  { kind: 'furniture', maxLength: 80, pattern: /^(?:(?:published|updated|posted|last updated)\b[:\s]*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\.?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s+[a-z]{2,5})?\s*$/i },
  { kind: 'byline', maxLength: 250, pattern: new RegExp(String.raw`^\(?(?:${CREDIT}) by \p{Lu}[^.!?]*(?:[;,] *(?:${CREDIT}) by \p{Lu}[^.!?]*)*\)?\.?$`, 'u') },
  { kind: 'furniture', maxLength: 250, pattern: /^(?:advertisement|advert|sponsored(?: content)?|all rights reserved\b|copyright\b|©|skip to (?:main )?content\b|(?:photo|image|picture|video)(?: credit| caption)?\s*[:|]|(?:click|tap) here to\b)/i },
];

/**
 * A heading that opens a comment section. When it sits in the last part of the text, it and
 * everything after it are excluded (readers' comments are not the article).
 */
export const COMMENT_SECTION_HEADING =
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)|\d+ (?:comments?|responses?)|comments?(?: \(\d+\))?|reader comments)\s*[:.]?$/i;

/** Share of the text (from the start) before which a comment heading excludes only itself. */
export const COMMENT_SECTION_MIN_POSITION = 0.5;
