// Lower-case words inside a person's name: family-name particles ("van der Berg", "de la Cruz",
// "bin Salman") and Welsh patronymics ("Iolo ap Rhydderch", "Angharad ferch Owain").

/** Welsh patronymic particles ("ap", "ferch"). */
export const PATRONYMICS: ReadonlySet<string> = new Set(['ap', 'ferch']);

/** Lower-case particles inside a family name, patronymics included. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'ter', 'bin', 'al', 'el', 'dos', 'das', ...PATRONYMICS]);

/**
 * Irish particles opening a family name, capitalised in the text and lower-cased here: "Pádraig Ó
 * Duinn" is "Ó Duinn", "Orla Nic Giolla" is "Nic Giolla" ("Mac" is left out: a given name too).
 */
export const IRISH_PARTICLES: ReadonlySet<string> = new Set(['ó', 'ní', 'nic', 'mhic', 'uí']);

/**
 * Capitalised particles opening a family name of two words written after a given name ("Aroha Te
 * Whare", "Paddy Ó Murchú", "Ana De Souza"): "Te Whare" alone is that person.
 */
export const CAPITALISED_PARTICLES: ReadonlySet<string> = new Set(['Te', 'Ó', 'Ní', 'Mac', 'Mc', 'De', 'Da', 'Di', 'Du', 'Van', 'Von', 'Le', 'La', 'Al', 'El', 'Abu', 'Ben', 'Bin', 'Ter', 'St', 'San', 'Dos', 'Das']);
