/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// For CI's one closing line: a suite writes its pass/fail counts where SUITE_COUNTS_FILE points.
import fs from 'node:fs';

export function writeCounts(outcomes: string[]): void {
	const file = process.env.SUITE_COUNTS_FILE;
	if (!file) return;
	const passed = outcomes.filter((o) => o === 'passed').length;
	const failed = outcomes.filter((o) => o === 'FAILED').length;
	fs.writeFileSync(file, JSON.stringify({ passed, failed, skipped: outcomes.length - passed - failed }));
}
