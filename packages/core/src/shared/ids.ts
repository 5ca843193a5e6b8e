/** Ids of application and company documents: 24-hex ObjectIds in both stores. */
export interface IdGenerator {
  /** A new ObjectId as 24 lowercase hex characters, its timestamp taken from `now`. */
  objectId(now: Date): string;
}

const OBJECT_ID = /^[0-9a-fA-F]{24}$/;

/** Valid path ids are exactly 24 hex characters in either case; they are stored lowercase. */
export function parseObjectId(text: string): string | null {
  return OBJECT_ID.test(text) ? text.toLowerCase() : null;
}
