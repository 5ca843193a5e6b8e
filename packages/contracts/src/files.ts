/** Uploads (contract section 6): the multipart bodies and the `FileInfo` every upload answers
 * with, alone or wrapped in `{message, file}`. */
import * as v from 'valibot';
import { describeJsonSchema } from './json-schema-registry.js';

/** A multipart file part; the bytes, not the name or declared type, decide what it is. */
const filePart = () => describeJsonSchema(v.file(), { type: 'string', contentMediaType: 'application/octet-stream' });

/** POST /api/applications/upload/: the file and the folder it goes to. */
export const UploadFileForm = v.object({
  file: filePart(),
  file_type: v.optional(v.picklist(['resume', 'document']), 'document'),
});

/** POST /api/applications/upload-resume/ and /api/applications/{id}/attach/. */
export const FileForm = v.object({ file: filePart() });

export const FileInfo = v.object({
  filename: v.pipe(v.string(), v.description('The client file name (last path part, control characters removed)')),
  original_name: v.string(),
  file_path: v.pipe(v.string(), v.examples(['uploads/1/document/2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d.pdf'])),
  file_url: v.pipe(v.string(), v.examples(['/media/uploads/1/document/2b1c0c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d.pdf'])),
  file_size: v.pipe(v.number(), v.integer()),
  file_type: v.pipe(v.string(), v.description('Lowercase extension without the dot')),
  uploaded_at: v.pipe(
    v.string(),
    v.description('Naive UTC ISO datetime with microseconds'),
    v.examples(['2025-01-25T09:00:00.123000']),
  ),
});

export const UploadedResumeOutput = v.object({ message: v.literal('Resume uploaded successfully'), file: FileInfo });
export const AttachedFileOutput = v.object({ message: v.literal('File attached successfully'), file: FileInfo });

export type FileInfo = v.InferOutput<typeof FileInfo>;
export type UploadedResumeOutput = v.InferOutput<typeof UploadedResumeOutput>;
export type AttachedFileOutput = v.InferOutput<typeof AttachedFileOutput>;
