/** UTF-8 through the WHATWG Encoding API, which every runtime core targets has (Node, Bun,
 * browsers). Core compiles without DOM or Node types, so the two classes are declared here with
 * just the members it uses. */
type DecoderOptions = { fatal?: boolean; ignoreBOM?: boolean };

interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

interface Utf8Encoder {
  encode(input?: string): Uint8Array;
}

const platform = globalThis as unknown as {
  TextDecoder: new (label: 'utf-8', options?: DecoderOptions) => Utf8Decoder;
  TextEncoder: new () => Utf8Encoder;
};

/** A streaming decoder that throws a TypeError on bytes that are not UTF-8; the BOM is kept,
 * so callers can tell it was there. */
export function strictUtf8Decoder(): Utf8Decoder {
  return new platform.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
}

const encoder = new platform.TextEncoder();

export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}
