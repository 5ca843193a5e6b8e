/** Child-process entry: a bare node:http server answering `GET /<n>` with the bytes of the n-th
 * file given (captured API responses), as the bench's upper bound for the same bytes. Prints its
 * port on stdout. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: baseline-server <response-body-file>...');
  process.exit(2);
}
const answers = files.map((file) => {
  const body = readFileSync(file);
  return { body, headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) } };
});

const server = createServer((request, response) => {
  const answer = answers[Number((request.url ?? '/0').slice(1)) || 0] ?? answers[0]!;
  response.writeHead(200, answer.headers);
  response.end(answer.body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`baseline listening on ${typeof address === 'object' && address ? address.port : 0}`);
});
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  // Keep-alive sockets left by a finished client would hold close() open.
  server.closeAllConnections();
});
