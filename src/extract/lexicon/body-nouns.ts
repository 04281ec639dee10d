// Lower-case nouns for what a body is, written right after its name ("the Unite union", "the
// Reform party", "the Acme company"): the actor layer types the name by them and the speaker
// stage takes the named body as the speaker.

/**
 * Heads of a public body's or association's name, in lower case, after fields joined by "and"
 * ("Disaster Risk Reduction and Management Office", "Irish Nurses and Midwives Organisation"): the
 * actor layer keeps such a name whole and the speaker stage does not split it into joint speakers.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['organisation', 'organization', 'service', 'office', 'corporation', 'executive', 'institute', 'administration', 'authority', 'agency', 'commission', 'federation', 'association', 'council', 'directorate']);

export const BODY_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set(['union', 'party', 'company', 'firm', 'airline', 'bank', 'charity', 'group', 'newspaper', 'trust', 'club', 'carrier', 'lender', 'retailer', 'broadcaster', 'gang']);
