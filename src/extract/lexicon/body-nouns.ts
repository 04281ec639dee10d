// Lower-case nouns for what a body is, written right after its name ("the Unite union", "the
// Reform party", "the Acme company"): the actor layer types the name by them and the speaker
// stage takes the named body as the speaker.

export const BODY_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set(['union', 'party', 'company', 'firm', 'airline', 'bank', 'charity', 'group', 'newspaper', 'trust', 'club', 'carrier', 'lender', 'retailer', 'broadcaster', 'gang']);
