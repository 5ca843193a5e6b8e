/** The account archive as file routes: the export streams a zip of the caller's whole account
 * (core's entries through @jobtracker/db's zip writer, nothing held whole), the restore takes
 * such a zip as a multipart upload into the caller's empty account (written to a temporary file
 * as it arrives, since a zip is read through its directory at its end). Both also take the web
 * app's session cookie. The zip library loads with the first archive, not at start-up. */
import { RestoreForm, RestoreResultOutput } from '@jobtracker/contracts';
import { DomainError, exportAccount, exportFilename, restoreAccount } from '@jobtracker/core';
import type { RequestContext } from '../../request/request-context.js';
import { attachmentDownload } from './attachment-download.js';
import { byteStream } from './byte-stream.js';
import { fileOperation, type FileOperation } from './file-operation.js';

const tags = ['Account'];

const storeDeps = (ctx: RequestContext) => ({ ...ctx.deps, users: ctx.deps.auth.users });

export function accountOperations(): FileOperation[] {
  return [
    fileOperation({
      name: 'account.export',
      meta: {
        method: 'GET', path: '/api/account/export/', tags,
        summary: 'Download the whole account as a zip archive (profile, applications, companies, contacts, settings, files)',
        description:
          'Version 1 of the archive: `data/applications.jsonl`, `data/companies.jsonl`, `data/contacts.jsonl` (one document per ' +
          'line, dates as {"$date": ISO}), `files/<key>` for every uploaded file, and `manifest.json` (format, version, profile, ' +
          'settings, counts, file list), written last. The calendar feed\'s secret is not included.',
        produces: { mediaTypes: ['application/zip'], description: 'The account archive' },
        errors: [401],
        webSession: true,
      },
      handle: async ({ c, ctx, userId }) => {
        // Checks the account before the first byte; then every entry streams as it is read.
        const entries = await exportAccount(storeDeps(ctx), { userId, now: ctx.now });
        const { zipEntries } = await import('@jobtracker/db/zip-archive');
        const filename = exportFilename('jobtracker_account', 'zip', ctx.now);
        return attachmentDownload(c, { body: byteStream(zipEntries(entries)), type: 'application/zip', filename });
      },
    }),

    fileOperation({
      name: 'account.restore',
      meta: {
        method: 'POST', path: '/api/account/restore/', tags,
        summary: 'Restore an account archive into the caller\'s account, which must be empty',
        description:
          'Multipart: `file` is a zip made by the export (at most 1 GiB). The account must hold no applications, companies or ' +
          'contacts (409). The whole archive is checked before anything is written: entry names (nothing absolute, no `..`, no ' +
          'backslashes), sizes, the manifest\'s format and version (1), that the files present are those listed, and every ' +
          'document; any problem is a 400 on `archive`. Ids and file keys are new; a failure while writing removes what was written.',
        body: { schema: RestoreForm, mediaTypes: ['multipart/form-data'] },
        output: RestoreResultOutput,
        errors: [400, 401, 409, 413, 415],
        webSession: true,
      },
      receives: 'spooled',
      handle: async ({ c, ctx, userId, spooled }) => {
        if (!spooled) throw new DomainError('FILE.MISSING');
        const { openZipArchive } = await import('@jobtracker/db/zip-archive');
        const archive = await openZipArchive(spooled.path);
        try {
          const restored = await restoreAccount({ ...storeDeps(ctx), random: ctx.deps.auth.random }, { userId, archive, now: ctx.now });
          return c.json(restored, 200);
        } finally {
          archive.close();
        }
      },
    }),
  ];
}
