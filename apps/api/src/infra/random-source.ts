/** CSPRNG-backed ids and secrets (Web Crypto, available on Node and Bun). */
import type { IdGenerator, RandomSource } from '@jobtracker/core';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

export function createRandomSource(): RandomSource {
  return {
    uuidHex: () => crypto.randomUUID().replaceAll('-', ''),
    // 160 bits, as the Lucia guide recommends for session ids.
    secret: () => encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20))),
  };
}

/** ObjectIds: 4-byte seconds timestamp, 5 random bytes, 3-byte counter (MongoDB's layout). */
export function createObjectIdGenerator(): IdGenerator {
  const processRandom = crypto.getRandomValues(new Uint8Array(5));
  let counter = crypto.getRandomValues(new Uint32Array(1))[0]! & 0xffffff;
  return {
    objectId(now: Date) {
      const bytes = new Uint8Array(12);
      const seconds = Math.floor(now.getTime() / 1000);
      bytes[0] = (seconds >>> 24) & 0xff;
      bytes[1] = (seconds >>> 16) & 0xff;
      bytes[2] = (seconds >>> 8) & 0xff;
      bytes[3] = seconds & 0xff;
      bytes.set(processRandom, 4);
      counter = (counter + 1) & 0xffffff;
      bytes[9] = (counter >>> 16) & 0xff;
      bytes[10] = (counter >>> 8) & 0xff;
      bytes[11] = counter & 0xff;
      return encodeHexLowerCase(bytes);
    },
  };
}
