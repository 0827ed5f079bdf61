import { BoundedCache } from '../bounded-cache.js';
import { assertThresholds, decide } from '../match-decision.policy.js';
import type { MatchResult, MatchThresholds } from '../match-result.js';
import { DEFAULT_NAME_THRESHOLDS } from '../match-thresholds.constants.js';
import { ReasonCode } from '../reason-code.constants.js';
import { parseName } from './name.parser.js';
import { NAME_LEXICON, type NameLexicon } from './name-lexicon.js';
import type { ParsedName } from './parsed-name.js';
import { scoreNames } from './name.scorer.js';
import { longTokenSlipEdit } from './long-token-slip.rule.js';
import { type SpellingSlip, findSpellingSlip } from './spelling-slip.detector.js';

/** How a single comparison treats a one-letter slip in a long name part. */
export interface NameMatchOptions {
  /**
   * True (the default, for a bare name pair): MATCH with SPELLING_SLIP_LONG_TOKEN. False: the name
   * stays at review so that evidence outside the name decides (identity and KYC checks, which look for
   * the slip themselves and require corroboration).
   */
  acceptLongTokenSlip?: boolean;
}

export interface NameMatcherOptions {
  /** Parsed names kept for reuse; 0 disables the cache. */
  cacheSize?: number;
  /** Known spellings of names (default: the lexicon in name/lexicon/); tests pass their own. */
  lexicon?: NameLexicon;
}

export class NameMatcher {
  private readonly parsed: BoundedCache<string, ParsedName>;
  private readonly parse: (name: string) => ParsedName;
  private readonly parseKeepingTitle: (name: string) => ParsedName;

  constructor(options: NameMatcherOptions = {}) {
    this.parsed = new BoundedCache(options.cacheSize ?? 10_000);
    const lexicon = options.lexicon ?? NAME_LEXICON;
    this.parse = (name) => parseName(name, lexicon);
    this.parseKeepingTitle = (name) => parseName(name, lexicon, true);
  }

  match(name1: string, name2: string, thresholds: MatchThresholds = DEFAULT_NAME_THRESHOLDS, options: NameMatchOptions = {}): MatchResult {
    assertThresholds(thresholds);
    const [first, second] = this.parsePair(name1, name2);
    const { score, sheet, components } = scoreNames(first, second, thresholds.match, thresholds.review);
    if (name1 !== name2 && first.letters === second.letters) {
      sheet.note(ReasonCode.CasePunctuationNormalised, 'the names differ only in case, spacing or punctuation');
    }
    const decision = decide(score, thresholds);
    const slip =
      decision !== 'MATCH' && (options.acceptLongTokenSlip ?? true)
        ? findSpellingSlip(first, second, thresholds.match, thresholds.review, longTokenSlipEdit)
        : null;
    if (slip) {
      const detail = `'${slip.a}' ~ '${slip.b}' differ by one letter (${slip.kind}) in a long name part; the rest agrees`;
      const reasons = [...sheet.reasons, { code: ReasonCode.SpellingSlipLongToken, detail }];
      return { score: slip.scoreWithSlip, decision: 'MATCH', reasons, components };
    }
    return { score, decision, reasons: sheet.reasons, components };
  }

  // A leading title that the other record writes as a name part is that name (Baby John / John Baby: Baby is a
  // Kerala given name, and a title only on a child's record).
  private parsePair(name1: string, name2: string): [ParsedName, ParsedName] {
    const first = this.parsed.getOrCreate(name1, this.parse);
    const second = this.parsed.getOrCreate(name2, this.parse);
    const titleNamed = (name: ParsedName, other: ParsedName) =>
      name.honorificsRemoved.length > 0 && other.tokens.some((token) => token.text === name.honorificsRemoved[0] && token.position > 0);
    return [
      titleNamed(first, second) ? this.parseKeepingTitle(name1) : first,
      titleNamed(second, first) ? this.parseKeepingTitle(name2) : second,
    ];
  }

  /** The one-letter slip that alone keeps the names apart, for evidence outside the name to weigh; null if none. */
  spellingSlip(name1: string, name2: string, thresholds: MatchThresholds = DEFAULT_NAME_THRESHOLDS): SpellingSlip | null {
    assertThresholds(thresholds);
    const [first, second] = this.parsePair(name1, name2);
    return findSpellingSlip(first, second, thresholds.match, thresholds.review);
  }
}

const sharedMatcher = new NameMatcher();

/** See NameMatcher.spellingSlip. */
export function findNameSlip(name1: string, name2: string, thresholds: MatchThresholds = DEFAULT_NAME_THRESHOLDS): SpellingSlip | null {
  return sharedMatcher.spellingSlip(name1, name2, thresholds);
}

/** Compares two Indian personal names; see DEFAULT_NAME_THRESHOLDS for the decision bands. */
export function matchNames(
  name1: string,
  name2: string,
  thresholds: MatchThresholds = DEFAULT_NAME_THRESHOLDS,
  options: NameMatchOptions = {},
): MatchResult {
  return sharedMatcher.match(name1, name2, thresholds, options);
}
