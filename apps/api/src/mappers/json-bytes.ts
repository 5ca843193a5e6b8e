/** JSON of contract outputs that splices in the JSON of outputs rendered before. A mapper marks
 * an output as fixed (`markFixed`) when it will never change: rendered from a stored, frozen
 * document without the current time. Its UTF-8 bytes are made once, on first use, and reused
 * by every answer that carries the same output object; a page of 20 cached applications is then
 * 20 byte ranges copied into one buffer, not 20 objects serialised, measured and encoded.
 * `jsonBytes(value)` is the UTF-8 encoding of `JSON.stringify(value)`, byte for byte, for any
 * value. */

const fixed = new WeakSet<object>();
const encoded = new WeakMap<object, Uint8Array<ArrayBuffer>>();

/** Marks `output` (and everything in it) as never changing again, and freezes it so. */
export function markFixed<T extends object>(output: T): T {
  deepFreeze(output);
  fixed.add(output);
  return output;
}

function deepFreeze(value: unknown): void {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function isFixed(value: unknown): value is object {
  return typeof value === 'object' && value !== null && fixed.has(value);
}

/** Fixed outputs sit at the top of an answer (a page's `results`, a company's `applications`):
 * only a value with one among its values or theirs is walked; any other is stringified whole. */
function holdsFixed(value: object): boolean {
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => isFixed(child) || (Array.isArray(child) && child.some(isFixed)));
}

/** The UTF-8 bytes of `JSON.stringify(value)` (of `null` when that is undefined), reusing the
 * bytes of fixed outputs found anywhere inside it. */
export function jsonBytes(value: unknown): Uint8Array<ArrayBuffer> {
  const parts: Array<string | Uint8Array<ArrayBuffer>> = [];
  if (!collect(value, parts)) parts.push('null');
  if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0]!;
  return concatenate(parts);
}

/** Appends JSON.stringify's text for `value` to `parts`; false for what it skips (undefined,
 * functions, symbols), which the caller renders as an array's `null` or leaves out of an object. */
function collect(value: unknown, parts: Array<string | Uint8Array<ArrayBuffer>>): boolean {
  if (typeof value !== 'object' || value === null) {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) return false;
    parts.push(text);
    return true;
  }
  if (fixed.has(value)) {
    let bytes = encoded.get(value);
    if (bytes === undefined) {
      bytes = Buffer.from(JSON.stringify(value), 'utf8');
      encoded.set(value, bytes);
    }
    parts.push(bytes);
    return true;
  }
  if (!holdsFixed(value) || (!Array.isArray(value) && !isPlainObject(value))) {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) return false;
    parts.push(text);
    return true;
  }
  if (Array.isArray(value)) {
    parts.push('[');
    value.forEach((item, index) => {
      if (index > 0) parts.push(',');
      if (!collect(item, parts)) parts.push('null');
    });
    parts.push(']');
    return true;
  }
  parts.push('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const at = parts.length;
    parts.push(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
    if (collect(value[key], parts)) first = false;
    else parts.length = at;
  }
  parts.push('}');
  return true;
}

function concatenate(parts: ReadonlyArray<string | Uint8Array<ArrayBuffer>>): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const part of parts) length += typeof part === 'string' ? Buffer.byteLength(part, 'utf8') : part.byteLength;
  const result = Buffer.allocUnsafe(length);
  let offset = 0;
  for (const part of parts) {
    if (typeof part === 'string') offset += result.write(part, offset, 'utf8');
    else {
      result.set(part, offset);
      offset += part.byteLength;
    }
  }
  return result;
}
