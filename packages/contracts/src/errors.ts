/** The contract's error bodies (section 1.4), as schemas for the OpenAPI document and types. */
import * as v from 'valibot';

export const DetailError = v.object({
  detail: v.string(),
  code: v.optional(v.string()),
  messages: v.optional(
    v.array(v.object({ token_class: v.string(), token_type: v.string(), message: v.string() })),
  ),
});
export const ErrorMessageBody = v.object({ error: v.string() });
export const FileErrorsBody = v.object({ errors: v.array(v.string()) });
export const MessageError = v.object({ message: v.string() });

export type DetailError = v.InferOutput<typeof DetailError>;
export type ErrorMessageBody = v.InferOutput<typeof ErrorMessageBody>;
export type FileErrorsBody = v.InferOutput<typeof FileErrorsBody>;
