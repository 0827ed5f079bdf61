import { type AffixKind, NAME_AFFIXES } from './name-affixes.constants.js';
import { foldTransliteration } from './transliteration.normaliser.js';

// Folding merges some affixes (Bhai and Bai both fold to "vai"), so spellings that fold onto
// an affix of the other gender are looked up by their written form only.
const FOLDED_AFFIXES = buildFoldedAffixes();

// Given names that fold onto an affix: Saeed is a name, Syed a lineage title.
const NAMES_NOT_AFFIXES: ReadonlySet<string> = new Set(['saeed', 'sayeed', 'saeid']);

export function affixOf(text: string, folded: string): AffixKind | null {
  if (NAMES_NOT_AFFIXES.has(text)) return null;
  return NAME_AFFIXES.get(text) ?? FOLDED_AFFIXES.get(folded) ?? null;
}

function buildFoldedAffixes(): Map<string, AffixKind> {
  const byKey = new Map<string, AffixKind | null>();
  for (const [text, kind] of NAME_AFFIXES) {
    const key = foldTransliteration(text);
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined || seen === kind ? kind : null);
  }
  const unambiguous = new Map<string, AffixKind>();
  for (const [key, kind] of byKey) if (kind !== null) unambiguous.set(key, kind);
  return unambiguous;
}
