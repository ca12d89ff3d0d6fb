// Prints PapaParse's core-parser conformance cases as JSON, for tests/real_data.rs.
// The cases are JavaScript object literals in test-cases.js; they are evaluated in an
// isolated context with the test framework stubbed out. Nothing is fetched or run but
// the literal definitions.
//
// Usage: node tests/support/papaparse_cases.mjs path/to/test-cases.js
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const source = readFileSync(process.argv[2], 'utf8');
// Only the literal itself (and the two separator constants it uses) is evaluated.
const start = source.indexOf('var CORE_PARSER_TESTS = [');
const end = source.indexOf('\ndescribe(', start);
if (start < 0 || end < 0) throw new Error('CORE_PARSER_TESTS not found');
const literal = source.slice(start, end);
const sandbox = { String };
vm.createContext(sandbox);
vm.runInContext(
  `var RECORD_SEP = String.fromCharCode(30); var UNIT_SEP = String.fromCharCode(31);\n${literal}\n;globalThis.__cases = CORE_PARSER_TESTS;`,
  sandbox,
  { timeout: 5000 },
);
const cases = sandbox.__cases.map((c) => ({
  description: c.description,
  input: c.input,
  // Functions do not survive JSON; a case whose config has one is marked.
  config: c.config ?? {},
  config_has_function: Object.values(c.config ?? {}).some((v) => typeof v === 'function'),
  data: c.expected?.data ?? null,
  errors: (c.expected?.errors ?? []).length,
}));
process.stdout.write(JSON.stringify(cases));
