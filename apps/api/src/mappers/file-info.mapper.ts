/** An attachment as the upload endpoints render it (contract 6.1: `FileInfo`). */
import { formatUploadedAt, type FileInfo } from '@jobtracker/contracts';
import type { Attachment } from '@jobtracker/core';

export function toFileInfo(attachment: Attachment): FileInfo {
  return {
    filename: attachment.filename,
    original_name: attachment.original_name,
    file_path: attachment.file_path,
    file_url: attachment.file_url,
    file_size: attachment.file_size,
    file_type: attachment.file_type,
    uploaded_at: formatUploadedAt(attachment.uploaded_at),
  };
}
