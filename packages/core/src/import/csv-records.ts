/** An RFC 4180 CSV reader over text chunks: quoted fields with doubled quotes, line breaks inside
 * quotes, CRLF, LF or CR line ends, and `,`, `;` or tab as the separator (sniffed from the header
 * line, as spreadsheets in many locales write `;`). A bare quote inside an unquoted field is
 * kept as text; broken quoting is refused with its line and column. Memory holds one record. */
import { fileError, MAX_CELL_CHARS, MAX_IMPORT_COLUMNS } from './import-limits.js';

export type CsvRecord = {
  /** The physical line (1-based) the record starts on. */
  line: number;
  fields: string[];
};

export type CsvSeparator = ',' | ';' | '\t';

const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];

/** The separator used most often outside quotes in the first line; `,` when none is. */
export function sniffSeparator(firstLine: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as CsvSeparator)) counts.set(char as CsvSeparator, (counts.get(char as CsvSeparator) ?? 0) + 1);
  }
  let best: CsvSeparator = ',';
  for (const separator of SEPARATORS) if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return best;
}

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

/** The incremental state machine: `push` text, collect finished records, `finish` at the end. */
export class CsvRecordParser {
  private state: State = 'fieldStart';
  private field = '';
  private fields: string[] = [];
  private line = 1;
  private column = 0;
  private recordLine = 1;
  private quoteLine = 0;
  private quoteColumn = 0;
  /** A CR ended the last chunk: a LF starting the next one belongs to it. */
  private pendingCr = false;

  constructor(private readonly separator: CsvSeparator) {}

  push(text: string, out: CsvRecord[]): void {
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index] as string;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (char === '\n') continue;
      }
      this.column += 1;
      switch (this.state) {
        case 'quoted':
          if (char === '"') {
            this.state = 'quoteInQuoted';
          } else if (char === '\r' || char === '\n') {
            // Line breaks inside a cell are kept as LF, whichever the file used.
            this.append('\n');
            this.pendingCr = char === '\r';
            this.newLine();
          } else {
            this.append(char);
          }
          break;
        case 'quoteInQuoted':
          if (char === '"') {
            this.append('"');
            this.state = 'quoted';
          } else if (char === this.separator) {
            this.endField();
          } else if (char === '\r' || char === '\n') {
            this.endRecord(char, out);
          } else {
            throw fileError(
              `Broken quoting on line ${this.line}, column ${this.column}: after the closing quote of a field comes ${JSON.stringify(char)}; ` +
                `a quote inside a quoted field must be doubled ("").`,
            );
          }
          break;
        default:
          if (char === this.separator) this.endField();
          else if (char === '\r' || char === '\n') this.endRecord(char, out);
          else if (char === '"' && this.state === 'fieldStart') {
            this.state = 'quoted';
            this.quoteLine = this.line;
            this.quoteColumn = this.column;
          } else {
            this.append(char);
            this.state = 'unquoted';
          }
      }
    }
  }

  /** The last record, if the text did not end with a line break. */
  finish(out: CsvRecord[]): void {
    if (this.state === 'quoted') {
      throw fileError(
        `Broken quoting: the quoted field that starts on line ${this.quoteLine}, column ${this.quoteColumn} is never closed.`,
      );
    }
    if (this.state !== 'fieldStart' || this.fields.length > 0) {
      this.fields.push(this.field);
      out.push({ line: this.recordLine, fields: this.fields });
    }
    this.fields = [];
    this.field = '';
    this.state = 'fieldStart';
  }

  private append(text: string): void {
    this.field += text;
    if (this.field.length > MAX_CELL_CHARS) {
      throw fileError(`The cell that starts on line ${this.recordLine} is longer than ${MAX_CELL_CHARS} characters.`);
    }
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = 'fieldStart';
    if (this.fields.length > MAX_IMPORT_COLUMNS) {
      throw fileError(`Line ${this.recordLine} has more than ${MAX_IMPORT_COLUMNS} columns.`);
    }
  }

  private endRecord(lineBreak: '\r' | '\n', out: CsvRecord[]): void {
    this.endField();
    out.push({ line: this.recordLine, fields: this.fields });
    this.fields = [];
    if (lineBreak === '\r') this.pendingCr = true;
    this.newLine();
    this.recordLine = this.line;
  }

  private newLine(): void {
    this.line += 1;
    this.column = 0;
  }
}

/** Records of a text stream, the separator sniffed from its first line. */
export async function* csvRecords(text: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let parser: CsvRecordParser | null = null;
  let head = '';
  const out: CsvRecord[] = [];
  for await (const chunk of text) {
    if (parser === null) {
      head += chunk;
      const end = head.search(/[\r\n]/);
      if (end < 0 && head.length < MAX_CELL_CHARS) continue;
      parser = new CsvRecordParser(sniffSeparator(end < 0 ? head : head.slice(0, end)));
      parser.push(head, out);
      head = '';
    } else {
      parser.push(chunk, out);
    }
    yield* out;
    out.length = 0;
  }
  if (parser === null) {
    parser = new CsvRecordParser(sniffSeparator(head));
    parser.push(head, out);
  }
  parser.finish(out);
  yield* out;
}
