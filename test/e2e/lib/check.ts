/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling that runs n8n and a browser, not node code */
// Assertions that print what they checked: the suite's output is the list of facts it proved.
import { isDeepStrictEqual, inspect } from 'node:util';

export class CheckFailed extends Error {}

export function check(what: string, ok: boolean, detail?: unknown): void {
	if (!ok) throw new CheckFailed(`${what}${detail === undefined ? '' : `\n      got: ${inspect(detail, { depth: 6, breakLength: 120 })}`}`);
	process.stdout.write(`    ✓ ${what}\n`);
}

export function checkEqual(what: string, actual: unknown, expected: unknown): void {
	check(what, isDeepStrictEqual(actual, expected), { actual, expected });
}

export function note(line: string): void {
	process.stdout.write(`    · ${line}\n`);
}
