// Word clusters: k-means groups vectors that point the same way, the same input gives the same
// bytes, the builder keeps only plain lower-case words, the command names a bad input, and the
// shipped clusters put rare speech verbs beside each other (what the cue tagger relies on).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clusterWords, kmeans, trainWordClustersCommand } from '../../../src/learn/word-clusters.js';
import { WORD_CLUSTERS_PATH, wordClusters } from '../../../src/extract/lexicon/word-clusters.js';

/** Six unit vectors in 2-d: three near the x axis, three near the y axis. */
const x = new Float32Array([1, 0, 0.99, 0.14, 0.98, -0.2, 0, 1, 0.1, 0.99, -0.15, 0.99]);

/** A wink-embeddings-shaped file (vectors carry two trailing non-dimension entries, as the package's do). */
const embeddings = {
  dimensions: 2,
  words: ['said', 'Paris', 'told', 'table', '1999', 'chair', 'stated', 'desk'],
  vectors: {
    said: [1, 0.05, 1, 0], Paris: [0.5, 0.5, 1, 1], told: [0.9, 0.1, 1, 2], table: [0.05, 1, 1, 3],
    '1999': [0.7, 0.7, 1, 4], chair: [0.1, 0.9, 1, 5], stated: [0.95, 0, 1, 6], desk: [0, 1, 1, 7],
  },
};

describe('kmeans', () => {
  it('puts vectors pointing the same way in one cluster', () => {
    const a = kmeans(x, 2, 2, 5, 1);
    expect(a[0]).toBe(a[1]);
    expect(a[1]).toBe(a[2]);
    expect(a[3]).toBe(a[4]);
    expect(a[4]).toBe(a[5]);
    expect(a[0]).not.toBe(a[3]);
  });

  it('gives the same clusters for the same seed', () => {
    expect(Array.from(kmeans(x, 2, 3, 4, 9))).toEqual(Array.from(kmeans(x, 2, 3, 4, 9)));
  });

  it('refuses more clusters than words', () => {
    expect(() => kmeans(x, 2, 7, 1, 1)).toThrow(/7 clusters asked of 6 words/);
  });
});

describe('clusterWords', () => {
  it('keeps the most frequent plain lower-case words and clusters them at each level', () => {
    const file = clusterWords(embeddings, { words: 5, ks: [1, 2], passes: 5, seed: 3 });
    expect(file.words.split(' ')).toEqual(['said', 'told', 'table', 'chair', 'stated']);
    expect(file.clusters[0]).toEqual([0, 0, 0, 0, 0]);
    const [said, told, table, chair, stated] = file.clusters[1];
    expect(told).toBe(said);
    expect(stated).toBe(said);
    expect(chair).toBe(table);
    expect(table).not.toBe(said);
  });
});

describe('train word-clusters', () => {
  it('writes the same bytes twice from the same vectors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-clusters-'));
    const input = join(dir, 'vectors.json');
    writeFileSync(input, JSON.stringify(embeddings));
    const out = (n: number): string => join(dir, `clusters-${n}.json.gz`);
    await trainWordClustersCommand({ embeddings: input, out: out(1), clusters: '1,2' });
    await trainWordClustersCommand({ embeddings: input, out: out(2), clusters: '1,2' });
    expect(readFileSync(out(1))).toEqual(readFileSync(out(2)));
    expect(JSON.parse(gunzipSync(readFileSync(out(1))).toString('utf8')).ks).toEqual([1, 2]);
  });

  it('names a bad input: too many clusters, a missing or malformed file, a bad option', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-clusters-'));
    const input = join(dir, 'vectors.json');
    writeFileSync(input, JSON.stringify(embeddings));
    const out = join(dir, 'clusters.json.gz');
    // The shipped settings ask for more clusters than a tiny file has words: the command says so.
    await expect(trainWordClustersCommand({ embeddings: input, out })).rejects.toThrow(/64 clusters asked of 6 words/);
    await expect(trainWordClustersCommand({ embeddings: input, out, clusters: '4,x' })).rejects.toThrow(/--clusters 4,x is not/);
    await expect(trainWordClustersCommand({ embeddings: input, out, words: '0' })).rejects.toThrow(/--words 0 is not/);
    await expect(trainWordClustersCommand({ embeddings: join(dir, 'missing.json'), out })).rejects.toThrow(/missing\.json does not exist/);
    writeFileSync(join(dir, 'bad.json'), '{"words": 3}');
    await expect(trainWordClustersCommand({ embeddings: join(dir, 'bad.json'), out })).rejects.toThrow(/bad\.json has no words, vectors and dimensions/);
  });
});

describe('the shipped clusters', () => {
  it('put rare speech verbs in one fine cluster, apart from furniture', () => {
    const [, quipped] = wordClusters('quipped');
    expect(wordClusters('retorted')[1]).toBe(quipped);
    expect(wordClusters('opined')[1]).toBe(quipped);
    expect(wordClusters('table')[1]).not.toBe(quipped);
    expect(wordClusters('zzqx')).toEqual(['-', '-']);
  });

  it('are a well-formed file: one cluster per word and level, within range', () => {
    const file = JSON.parse(gunzipSync(readFileSync(WORD_CLUSTERS_PATH)).toString('utf8'));
    const n = file.words.split(' ').length;
    expect(file.ks).toEqual([64, 512]);
    file.ks.forEach((k: number, level: number) => {
      expect(file.clusters[level]).toHaveLength(n);
      expect(Math.max(...file.clusters[level])).toBeLessThan(k);
    });
  });
});
