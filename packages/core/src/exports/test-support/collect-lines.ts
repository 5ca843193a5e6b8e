/** Joins a line stream into the file body, as the transport would send it. */
export async function collectText(lines: Iterable<string> | AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const line of lines) text += line;
  return text;
}
