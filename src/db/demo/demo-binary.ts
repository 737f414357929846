// PostgreSQL binary array format (array_send / array_recv) for the bulk insert: parsing a text array
// literal costs PostgreSQL 2-3 µs per uuid or timestamp, more than storing the row; the binary
// form is copied as is. node-postgres sends a Buffer parameter in binary format.

/** Element codecs by SQL type; other types (numeric) fall back to a text array literal. */
type Codec = { oid: number; write(out: ByteWriter, value: unknown): void };

const POSTGRES_EPOCH_MS = 946_684_800_000; // 2000-01-01T00:00:00Z
const DAY_MS = 86_400_000;
const TWO_POW_32 = 4_294_967_296;
const HEX_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) HEX_VALUES["0123456789abcdef".charCodeAt(i)] = i;
for (let i = 10; i < 16; i++) HEX_VALUES["ABCDEF".charCodeAt(i - 10)] = i;

export type ByteWriter = {
  buffer: Buffer;
  offset: number;
};

function ensure(out: ByteWriter, bytes: number) {
  if (out.offset + bytes <= out.buffer.length) return;
  const grown = Buffer.allocUnsafe(Math.max(out.buffer.length * 2, out.offset + bytes));
  out.buffer.copy(grown, 0, 0, out.offset);
  out.buffer = grown;
}

function writeInt32(out: ByteWriter, value: number) {
  ensure(out, 4);
  out.buffer.writeInt32BE(value, out.offset);
  out.offset += 4;
}

/** A 64-bit integer from a JS number (exact below 2^53). */
function writeInt64(out: ByteWriter, value: number) {
  const high = Math.floor(value / TWO_POW_32);
  ensure(out, 8);
  out.buffer.writeInt32BE(high, out.offset);
  out.buffer.writeUInt32BE(value - high * TWO_POW_32, out.offset + 4);
  out.offset += 8;
}

function writeText(out: ByteWriter, value: string) {
  const length = Buffer.byteLength(value);
  writeInt32(out, length);
  ensure(out, length);
  out.buffer.write(value, out.offset, "utf8");
  out.offset += length;
}

function writeUuid(out: ByteWriter, value: string) {
  if (value.length !== 36) throw new Error(`invalid uuid "${value}"`);
  writeInt32(out, 16);
  ensure(out, 16);
  const { buffer, offset } = out;
  for (let i = 0, byte = 0; byte < 16; byte++, i += 2) {
    if (i === 8 || i === 13 || i === 18 || i === 23) i++; // a dash
    const high = HEX_VALUES[value.charCodeAt(i)] ?? -1;
    const low = HEX_VALUES[value.charCodeAt(i + 1)] ?? -1;
    if ((high | low) < 0) throw new Error(`invalid uuid "${value}"`);
    buffer[offset + byte] = (high << 4) | low;
  }
  out.offset += 16;
}

function fixed(oid: number, size: number, write: (out: ByteWriter, value: unknown) => void): Codec {
  return {
    oid,
    write(out, value) {
      writeInt32(out, size);
      write(out, value);
    },
  };
}

function writeJsonb(out: ByteWriter, value: unknown) {
  const json = JSON.stringify(value);
  const length = Buffer.byteLength(json);
  writeInt32(out, length + 1);
  ensure(out, length + 1);
  out.buffer[out.offset++] = 1; // jsonb binary format version
  out.buffer.write(json, out.offset, "utf8");
  out.offset += length;
}

const CODECS: Record<string, Codec> = {
  uuid: { oid: 2950, write: (out, v) => writeUuid(out, v as string) },
  text: { oid: 25, write: (out, v) => writeText(out, v as string) },
  jsonb: { oid: 3802, write: writeJsonb },
  integer: fixed(23, 4, (out, v) => writeInt32(out, v as number)),
  bigint: fixed(20, 8, (out, v) => writeInt64(out, v as number)),
  smallint: fixed(21, 2, (out, v) => {
    ensure(out, 2);
    out.buffer.writeInt16BE(v as number, out.offset);
    out.offset += 2;
  }),
  boolean: fixed(16, 1, (out, v) => {
    ensure(out, 1);
    out.buffer[out.offset++] = v ? 1 : 0;
  }),
  date: fixed(1082, 4, (out, v) =>
    writeInt32(out, (Date.parse(`${v as string}T00:00:00Z`) - POSTGRES_EPOCH_MS) / DAY_MS),
  ),
  "timestamp with time zone": fixed(1184, 8, (out, v) =>
    writeInt64(out, ((v as Date).getTime() - POSTGRES_EPOCH_MS) * 1000),
  ),
};

export function hasBinaryCodec(sqlType: string): boolean {
  return sqlType in CODECS;
}

/** A one-dimensional array of `sqlType` in binary format; null elements allowed. */
export function encodeBinaryArray(sqlType: string, values: readonly unknown[]): Buffer {
  const codec = CODECS[sqlType];
  if (!codec) throw new Error(`no binary codec for ${sqlType}`);
  const out: ByteWriter = { buffer: Buffer.allocUnsafe(64 + values.length * 24), offset: 0 };
  writeInt32(out, 1); // dimensions
  writeInt32(out, values.includes(null) ? 1 : 0);
  writeInt32(out, codec.oid);
  writeInt32(out, values.length);
  writeInt32(out, 1); // lower bound
  for (const value of values) {
    if (value === null || value === undefined) writeInt32(out, -1);
    else codec.write(out, value);
  }
  return out.buffer.subarray(0, out.offset);
}
