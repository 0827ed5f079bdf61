import { NAME_LEXICON_SOURCES } from './name-lexicon.generated.js';

/** Where a spelling sits in the lexicon: its cluster (one name) and the clusters it must not be told apart from. */
export interface LexiconEntry {
  cluster: number;
  /** Clusters that shared an ambiguous spelling form one group: the lexicon says nothing about two of them. */
  group: number;
}

export interface LexiconStats {
  clusters: number;
  spellings: number;
  /** Spellings listed in two or more clusters, dropped. */
  ambiguous: number;
  /** Clusters joined to another through an ambiguous spelling. */
  linkedClusters: number;
}

/** Same name, different names, or no knowledge (a spelling outside the lexicon, or clusters linked by an ambiguous spelling). */
export type LexiconRelation = 'SAME' | 'DIFFERENT' | null;

const MARKS = /\p{M}+/gu;
const JOINERS = /['’‘`.-]/g;
const SPELLING = /^[a-z]{2,}$/;

/**
 * Known Latin spellings of Indian names, one cluster per name. A spelling written in two clusters
 * is ambiguous and dropped; the clusters it joined are not told apart from each other.
 */
export class NameLexicon {
  private constructor(
    private readonly entries: ReadonlyMap<string, LexiconEntry>,
    readonly stats: LexiconStats,
  ) {}

  /** Clusters as lines of space-separated spellings; lines starting with # are comments. */
  static fromLines(lines: Iterable<string>): NameLexicon {
    const clusters: string[][] = [];
    for (const line of lines) {
      const content = line.split('#')[0];
      const spellings = [
        ...new Set(
          content
            .split(/\s+/)
            .map(normaliseSpelling)
            .filter((spelling) => SPELLING.test(spelling)),
        ),
      ];
      if (spellings.length > 0) clusters.push(spellings);
    }
    return NameLexicon.fromClusters(clusters);
  }

  static fromClusters(clusters: ReadonlyArray<readonly string[]>): NameLexicon {
    const homes = new Map<string, number[]>();
    clusters.forEach((spellings, cluster) => {
      for (const spelling of spellings) homes.set(spelling, [...(homes.get(spelling) ?? []), cluster]);
    });
    const parent = clusters.map((_, cluster) => cluster);
    const root = (cluster: number): number => (parent[cluster] === cluster ? cluster : (parent[cluster] = root(parent[cluster])));
    let ambiguous = 0;
    for (const found of homes.values()) {
      if (found.length < 2) continue;
      ambiguous++;
      for (const cluster of found.slice(1)) parent[root(cluster)] = root(found[0]);
    }
    const entries = new Map<string, LexiconEntry>();
    for (const [spelling, [cluster, ...others]] of homes) {
      if (others.length === 0) entries.set(spelling, { cluster, group: root(cluster) });
    }
    const groupSizes = new Map<number, number>();
    for (const cluster of parent.keys()) groupSizes.set(root(cluster), (groupSizes.get(root(cluster)) ?? 0) + 1);
    const linkedClusters = [...groupSizes.values()].filter((size) => size > 1).reduce((sum, size) => sum + size, 0);
    return new NameLexicon(entries, { clusters: clusters.length, spellings: entries.size, ambiguous, linkedClusters });
  }

  /** The entry of a spelling as written (lowercase letters, before the engine's folds), if listed. */
  entryOf(spelling: string): LexiconEntry | null {
    return this.entries.get(spelling) ?? null;
  }
}

export function lexiconRelation(a: LexiconEntry | null, b: LexiconEntry | null): LexiconRelation {
  if (a === null || b === null) return null;
  if (a.cluster === b.cluster) return 'SAME';
  return a.group === b.group ? null : 'DIFFERENT';
}

function normaliseSpelling(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(JOINERS, '');
}

/** The lexicon in name/lexicon/*.txt, as generated into name-lexicon.generated.ts. */
export const NAME_LEXICON = NameLexicon.fromLines(Object.values(NAME_LEXICON_SOURCES).flat());
