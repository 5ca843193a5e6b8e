/** Child-process entry: a bare node:http server answering every request with the bytes of one
 * file (the captured list response), as the bench's upper bound. Prints its port on stdout. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const file = process.argv[2];
if (!file) {
  console.error('usage: baseline-server <response-body-file>');
  process.exit(2);
}
const body = readFileSync(file);
const headers = { 'Content-Type': 'application/json', 'Content-Length': String(body.length) };

const server = createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
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
