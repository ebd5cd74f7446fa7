import { crc32 } from 'node:zlib';

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
const UTF8_NAMES = 0x0800;
const VERSION = 20;
/** Without zip64, counts are 16-bit and offsets 32-bit. */
const MAX_PARTS = 0xffff;
const MAX_OFFSET = 0xffffffff;

/** One part of a stored zip being filled: its bytes are appended in order, never past its size. */
export class StoredPart {
  readonly #content: Buffer;
  #written = 0;
  #crc32 = 0;

  constructor(
    readonly name: Buffer,
    readonly size: number,
    /** Where its local header starts. */
    readonly offset: number,
    content: Buffer,
  ) {
    this.#content = content;
  }

  /** Copies `chunk` after what was written; false (and nothing written) if it would pass the part's size. */
  append(chunk: Buffer): boolean {
    if (this.#written + chunk.length > this.size) return false;
    chunk.copy(this.#content, this.#written);
    this.#written += chunk.length;
    this.#crc32 = crc32(chunk, this.#crc32);
    return true;
  }

  get written(): number {
    return this.#written;
  }

  /** The CRC-32 of what was written. */
  get crc32(): number {
    return this.#crc32;
  }
}

/**
 * A zip whose parts are stored, not compressed, laid out up front from their sizes: each part's
 * bytes are copied straight into their place, so the zip costs one allocation of about the parts'
 * total size, and whoever reads it back inflates nothing.
 */
/** CRC-32, compressed and uncompressed size (equal: stored), name length: the same run in both headers. */
function writeSizes(buffer: Buffer, at: number, part: StoredPart): void {
  buffer.writeUInt32LE(part.crc32, at);
  buffer.writeUInt32LE(part.size, at + 4);
  buffer.writeUInt32LE(part.size, at + 8);
  buffer.writeUInt16LE(part.name.length, at + 12);
}

export class StoredZip {
  readonly parts: readonly StoredPart[];
  readonly #buffer: Buffer;
  readonly #directoryOffset: number;

  /** Allocates the zip; a RangeError if it cannot hold them (too many, too large, out of memory). */
  constructor(parts: readonly { name: string; size: number }[]) {
    let offset = 0;
    const names = parts.map((p) => Buffer.from(p.name, 'utf8'));
    const layout = parts.map(({ size }, i) => {
      const at = offset;
      offset += LOCAL_HEADER + names[i]!.length + size;
      return at;
    });
    const directorySize = names.reduce((sum, name) => sum + CENTRAL_HEADER + name.length, 0);
    if (parts.length > MAX_PARTS || offset + directorySize > MAX_OFFSET) throw new RangeError(`A stored zip holds at most ${MAX_PARTS} parts and 4 GiB`);
    // Not zeroed: end() refuses to hand the zip out unless every part was written in full, and it
    // writes every header, so no byte of the allocation is left as it was found.
    this.#buffer = Buffer.allocUnsafe(offset + directorySize + END_RECORD);
    this.#directoryOffset = offset;
    this.parts = parts.map(({ size }, i) => {
      const start = layout[i]! + LOCAL_HEADER + names[i]!.length;
      return new StoredPart(names[i]!, size, layout[i]!, this.#buffer.subarray(start, start + size));
    });
  }

  /** Writes the headers and returns the whole zip; every part must have been written in full. */
  end(): Buffer {
    const buffer = this.#buffer;
    let at = this.#directoryOffset;
    for (const part of this.parts) {
      if (part.written !== part.size) throw new Error(`Part ${part.name.toString()} has ${part.written} of its ${part.size} bytes`);
      const local = part.offset;
      buffer.writeUInt32LE(0x04034b50, local);
      buffer.writeUInt16LE(VERSION, local + 4);
      buffer.writeUInt16LE(UTF8_NAMES, local + 6);
      buffer.fill(0, local + 8, local + 14); // stored, no date
      writeSizes(buffer, local + 14, part);
      buffer.writeUInt16LE(0, local + 28);
      part.name.copy(buffer, local + LOCAL_HEADER);

      buffer.writeUInt32LE(0x02014b50, at);
      buffer.writeUInt16LE(VERSION, at + 4);
      buffer.writeUInt16LE(VERSION, at + 6);
      buffer.writeUInt16LE(UTF8_NAMES, at + 8);
      buffer.fill(0, at + 10, at + 16); // stored, no date
      writeSizes(buffer, at + 16, part);
      buffer.fill(0, at + 30, at + 42); // no extra field, comment, disk, attributes
      buffer.writeUInt32LE(local, at + 42);
      part.name.copy(buffer, at + CENTRAL_HEADER);
      at += CENTRAL_HEADER + part.name.length;
    }
    buffer.writeUInt32LE(0x06054b50, at);
    buffer.writeUInt32LE(0, at + 4); // this disk, the directory's disk
    buffer.writeUInt16LE(this.parts.length, at + 8);
    buffer.writeUInt16LE(this.parts.length, at + 10);
    buffer.writeUInt32LE(at - this.#directoryOffset, at + 12);
    buffer.writeUInt32LE(this.#directoryOffset, at + 16);
    buffer.writeUInt16LE(0, at + 20); // no comment
    return buffer;
  }
}
