// Runs the GraphQL-over-HTTP conformance audits of graphql-http against a live endpoint.
// Usage: node audit.mjs http://127.0.0.1:5080/graphql
// Prints one line per audit and a summary; exits 1 when any MUST audit fails.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql url>');
  process.exit(2);
}

const counts = {};
const mustFailures = [];
for (const audit of serverAudits({ url })) {
  const level = audit.name.split(' ')[0];
  const result = await audit.fn();
  counts[level] ??= { ok: 0, fail: 0 };
  if (result.status === 'ok') {
    counts[level].ok++;
    console.log(`ok    ${level.padEnd(6)} ${audit.id}  ${audit.name}`);
  } else {
    counts[level].fail++;
    console.log(`FAIL  ${level.padEnd(6)} ${audit.id}  ${audit.name}: ${result.reason}`);
    if (level === 'MUST') {
      mustFailures.push(audit.id);
    }
  }
}

const summary = Object.entries(counts).map(([level, c]) => `${level} ${c.ok}/${c.ok + c.fail}`).join(', ');
console.log(`audit: ${summary}`);
process.exit(mustFailures.length === 0 ? 0 : 1);
