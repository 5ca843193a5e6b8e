/** The caller's address: the socket peer, or, only when that peer is a trusted proxy, the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy. */
export function clientAddress(options: {
  peer: string | undefined;
  forwardedFor: string | undefined;
  trustedProxies: readonly string[];
}): string {
  const { peer, forwardedFor, trustedProxies } = options;
  let address = peer ? normalize(peer) : 'unknown';
  if (!forwardedFor || trustedProxies.length === 0) return address;
  const trusted = new Set(trustedProxies.map(normalize));
  if (!trusted.has(address)) return address;
  const hops = forwardedFor.split(',').map(normalize).filter(Boolean);
  while (hops.length > 0 && trusted.has(address)) address = hops.pop() as string;
  return address;
}

function normalize(address: string): string {
  return address.trim().replace(/^::ffff:/, '');
}
