// Near-identical texts: a 64-bit SimHash of a letter's words. Letters that differ by a few words get
// hashes a few bits apart; unrelated letters differ in about half of the 64 bits.
import { createHash } from 'node:crypto';

/** Lower case, letters and digits only: punctuation, case and spacing do not make a text "different". */
export function normalisedWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Overlapping runs of three words (a shorter text is its own single run). */
export function shingles(words: string[], size = 3): string[] {
  if (words.length <= size) return words.length ? [words.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(' '));
  return out;
}

/** A stable 64-bit hash: the first 8 bytes of SHA-256 (the same on every machine and every run). */
function hash64(value: string): bigint {
  return createHash('sha256').update(value, 'utf8').digest().readBigUInt64BE(0);
}

/**
 * The SimHash of a text, as a signed 64-bit integer (PostgreSQL's bigint). Each shingle votes on every
 * bit; a bit is set where the votes for it win.
 */
export function simhash(text: string): bigint {
  const votes = new Array<number>(64).fill(0);
  for (const shingle of shingles(normalisedWords(text))) {
    const h = hash64(shingle);
    for (let bit = 0; bit < 64; bit++) votes[bit] += (h >> BigInt(bit)) & 1n ? 1 : -1;
  }
  let result = 0n;
  for (let bit = 0; bit < 64; bit++) if (votes[bit] > 0) result |= 1n << BigInt(bit);
  return BigInt.asIntN(64, result);
}

/** How many of the 64 bits differ. */
export function hammingDistance(a: bigint, b: bigint): number {
  let x = BigInt.asUintN(64, a ^ b);
  let count = 0;
  while (x) {
    x &= x - 1n;
    count++;
  }
  return count;
}
