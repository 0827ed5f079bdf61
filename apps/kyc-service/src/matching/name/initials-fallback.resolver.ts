import type { NameToken } from './parsed-name.js';

/**
 * Reads a short form such as "SK" as initials instead of its expansion ("Shaikh") when the
 * other name lacks the expansion but has a token for every letter ("Suresh Kumar Sharma").
 */
export function resolveInitialsFallbacks(tokens: NameToken[], other: NameToken[]): NameToken[] {
  if (!tokens.some((token) => token.initialsFallback !== null)) return tokens;
  const resolved: NameToken[] = [];
  for (const token of tokens) {
    if (token.initialsFallback === null || !readsAsInitials(token, token.initialsFallback, other)) {
      resolved.push({ ...token, position: resolved.length });
      continue;
    }
    for (const letter of token.initialsFallback) resolved.push(initialFrom(token, letter, resolved.length));
  }
  return resolved;
}

function readsAsInitials(token: NameToken, letters: string, other: NameToken[]): boolean {
  if (other.some((candidate) => candidate.folded === token.folded)) return false;
  for (const letter of letters) if (!other.some((candidate) => candidate.raw[0] === letter)) return false;
  return true;
}

function initialFrom(token: NameToken, letter: string, position: number): NameToken {
  return {
    ...token,
    raw: letter,
    text: letter,
    folded: letter,
    stem: null,
    stemGender: null,
    isInitial: true,
    lexicon: null,
    affix: null,
    initialsFallback: null,
    position,
  };
}
