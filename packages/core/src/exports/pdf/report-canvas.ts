/** The page sequence of the report and a top-down cursor that starts a new page when the next
 * block would run into the bottom margin. */
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { ReportFonts } from './report-fonts.js';
import { MARGIN, PAGE_SIZE } from './report-theme.js';

export class ReportCanvas {
  page: PDFPage;
  /** Top of the free space on the current page (PDF y grows upwards). */
  y: number;
  /** Called after a page break, e.g. to repeat a table header. */
  private onNewPage: (() => void) | null = null;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: ReportFonts,
    /** US Letter portrait unless a report needs another page (the proof of search: A4 landscape). */
    readonly pageSize: [number, number] = PAGE_SIZE,
  ) {
    this.page = doc.addPage(pageSize);
    this.y = pageSize[1] - MARGIN.top;
  }

  /** Space left above the bottom margin. */
  get room(): number {
    return this.y - MARGIN.bottom;
  }

  newPage(): void {
    this.page = this.doc.addPage(this.pageSize);
    this.y = this.pageSize[1] - MARGIN.top;
    this.onNewPage?.();
  }

  /** Breaks the page unless `height` points fit; true when it did. */
  ensure(height: number): boolean {
    if (height <= this.room) return false;
    this.newPage();
    return true;
  }

  /** Runs `body` with `header` redrawn at the top of every page it breaks onto. */
  withPageHeader(header: () => void, body: () => void): void {
    const previous = this.onNewPage;
    this.onNewPage = header;
    try {
      body();
    } finally {
      this.onNewPage = previous;
    }
  }
}
