// Words that head a title-like label before a colon ("Update: …", "Watch: …", "CORRECTION: …"),
// not a speaker: shared by headline colon cues and transcript turns.

/** Lower-case first words of labels that name no speaker. */
export const LABELS = new Set([
  'update', 'updated', 'watch', 'video', 'exclusive', 'breaking', 'live', 'photos', 'photo', 'listen', 'read', 'note',
  'editor', "editor's", 'editors', 'q', 'a', 'the', 'why', 'how', 'what', 'when', 'where', 'who', 'here', 'this', 'analysis',
  'opinion', 'commentary', 'transcript', 'full', 'related', 'source', 'sources', 'more', 'see', 'also', 'via', 'credit',
  'by', 'subscribe', 'follow', 'click', 'tags', 'topics', 'fact', 'check', 'recap', 'review', 'report', 'contributing',
  'correction', 'clarification', 'plus', 'question', 'answer', 'revealed', 'wow', 'hey', 'look', 'busted', 'boom', 'paid',
  'letter', 'letters', 'editorial', 'obituary', 'explainer', 'podcast', 'verdict',
  // Section labels of a briefing ("Why it matters:", "Driving the news:", "Between the lines:").
  'driving', 'between', 'zoom', 'flashback', 'context', 'details', 'bottom', 'catch',
  // A briefing's or a press release's lists and credits ("Participants: Dr. …", "Photographer: …").
  'participants', 'present', 'panelists', 'panellists', 'attendees', 'photographer', 'pictured', 'caption', 'image', 'location', 'venue',
  // Contact lines ("Tel: +44 …", "Email: press@…").
  'tel', 'tel.', 'telephone', 'phone', 'fax', 'mobile', 'email', 'e-mail', 'web', 'website',
  // Time stamps of a page ("Published : Mar 11, 2025 - 16:02", "Posted: …", "Last updated: …").
  'published', 'posted', 'last',
  // A page's filing line ("FILED UNDER: BRONX, MTA, …").
  'filed',
]);

/** Lower-case last words of labels that name no speaker: a press release's "Media Contact:", "Investor Relations:". */
export const LABEL_TAILS = new Set(['contact', 'contacts', 'enquiries', 'inquiries', 'relations']);
