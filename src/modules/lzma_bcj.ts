// The x86 branch converter (BCJ) filter of .xz: the 32-bit operands of CALL (E8) and JMP (E9)
// instructions become absolute addresses when compressing (so repeated calls to one function
// look alike) and relative again when decompressing. An operand is converted only when its top
// byte is 00 or FF (a plausible near target), and a small history of the E8/E9 bytes just seen
// (prevMask) avoids converting bytes that are more likely part of the previous instruction.
//
// Data comes in pieces: up to four bytes at the end of a piece may start an instruction whose
// operand has not arrived, so they are held back until more comes or the stream ends.

/** Which histories allow a conversion, and which operand byte the history points at. */
const ALLOWED = [true, true, true, false, true, false, false, false];
const BIT_NUMBER = [0, 1, 2, 2, 3, 3, 3, 3];

function plausible(b: number): boolean {
  return b === 0 || b === 0xff;
}

export class X86Filter {
  private prevMask = 0;
  /** Stream position of the last E8/E9 byte seen (starts five bytes before the start). */
  private prevPos: number;
  /** Stream position of buf[0]. */
  private pos: number;
  private held: Uint8Array = new Uint8Array(0);

  constructor(private readonly encoder: boolean, startOffset: number) {
    this.pos = startOffset >>> 0;
    this.prevPos = (this.pos - 5) >>> 0;
  }

  /** Converts what it can of held + data; returns the converted bytes (the rest is held). */
  update(data: Uint8Array): Uint8Array {
    let buf: Uint8Array;
    if (this.held.length === 0) buf = data.slice();
    else {
      buf = new Uint8Array(this.held.length + data.length);
      buf.set(this.held);
      buf.set(data, this.held.length);
    }
    const done = this.convert(buf);
    this.held = buf.slice(done);
    this.pos = (this.pos + done) >>> 0;
    return buf.subarray(0, done);
  }

  /** The held bytes, unconverted (the end of the stream). */
  flush(): Uint8Array {
    const rest = this.held;
    this.held = new Uint8Array(0);
    return rest;
  }

  private convert(buf: Uint8Array): number {
    const n = buf.length;
    if (n < 5) return 0;
    const now = this.pos;
    let prevMask = this.prevMask;
    let prevPos = this.prevPos;
    if (((now - prevPos) >>> 0) > 5) prevPos = (now - 5) >>> 0;
    let i = 0;
    for (; i <= n - 5; i++) {
      const b = buf[i];
      if (b !== 0xe8 && b !== 0xe9) continue;
      const here = (now + i) >>> 0;
      const offset = (here - prevPos) >>> 0;
      prevPos = here;
      if (offset > 5) prevMask = 0;
      else for (let k = 0; k < offset; k++) prevMask = (prevMask & 0x77) << 1;
      const top = buf[i + 4];
      if (plausible(top) && ALLOWED[(prevMask >>> 1) & 7] && (prevMask >>> 1) < 0x10) {
        let src = (buf[i + 1] | (buf[i + 2] << 8) | (buf[i + 3] << 16) | (top << 24)) >>> 0;
        let dest: number;
        const base = (here + 5) >>> 0;
        for (;;) {
          dest = this.encoder ? (src + base) >>> 0 : (src - base) >>> 0;
          if (prevMask === 0) break;
          const idx = BIT_NUMBER[prevMask >>> 1];
          if (!plausible((dest >>> (24 - idx * 8)) & 0xff)) break;
          src = (dest ^ (2 ** (32 - idx * 8) - 1)) >>> 0;
        }
        // The top byte repeats bit 24 (00 or FF, as the operand had).
        dest = (dest & 0x01ffffff) >>> 0;
        if (dest & 0x01000000) dest = (dest | 0xff000000) >>> 0;
        buf[i + 1] = dest & 0xff;
        buf[i + 2] = (dest >>> 8) & 0xff;
        buf[i + 3] = (dest >>> 16) & 0xff;
        buf[i + 4] = dest >>> 24;
        i += 4;
        prevMask = 0;
      } else {
        prevMask |= 1;
        if (plausible(top)) prevMask |= 0x10;
      }
    }
    this.prevMask = prevMask;
    this.prevPos = prevPos;
    return i;
  }
}
