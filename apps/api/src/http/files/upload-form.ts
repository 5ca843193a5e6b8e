/** Reads an upload request as it arrives, never holding the body: text fields go to memory (they
 * are small), each `file` part streams straight into a sink: the store's staging area through
 * core's stageUpload (uploads), or a temporary file (imports and restores, which read their file
 * more than once). DRF's semantics are kept: the last `file` part wins (earlier ones are
 * discarded), every other part is a field (last value wins), a urlencoded or JSON body carries
 * no file. Any failure discards what was taken; a malformed body is drained first so the client
 * reads the 400. */
import type { BusboyFileStream, BusboyInstance } from '@fastify/busboy';
import { discardUpload, stageUpload, type FileStore, type StagedUpload } from '@jobtracker/core';
import type { Context } from 'hono';
import { spoolToTempFile, type SpooledFile } from '../../infra/temp-files.js';
import { RequestError } from '../../request/request-error.js';
import { mediaTypeOf, readRequestBody } from '../request-body.js';

export type UploadForm = { fields: Record<string, unknown>; upload: StagedUpload | null };

/** A `file` part written to a temporary file, with the client's name for it. */
export type SpooledUpload = SpooledFile & { filename: string };
export type SpooledForm = { fields: Record<string, unknown>; file: SpooledUpload | null };

/** Where the `file` part goes, and how a taken part is dropped again. */
type PartSink<T> = {
  take(filename: string, bytes: AsyncIterable<Uint8Array>): Promise<T>;
  drop(taken: T): Promise<void>;
};

/** Django's DATA_UPLOAD_MAX_NUMBER_FILES: each file part costs a staged file, so a body of
 * thousands of tiny parts is refused instead of written and discarded part by part. */
const MAX_FILE_PARTS = 100;

type Taking<T> = Promise<{ taken: T } | { error: unknown }>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Any other accepted body type carries fields only. */
async function readForm<T>(c: Context, accepts: readonly string[], sink: PartSink<T>): Promise<{ fields: Record<string, unknown>; file: T | null }> {
  if (mediaTypeOf(c) !== 'multipart/form-data' || !accepts.includes('multipart/form-data')) {
    const body = await readRequestBody(c, accepts);
    return { fields: isRecord(body.value) ? body.value : {}, file: null };
  }
  return readMultipart(c.req.raw, sink);
}

export async function readUploadForm(c: Context, options: { accepts: readonly string[]; files: FileStore }): Promise<UploadForm> {
  const { files } = options;
  const form = await readForm(c, options.accepts, {
    take: (filename, bytes) => stageUpload({ files }, { filename, bytes }),
    drop: (upload) => discardUpload({ files }, upload),
  });
  return { fields: form.fields, upload: form.file };
}

/** The `file` part goes to a temporary file; the caller removes it when done. */
export function readSpooledForm(c: Context, options: { accepts: readonly string[] }): Promise<SpooledForm> {
  return readForm<SpooledUpload>(c, options.accepts, {
    take: async (filename, bytes) => ({ ...(await spoolToTempFile(bytes)), filename }),
    drop: (file) => file.remove(),
  });
}

/** The parser, loaded on the first upload (nothing else needs it). */
async function createParser(contentType: string): Promise<BusboyInstance> {
  const { Busboy } = await import('@fastify/busboy');
  try {
    return new Busboy({
      headers: { 'content-type': contentType },
      // The client's name reaches core as sent; core's sanitising is the one rule for it.
      preservePath: true,
      // As the WHATWG and Django parsers do: a part is a file when it names a file.
      isPartAFile: (_field, _type, filename) => filename !== undefined,
      limits: { files: MAX_FILE_PARTS },
    });
  } catch {
    // No boundary in the Content-Type.
    throw new RequestError('REQUEST.MALFORMED_MULTIPART');
  }
}

/** The bytes of one part. When the consumer stops early (an oversized file), the rest is drained
 * rather than the stream destroyed, so the parser reads on to the parts after it. */
async function* partBytes(stream: BusboyFileStream): AsyncGenerator<Uint8Array> {
  try {
    yield* stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Uint8Array>;
  } finally {
    stream.resume();
  }
}

function settle<T>(taking: Promise<T>): Taking<T> {
  return taking.then(
    (taken) => ({ taken }),
    (error: unknown) => ({ error }),
  );
}

