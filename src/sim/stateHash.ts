// 32-bit FNV-1a over little-endian words (crowd-model.md §9.3); the sim's state fingerprint.

/** Incremental FNV-1a hasher; words go in as 4 little-endian bytes. */
export class Fnv1a {
  h = 0x811c9dc5;

  word(v: number): void {
    let w = v | 0;
    for (let i = 0; i < 4; i++) {
      this.h ^= w & 0xff;
      this.h = Math.imul(this.h, 0x01000193);
      w >>>= 8;
    }
  }

  /** q(v) = Math.round(v·65536), as the spec quantises reals. */
  q(v: number): void {
    this.word(Math.round(v * 65536));
  }

  /** Positions in centimetres. */
  cm(v: number): void {
    this.word(Math.round(v * 100));
  }

  hex(): string {
    return (this.h >>> 0).toString(16).padStart(8, '0');
  }
}
