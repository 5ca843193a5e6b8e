import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spoolToTempFile } from './temp-files.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'spool-test-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

async function text(bytes: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const part of bytes) parts.push(part);
  return Buffer.concat(parts).toString('utf8');
}

describe('spoolToTempFile', () => {
  it('writes the bytes to a file of its own that can be read again and again, then removes it', async () => {
    const file = await spoolToTempFile(chunks('Company,', 'Job Title\n', 'Acme,Dev\n'), { root });
    expect(file.size).toBe(27);
    expect(file.path.startsWith(root)).toBe(true);
    expect(await text(file.read())).toBe('Company,Job Title\nAcme,Dev\n');
    expect(await text(file.read())).toBe('Company,Job Title\nAcme,Dev\n');
    await file.remove();
    await file.remove();
    expect(existsSync(file.path)).toBe(false);
    expect(readdirSync(root)).toEqual([]);
  });

  it('leaves nothing when the source fails part-way', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(10);
      throw new Error('client gone');
    }
    await expect(spoolToTempFile(failing(), { root })).rejects.toThrow('client gone');
    expect(readdirSync(root)).toEqual([]);
  });
});
