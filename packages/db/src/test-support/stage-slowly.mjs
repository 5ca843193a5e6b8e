// Child process of the crash test (plain Node, on the built package): opens the local-disk
// store, commits a few files, then stages several uploads slowly and never finishes them, so
// the parent can SIGKILL it mid-write. Prints one JSON line per milestone.
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLocalFileStore } from '@jobtracker/db/local-files';

const [root, committedCount = '3', stagingCount = '3'] = process.argv.slice(2);
const files = createLocalFileStore({ root });

async function* once(bytes) {
  yield bytes;
}

const committed = [];
for (let n = 0; n < Number(committedCount); n++) {
  const bytes = Uint8Array.from({ length: 10_000 + n * 777 }, (_, i) => (i * 31 + n) % 256);
  const key = `uploads/1/document/${randomUUID()}.txt`;
  const displayName = `committed ${n}.txt`;
  await files.commit(await files.stage(once(bytes)), { key, displayName });
  committed.push({ key, displayName, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
}
console.log(JSON.stringify({ committed }));

let writing = 0;
async function* slow() {
  for (let chunk = 0; ; chunk++) {
    yield new Uint8Array(16 * 1024).fill(chunk % 256);
    // Announce once every upload has bytes on disk (the store wrote the previous chunk).
    if (chunk === 2 && ++writing === Number(stagingCount)) console.log(JSON.stringify({ staging: writing }));
    await sleep(5);
  }
}
await Promise.all(Array.from({ length: Number(stagingCount) }, () => files.stage(slow())));
