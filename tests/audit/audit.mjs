// Runs the GraphQL-over-HTTP conformance audits of graphql-http against a live endpoint.
// Usage: node audit.mjs http://127.0.0.1:5080/graphql
// Prints one line per audit and a summary; exits 1 when any MUST audit fails (the endpoint needs introspection on).
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql url>');
  process.exit(2);
}

const counts = { MUST: { ok: 0, fail: 0 }, SHOULD: { ok: 0, fail: 0 }, MAY: { ok: 0, fail: 0 } };
const mustFailures = [];
for (const audit of serverAudits({ url })) {
  const level = audit.name.split(' ')[0];
  let result;
  try {
    result = await audit.fn();
  } catch (error) {
    // An unreachable server makes fetch throw instead of failing the audit.
    result = { status: 'error', reason: `${error.message}${error.cause ? ` (${error.cause.message})` : ''}` };
  }
  const ok = result.status === 'ok';
  counts[level] ??= { ok: 0, fail: 0 };
  counts[level][ok ? 'ok' : 'fail']++;
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${level.padEnd(6)} ${audit.id}  ${audit.name}`);
  if (!ok) {
    console.log(`      reason: ${result.reason}`);
    if (level === 'MUST') {
      mustFailures.push(`${audit.id}  ${audit.name}: ${result.reason}`);
    }
  }
}

const summary = Object.entries(counts).map(([level, c]) => `${level} ${c.ok}/${c.ok + c.fail}`).join(', ');
console.log(`audit: ${summary}`);
if (mustFailures.length > 0) {
  console.log(`${mustFailures.length} MUST audit(s) failed:`);
  for (const failure of mustFailures) {
    console.log(`  ${failure}`);
  }
  process.exit(1);
}
