/** Test-only: the text a PDF drawn with the standard PDF fonts shows, page by page, read with
 * pdf-lib alone (no I/O): each page's content streams are inflated and their hex text operands
 * (WinAnsi, one byte per character) decoded. Runs drawn separately are joined with spaces. */
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFObject } from 'pdf-lib';

function streamsOf(contents: PDFObject | undefined, doc: PDFDocument): PDFRawStream[] {
  const resolved = contents ? doc.context.lookup(contents) : undefined;
  if (resolved instanceof PDFRawStream) return [resolved];
  if (resolved instanceof PDFArray) return resolved.asArray().flatMap((item) => streamsOf(item, doc));
  return [];
}

const WIN_ANSI_EXTRA: Record<number, string> = { 0x96: '–', 0x97: '—', 0x95: '•', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”' };

export async function pdfPageRuns(pdf: Uint8Array): Promise<string[][]> {
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().map((page) => {
    const content = streamsOf(page.node.Contents(), doc)
      .map((stream) => new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()))
      .join('\n');
    return [...content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map((match) =>
      (match[1] ?? '').replace(/../g, (hex) => {
        const code = parseInt(hex, 16);
        return WIN_ANSI_EXTRA[code] ?? String.fromCharCode(code);
      }),
    );
  });
}
