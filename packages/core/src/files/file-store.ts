/** The FileStore port: where uploaded bytes live (local disk by default, GridFS with MongoDB).
 * Core decides every key (`uploads/<owner>/<kind>/<uuid><ext>`, see file-key.ts); adapters
 * check each key they are given against that shape and its owner before touching anything. */

/** A staged upload: bytes written to a temporary place that no reader can see. The id means
 * something only to the store that issued it. */
export type StagedFile = { readonly stagingId: string };

/** Where a staged file becomes visible, and the client's (sanitised) name kept beside it. */
export type CommitTarget = { key: string; displayName: string };

/** A committed file opened for reading. `bytes` is read only when iterated, so a caller that
 * needs just the size (HEAD) can leave it untouched; iterate it at most once. */
export type StoredFile = {
  size: number;
  /** null when the store has no display name for the file (kept apart from the bytes). */
  displayName: string | null;
  bytes: AsyncIterable<Uint8Array>;
};

export interface FileStore {
  /** Writes every chunk of `bytes` to a temporary place and makes it durable. The kind (and so
   * the key) may not be known yet. If `bytes` throws, nothing is left and the error propagates. */
  stage(bytes: AsyncIterable<Uint8Array>): Promise<StagedFile>;
  /** Makes a staged file visible under `target.key`, all at once, with its display name; the
   * staged file is gone afterwards. Throws for an unknown (discarded, swept) staged file or a key
   * that is not server-shaped. */
  commit(staged: StagedFile, target: CommitTarget): Promise<void>;
  /** Drops a staged file; a no-op when it is already gone. */
  discard(staged: StagedFile): Promise<void>;
  /** Deletes the owner's committed file at `key`: false, touching nothing, when `key` is not
   * server-shaped or belongs to someone else; true otherwise (also when it was already gone). */
  remove(ownerId: number, key: string): Promise<boolean>;
  /** Deletes every committed file of the owner (account deletion); resolves to how many. */
  removeAll(ownerId: number): Promise<number>;
  /** Keys of the owner's committed files, sorted (staged uploads are nobody's yet); [] for an
   * id that cannot own files. For copying a user's files (the migrate command). */
  list(ownerId: number): Promise<string[]>;
  /** The owner's committed file at `key`; null when foreign, not server-shaped or absent. */
  open(ownerId: number, key: string): Promise<StoredFile | null>;
  /** Removes what crashed or abandoned uploads left: staged files last written at or before
   * `stagedBefore` (millisecond precision). Committed files stay. Resolves to how many. With
   * several processes on one store, pass a time older than any upload still in flight. */
  sweep(options: { stagedBefore: Date }): Promise<number>;
}
