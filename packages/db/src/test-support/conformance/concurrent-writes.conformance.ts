/** Conformance suite for writes that race: what two API processes may do at the same moment must
 * come out as if one had waited for the other. Any adapter must pass it unchanged. */
import {
  addTimelineEvent,
  appendAttachment,
  changeApplicationStatus,
  removeAttachment,
  type Attachment,
} from '@jobtracker/core';
import { describe, expect, it } from 'vitest';
import { aNewUser, anApplication, at } from '@jobtracker/core/testing';
import { useFreshStore, type OpenStore } from './fixture.js';

const ALICE = 1;

function anAttachment(name: string): Attachment {
  return {
    filename: `${name}.pdf`,
    original_name: `${name}.pdf`,
    file_path: `uploads/${ALICE}/document/${name}.pdf`,
    file_url: `/media/uploads/${ALICE}/document/${name}.pdf`,
    file_size: 100,
    file_type: 'pdf',
    uploaded_at: at('2025-06-01T00:00:00.000Z'),
  };
}

export function describeConcurrentWrites(name: string, open: OpenStore<'users' | 'applications'>): void {
  describe(`concurrent writes (${name})`, () => {
    const store = useFreshStore(open);

    it('50 simultaneous registrations of one email make one account', async () => {
      const { users } = store();
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, index) => users.create(aNewUser({ email: 'race@example.com', first_name: `Racer ${index}` }))),
      );
      const created = results.filter((user) => user !== null);
      expect(created).toHaveLength(1);
      expect(await users.findByEmail('race@example.com')).toStrictEqual(created[0]);
    });

    it('timeline events, status changes and attachment changes on one application all land', async () => {
      const { applications } = store();
      const original = anApplication(ALICE, {
        application: { status: 'applied' },
        timeline: [],
        attachments: ['kept-1', 'removed', 'kept-2'].map(anAttachment),
      });
      await applications.create(original);
      const deps = { applications };
      const now = at('2025-06-02T00:00:00.000Z');
      const command = { userId: ALICE, id: original.id, now };
      const statuses = ['screening', 'interview', 'technical_test', 'offer', 'accepted'];
      const added = Array.from({ length: 5 }, (_, index) => anAttachment(`added-${index}`));

      await Promise.all([
        ...Array.from({ length: 10 }, (_, index) =>
          addTimelineEvent(deps, { ...command, event: { event_type: 'note', title: `event ${index}` } }),
        ),
        ...statuses.map((status) => changeApplicationStatus(deps, { ...command, status })),
        ...added.map((attachment) => appendAttachment(applications, { ...command, attachment })),
        removeAttachment(applications, { ...command, rawId: original.id, rawIndex: 1 }),
      ]);

      const found = (await applications.findById(ALICE, original.id))!;
      const titles = found.timeline!.map((event) => event.title);
      expect(titles.filter((title) => title!.startsWith('event ')).sort()).toEqual(
        Array.from({ length: 10 }, (_, index) => `event ${index}`).sort(),
      );
      // Each status change saw the one before it: the log is a chain from the first status to the last.
      const changes = found.timeline!.filter((event) => event.event_type === 'status_change').map((event) => event.title);
      expect(changes).toHaveLength(statuses.length);
      let previous = 'applied';
      for (const change of changes) {
        const [, from, to] = /^Status changed from (\S+) to (\S+)$/.exec(change!)!;
        expect(from).toBe(previous);
        previous = to!;
      }
      expect(found.application?.status).toBe(previous);
      expect(found.attachments!.map((attachment) => attachment.filename).sort()).toEqual(
        ['kept-1.pdf', 'kept-2.pdf', ...added.map((attachment) => attachment.filename)].sort(),
      );
    });
  });
}
