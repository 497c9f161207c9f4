// Subscribes with the protocols' own npm clients and prints one JSON line per message, for the live tests:
//   node live.mjs <sse|ws> <graphql-url> <token|-> <query> [variables-json] [subscriptions-on-one-connection]
// Lines: {"id":n,"next":<result>} | {"id":n,"error":<errors>} | {"id":n,"complete":true} | {"closed":<code>,"reason":...}
// It runs until stdin closes (the test's way to stop it), then disposes its clients and exits 0.
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';

const [transport, url, token, query, variablesJson, countText] = process.argv.slice(2);
const variables = variablesJson ? JSON.parse(variablesJson) : {};
const count = Number(countText ?? '1');
const auth = token && token !== '-' ? { Authorization: `Bearer ${token}` } : {};
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

let client;
if (transport === 'sse') {
  client = createSseClient({ url: url + '/stream', headers: auth, retryAttempts: 0 });
} else {
  client = createWsClient({
    url: url.replace(/^http/, 'ws') + '/ws',
    webSocketImpl: WebSocket,
    connectionParams: auth,
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => print({ closed: event.code, reason: event.reason }) },
  });
}

const disposers = [];
for (let id = 1; id <= count; id++) {
  disposers.push(client.subscribe({ query, variables }, {
    next: (value) => print({ id, next: value }),
    error: (error) => print({ id, error: Array.isArray(error) ? error : { message: String(error?.message ?? error), code: error?.code } }),
    complete: () => print({ id, complete: true }),
  }));
}

process.stdin.resume();
process.stdin.on('end', async () => {
  disposers.forEach((dispose) => dispose());
  await client.dispose();
  process.exit(0);
});
