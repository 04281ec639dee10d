// Honorifics ("Mr", "Mrs", "Dr", "Sir", "Lord", "Dame") are forms of address, not roles: a
// person is never "Mr at the Treasury". They stay usable as gender hints, never as a role.

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle', 'dr', 'sir', 'lord', 'lady', 'dame',
]);

/** True when the whole title is one honorific, with or without its full stop ("Mr", "Dr."). */
export function isHonorific(title: string): boolean {
  return HONORIFICS.has(title.trim().toLowerCase().replace(/\.$/, ''));
}