async function readMultipart<T>(request: Request, sink: PartSink<T>): Promise<{ fields: Record<string, unknown>; file: T | null }> {
  const parser = await createParser(request.headers.get('content-type') ?? '');
  const fields: Record<string, unknown> = {};
  let latest: Taking<T> | undefined;
  let streaming: BusboyFileStream | undefined;
  const discarding: Array<Promise<void>> = [];
  let tooManyFiles = false;
  const parse = parseOutcome(parser);

  parser.on('field', (name, value) => {
    fields[name] = value;
  });
  parser.on('file', (name, stream, filename) => {
    // The parser reports a truncated part on its stream too; the parse outcome carries it.
    stream.on('error', () => undefined);
    if (name !== 'file') {
      stream.resume();
      return;
    }
    const previous = latest;
    streaming = stream;
    // A sink that fails before reading leaves the part unread; resuming lets the parse go on.
    latest = settle(sink.take(filename, partBytes(stream))).finally(() => stream.resume());
    if (previous) discarding.push(previous.then((taken) => ('taken' in taken ? sink.drop(taken.taken) : undefined)));
  });
  parser.on('filesLimit', () => {
    tooManyFiles = true;
  });

  try {
    await feed(request.body, parser, parse);
    if (tooManyFiles) throw new RequestError('REQUEST.MALFORMED_MULTIPART');
    const last = await latest;
    if (last && 'error' in last) throw last.error;
    return { fields, file: last ? last.taken : null };
  } catch (error) {
    // The part being written learns of the failure, so what it wrote is removed.
    if (streaming && !streaming.readableEnded) streaming.destroy(error instanceof Error ? error : new Error('upload aborted'));
    const last = await latest;
    if (last && 'taken' in last) await sink.drop(last.taken);
    throw error;
  } finally {
    await Promise.all(discarding);
  }
}

type ParseOutcome = { done: Promise<void>; failed: () => boolean };

/** The parser's end: `done` settles on its finish or its first error; `failed` says whether it
 * has reported an error so far. */
function parseOutcome(parser: BusboyInstance): ParseOutcome {
  let failed = false;
  const done = new Promise<void>((resolve, reject) => {
    parser.once('finish', resolve);
    parser.on('error', (error) => {
      failed = true;
      reject(error);
    });
  });
  // Observed by whoever awaits it; a rejection nobody awaits (the source failed first) is fine.
  done.catch(() => undefined);
  return { done, failed: () => failed };
}

/** The most the parser is given at once. @fastify/busboy 3.2.6 never calls back a write whose
 * data filled a part it skips (a header with a bare line break, say) up to the part's 16 KiB
 * buffer and ended it: its pause is then never lifted, and the request never got an answer
 * (found by the fuzzer). Such a part is drained from the tick after it starts, so slices under
 * that size, each followed by a tick, never fill it. */
const PARSER_SLICE = 8 * 1024;

/** Writes the body into the parser slice by slice, waiting whenever the file being staged
 * applies backpressure. A source error (the body limit's 413, a client gone) is rethrown as is;
 * a parse error drains the rest of the body (bounded by the body limit) and becomes the 400. */
async function feed(body: ReadableStream<Uint8Array> | null, parser: BusboyInstance, parse: ParseOutcome): Promise<void> {
  const reader = body?.getReader();
  try {
    for (;;) {
      const chunk = reader ? await reader.read() : { done: true as const };
      if (chunk.done) break;
      for (let start = 0; start < chunk.value.length; start += PARSER_SLICE) {
        // Errors arrive through the parser's 'error' event, so the callback only signals progress.
        const slice = chunk.value.subarray(start, start + PARSER_SLICE);
        const written = new Promise<void>((resolve) => parser.write(slice, () => resolve()));
        await Promise.race([written, parse.done]);
        // A part skipped in this slice starts flowing on the next tick: let it, before more comes.
        await new Promise<void>((resolve) => process.nextTick(resolve));
      }
    }
    parser.end();
    await parse.done;
  } catch (error) {
    if (!parse.failed()) throw error;
    while (reader && !(await reader.read()).done);
    throw new RequestError('REQUEST.MALFORMED_MULTIPART');
  } finally {
    reader?.releaseLock();
  }
}
