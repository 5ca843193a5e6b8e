/** Python's `repr(float)`, which the original's csv writer uses for float cells (`4.0`, not `4`). */

/** The shortest round-trip digits (the same digits JavaScript picks), laid out as Python does:
 * fixed notation for decimal exponents -4..15 with at least one fractional digit, scientific
 * (`1e+16`, `1.5e-07`) otherwise. */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (Object.is(value, -0)) return '-0.0';
  const sign = value < 0 ? '-' : '';
  // toExponential() without an argument yields the shortest digits that round-trip.
  const [mantissa = '', exponentText = '0'] = Math.abs(value).toExponential().split('e');
  const exponent = Number(exponentText);
  const digits = mantissa.replace('.', '');
  if (exponent < -4 || exponent >= 16) {
    const head = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
    const magnitude = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${head}e${exponent < 0 ? '-' : '+'}${magnitude}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const integer = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  return `${sign}${integer}.${digits.slice(exponent + 1) || '0'}`;
}

/** Python's `str(int)`: plain digits, never exponent notation. */
export function pythonIntRepr(value: number): string {
  return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
}
