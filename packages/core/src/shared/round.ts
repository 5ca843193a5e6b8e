/** Python's round(x, n): half to even, decided on the exact binary value of x (so 2.675 rounds
 * to 2.67, as in Python), computed with BigInt on the double's mantissa and exponent. */
export function pythonRound(value: number, digits = 0): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(value));
  const bits = view.getBigUint64(0);
  const exponentBits = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  // value = mantissa * 2^exponent exactly.
  const mantissa = exponentBits === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (exponentBits === 0 ? 1 : exponentBits) - 1075;
  if (exponent >= 0) return value;
  const scale = 10n ** BigInt(digits);
  const numerator = mantissa * scale;
  const denominator = 1n << BigInt(-exponent);
  let quotient = numerator / denominator;
  const twiceRemainder = (numerator % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) quotient += 1n;
  const rounded = Number(quotient) / Number(scale);
  return value < 0 ? -rounded : rounded;
}
