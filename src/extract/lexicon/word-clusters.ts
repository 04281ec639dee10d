// Word clusters: each of about 50,000 common English words belongs to one of 64 coarse and one
// of 512 fine clusters of GloVe word vectors (models/word-clusters.json.gz, built by
// `whosaid train word-clusters`). The learned taggers read a word's clusters, so a cue word seen
// rarely in training ("quipped", "retorted") shares weights with the frequent ones it sits among.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeModel } from '../../learn/model-file.js';

/** The committed cluster file: words in GloVe frequency order and, per level, each word's cluster. */
export interface WordClusterFile {
  /** Where the vectors came from (package and version) and how the clusters were made. */
  source: string;
  /** Number of clusters per level, coarse first. */
  ks: number[];
  /** The words, space-separated. */
  words: string;
  /** Per level, the cluster of each word, in the order of `words`. */
  clusters: number[][];
}

export const WORD_CLUSTERS_PATH = fileURLToPath(new URL('../../../models/word-clusters.json.gz', import.meta.url));

let table: Map<string, string[]> | null = null;

/** The clusters file as a lookup from word to its cluster names per level, "k:cluster" ("64:12", "512:301"). */
function load(): Map<string, string[]> {
  if (table) return table;
  const file = decodeModel<WordClusterFile>(readFileSync(WORD_CLUSTERS_PATH), WORD_CLUSTERS_PATH);
  const words = file.words.split(' ');
  table = new Map(words.map((w, i) => [w, file.ks.map((k, level) => `${k}:${file.clusters[level][i]}`)]));
  return table;
}

const NONE: readonly string[] = ['-', '-'];

/** The clusters of a lower-cased word, coarse first; '-' for a word off the list. */
export function wordClusters(w: string): readonly string[] {
  return load().get(w) ?? NONE;
}

let members: Map<string, string[]> | null = null;

/** The words of one cluster ("512:132"), in frequency order; empty for an unknown cluster. */
export function clusterMembers(cluster: string): readonly string[] {
  if (!members) {
    members = new Map();
    for (const [w, cs] of load()) {
      for (const c of cs) {
        const list = members.get(c);
        if (list) list.push(w);
        else members.set(c, [w]);
      }
    }
  }
  return members.get(cluster) ?? [];
}
