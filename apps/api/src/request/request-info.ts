/** What a transport tells the request layer about one request, read off its own request object. */
export type RequestInfo = {
  /** Raw Authorization header, if any. */
  authorization: string | null;
  /** The web app's session cookie, if any and if the transport accepts it. */
  sessionCookie: string | null;
  /** The caller's address as trusted-proxy rules determine it. */
  clientAddress: string;
  method: string;
  /** Whether the request came from our own origin (cookie-authenticated mutations need it). */
  sameOrigin: boolean;
  /** Set or clear the web session cookie (only where the transport can: tRPC). */
  setSessionCookie?: (secret: string | null) => void;
};
