/** The first step of every upload: the incoming bytes go to the store's invisible staging area
 * while they are counted (writing stops past the limit) and their content is sniffed, so the
 * rules can be checked afterwards without ever holding the file in memory. */
import { createContentSniffer, type DetectedContent } from './content-sniff.js';
import type { FileStore, StagedFile } from './file-store.js';
import { extensionOf, MAX_UPLOAD_BYTES, sanitizeDisplayName } from './file-rules.js';

/** The `file` part of a request: the client's name (untrusted) and its bytes as they arrive. */
export type IncomingFile = { filename: string; bytes: AsyncIterable<Uint8Array> };

export type StagedUpload = {
  /** The client name, sanitised; "" when nothing usable was left (counts as no file). */
  displayName: string;
  /** Of the display name, lowercased with the dot ("" when none). */
  extension: string;
  /** Bytes received, capped at the limit + 1. */
  size: number;
  /** More than MAX_UPLOAD_BYTES arrived; the source was not read further. */
  tooLarge: boolean;
  content: DetectedContent;
  staged: StagedFile;
};

export async function stageUpload(deps: { files: Pick<FileStore, 'stage'> }, file: IncomingFile): Promise<StagedUpload> {
  const displayName = sanitizeDisplayName(file.filename);
  const sniffer = createContentSniffer();
  let size = 0;
  let tooLarge = false;

  async function* counted(): AsyncGenerator<Uint8Array> {
    // Returning from inside the loop closes the source, so an oversized body is not read on.
    for await (const chunk of file.bytes) {
      size += chunk.length;
      if (size > MAX_UPLOAD_BYTES) {
        tooLarge = true;
        size = MAX_UPLOAD_BYTES + 1;
        return;
      }
      sniffer.push(chunk);
      yield chunk;
    }
  }

  const staged = await deps.files.stage(counted());
  return { displayName, extension: extensionOf(displayName), size, tooLarge, content: sniffer.finish(), staged };
}

/** For a transport that staged a file and then could not go on (a later part was malformed):
 * drops it. A failure here is not reported, because the next sweep removes the leftover. */
export async function discardUpload(deps: { files: Pick<FileStore, 'discard'> }, upload: StagedUpload): Promise<void> {
  try {
    await deps.files.discard(upload.staged);
  } catch {
    // Left in the staging area, where sweep finds it.
  }
}
