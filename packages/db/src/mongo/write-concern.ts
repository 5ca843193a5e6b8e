/** The write concern of every write the MongoDB store makes (documents and GridFS files). */

/** An acknowledged write is on a majority of the replica set and in its journal, so it survives
 * a failover and a crash. */
export const MONGO_WRITE_CONCERN = { w: 'majority', journal: true } as const;
