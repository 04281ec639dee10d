// East Asian personal names written family name first: common Chinese family names, and the
// shapes of a name that closes a title's run ("Secretary for Transport and Logistics Lam Chi-keung").

/** Common Chinese family names as romanised in Singapore, Malaysia, Hong Kong, Taiwan and the mainland ("Tan", "Chua", "Wong", "Zhang"). */
export const CHINESE_FAMILY_NAMES = new Set([
  'Chee', 'Kwan', 'Tam', 'Yuen', 'Chin', 'Chu', 'Mok', 'Ngai', 'Sze', 'Lui', 'Kam', 'Tong',
  'Tan', 'Lim', 'Lee', 'Ng', 'Ong', 'Wong', 'Goh', 'Chua', 'Chan', 'Koh', 'Teo', 'Ang', 'Yeo', 'Tay', 'Ho', 'Low', 'Toh', 'Sim', 'Chong', 'Chia', 'Seah', 'Quek', 'Heng', 'Foo', 'Yap', 'Lau', 'Leong', 'Loh', 'Soh', 'Pang', 'Poh', 'Kwek',
  'Cheung', 'Leung', 'Lam', 'Yip', 'Tsang', 'Chow', 'Kwok', 'Yeung', 'Choi', 'Fung', 'Tang', 'Mak', 'Lai', 'Siu', 'Tse', 'Ip', 'Hui', 'Cheng', 'Tsai', 'Hsu', 'Chiang', 'Kuo',
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Zhu', 'Hu', 'Guo', 'Lin', 'Luo', 'Gao', 'Zheng', 'Liang', 'Xie', 'Song', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Du', 'Ye', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Zhong', 'Cui', 'Fang', 'Shi', 'Xiong', 'Qian',
]);

/** A hyphenated given name written after the family name ("Chi-keung", "Min-ju"), and a short family name ("Lam", "Seo"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const FAMILY_NAME = /^\p{Lu}\p{Ll}{1,5}$/u;
/** A one-syllable given name of a three-word Chinese name ("Wei", "Ming"). */
const SYLLABLE = /^\p{Lu}\p{Ll}{1,4}$/u;

/**
 * How many of the last words form a family-name-first name: 2 for "Lam Chi-keung", 3 for
 * "Chua Wei Ming" (a listed Chinese family name and two one-syllable given names), else 0.
 */
export function trailingEastAsianName(words: readonly string[]): number {
  const n = words.length;
  if (n >= 2 && HYPHENATED_GIVEN.test(words[n - 1]) && FAMILY_NAME.test(words[n - 2])) return 2;
  if (n >= 3 && CHINESE_FAMILY_NAMES.has(words[n - 3]) && SYLLABLE.test(words[n - 2]) && SYLLABLE.test(words[n - 1])) return 3;
  return 0;
}
