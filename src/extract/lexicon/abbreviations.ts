// Abbreviations that keep their period when tokenized, so "Rev. Jesse Jackson" or "Apple Inc.
// said" does not end a sentence. Titles precede a name; the rest close a name or a date.

/** Titles written abbreviated before a name: military, clerical, political, civil, police. */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Dr', 'Prof', 'Rev', 'Revs', 'Msgr', 'Fr', 'Hon', 'Pres',
  'Gov', 'Govs', 'Cllr', 'Sen', 'Sens', 'Rep', 'Reps', 'Atty', 'Amb', 'Ald', 'Supt', 'Det', 'Insp',
  'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Pfc', 'Brig', 'Adm', 'Cmdr', 'Cdr', 'Comdr', 'Cmdt',
  // West African forms of address: "Engr. Bola Ade", "Barr. Chika Obi"; Indian ones: "Smt. B. Lakshmamma".
  'Engr', 'Barr', 'Smt',
];

/** Abbreviations that end or sit inside a name, an address or a date. */
const OTHERS = [
  'St', 'Mt', 'Ft', 'Jr', 'Sr', 'Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Dept', 'Univ', 'Assn', 'Ave', 'Blvd',
  'No', 'Nos', 'vs', 'etc', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

const ALL = new Set([...TITLE_ABBREVIATIONS, ...OTHERS]);

/**
 * True when a token ending in a period is an abbreviation ("Rev.", "Inc.", "J.") rather than a
 * word at the end of a sentence; the token is given with its period.
 */
export function isAbbreviation(token: string): boolean {
  if (!token.endsWith('.')) return false;
  const bare = token.slice(0, -1);
  return ALL.has(bare) || /^\p{Lu}$/u.test(bare);
}

/** A clock time as written in copy and live blogs: "11.52pm", "10:42". */
export const CLOCK_TIME = /^\d{1,2}[.:]\d{2}(?:am|pm)?$/i;

/** "am", "p.m." after a clock time. */
export const MERIDIEM = /^(?:am|pm|a\.m\.|p\.m\.)$/;

/** Time zones written after a clock time ("10:42 GMT", "3:47 p.m. ET"). */
export const TIME_ZONE = /^(?:GMT|BST|UTC|CET|CEST|ET|PT|CT|MT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|AWST|ACST|NZST|NZDT|IST|JST|KST|WIB|SAST|EAT|WAT)$/;
