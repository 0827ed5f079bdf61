// talisman ships CommonJS without typings or an exports map, so Node ESM needs the `.js` subpath.
declare module 'talisman/metrics/jaro-winkler.js' {
  const jaroWinkler: (a: string, b: string) => number;
  export default jaroWinkler;
}

declare module 'talisman/metrics/damerau-levenshtein.js' {
  const damerauLevenshtein: ((a: string, b: string) => number) & {
    /** Returns max + 1 as soon as the distance is known to exceed max. */
    limited(max: number, a: string, b: string): number;
  };
  export default damerauLevenshtein;
}
