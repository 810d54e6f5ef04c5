/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads the example workflow beside the tests */
// Example 22's Security Log node, run as n8n runs it: its "yesterday" expressions read in the workflow's timezone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { addAuditEvent, emulatorPerFile, requestsTo, runSecurityLog } from '../harness/fixtures/securityLog';

const EXAMPLE = resolve(__dirname, '..', '..', 'examples', '22-security-log-digest.json');
const HOUR = 3_600_000;
/** Moscow has been UTC+3 all year since 2014: yesterday's bounds there, as instants. */
const MOSCOW_OFFSET = 3 * HOUR;

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

function yesterdayInMoscow(): { start: number; end: number } {
	const local = new Date(Date.now() + MOSCOW_OFFSET);
	const todayStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - MOSCOW_OFFSET;
	return { start: todayStart - 24 * HOUR, end: todayStart - 1 };
}

it("example 22 reads yesterday's events, the day taken in the workflow's timezone", async () => {
	const workflow = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { nodes: Array<{ parameters: INodeParameters }> };
	const node = workflow.nodes.find((n) => n.parameters.resource === 'securityLog');
	const { start, end } = yesterdayInMoscow();
	const inside = addAuditEvent(emu.state, { created_at: new Date(start + HOUR).toISOString(), event_key: 'bot_token_recreated' });
	addAuditEvent(emu.state, { created_at: new Date(start - HOUR).toISOString() });
	addAuditEvent(emu.state, { created_at: new Date(end + HOUR).toISOString() });

	const result = await runSecurityLog(emu, node!.parameters, [{}], { timezone: 'Europe/Moscow' });
	expect(result.error).toBeUndefined();
	expect(requestsTo(emu, 'GET', '/audit_events')[0].query).toMatchObject({
		start_time: new Date(start).toISOString(),
		end_time: new Date(end).toISOString(),
	});
	expect(result.items.map((item) => item.json.id)).toEqual([inside.id]);
});
