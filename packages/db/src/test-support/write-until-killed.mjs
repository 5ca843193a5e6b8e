// Child process of the group-commit crash test (plain Node, on the built package): writes
// applications as fast as it can, many at a time, and prints one JSON line per acknowledged
// write, until the parent kills it with SIGKILL. Every acknowledged write must survive.
import { randomBytes } from 'node:crypto';
import { openSqliteStore } from '@jobtracker/db/sqlite';

const [path, round] = process.argv.slice(2);
const store = await openSqliteStore({ path });
const newId = () => randomBytes(12).toString('hex');
const created = [];
let sequence = 0;

function create() {
  const n = sequence++;
  const application = {
    id: newId(),
    user_id: 1,
    company: { name: `Company ${n % 7}` },
    job: { title: `Job ${round}-${n}` },
    application: { status: ['applied', 'interview', 'offer'][n % 3] },
    notes: `note ${round}-${n}`,
    timeline: [],
    created_at: new Date(),
  };
  return store.applications.create(application).then(() => {
    created.push(application.id);
    console.log(JSON.stringify({ created: application.id, notes: application.notes }));
  });
}

function appendEvent() {
  const id = created[Math.floor(Math.random() * created.length)];
  const title = `event ${round}-${sequence++}`;
  return store.applications
    .update(1, id, (current) => ({ ...current, timeline: [...(current.timeline ?? []), { event_type: 'note', title }] }))
    .then(() => console.log(JSON.stringify({ updated: id, title })));
}

for (;;) {
  await Promise.all(Array.from({ length: 16 }, (_, index) => (created.length > 0 && index % 4 === 0 ? appendEvent() : create())));
}
