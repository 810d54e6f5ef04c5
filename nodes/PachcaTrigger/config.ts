import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { IpRange } from '../shared/webhookSecurity';
import { DEFAULT_REPLAY_WINDOW_SECONDS, parseAllowlist } from '../shared/webhookSecurity';
import type { EventFilters, ListParse } from '../shared/events/filters';
import { parseCommands, parseIdList } from '../shared/events/filters';

export interface TriggerConfig {
	filters: EventFilters;
	allowedRanges: IpRange[];
	signingSecret: string;
	trustedProxies: number;
	replayWindowSeconds: number;
	deduplicate: boolean;
	fetchFullMessage: boolean;
}

interface TriggerOptions extends IDataObject {
	chatIds?: string;
	commands?: string;
	ignoreUserIds?: string;
	fetchFullMessage?: boolean;
	replayWindow?: number;
	trustedProxies?: number;
	deduplicate?: boolean;
}

type TriggerContext = IWebhookFunctions | IHookFunctions;

/** Rejects an invalid setting by name instead of ignoring it: a trigger must fail closed. */
function valid<T>(ctx: TriggerContext, parsed: ListParse<T>, label: string, expected: string): T[] {
	if (parsed.invalid.length > 0) {
		throw new NodeOperationError(
			ctx.getNode(),
			`${label}: ${parsed.invalid.map((entry) => JSON.stringify(entry)).join(', ')} ${parsed.invalid.length === 1 ? 'is' : 'are'} not ${expected}`,
			{ description: 'Fix or remove the entries named here.' },
		);
	}
	return parsed.values;
}

function nonNegativeInteger(ctx: TriggerContext, value: unknown, fallback: number, label: string): number {
	const number = value === undefined || value === '' ? fallback : Number(value);
	if (!Number.isInteger(number) || number < 0) {
		throw new NodeOperationError(ctx.getNode(), `${label} must be a whole number of 0 or more, not ${JSON.stringify(value)}`);
	}
	return number;
}

/** Reads and validates the node's parameters and the credential's security settings. */
export async function readTriggerConfig(this: TriggerContext): Promise<TriggerConfig> {
	const credentials = await this.getCredentials<{ signingSecret?: string; webhookAllowedIps?: string }>('pachcaApi');
	const options = this.getNodeParameter('options', {}) as TriggerOptions;
	const events = this.getNodeParameter('events', []) as string[];
	if (events.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Select at least one event (or "All Events")');
	}
	const allowlist = parseAllowlist(credentials.webhookAllowedIps);
	return {
		filters: {
			events,
			chatIds: valid(this, parseIdList(options.chatIds), 'Chat IDs', 'a numeric chat ID'),
			commands: valid(this, parseCommands(options.commands), 'Commands', 'a command'),
			ignoreUserIds: valid(this, parseIdList(options.ignoreUserIds), 'Ignore User IDs', 'a numeric user ID'),
		},
		allowedRanges: valid(
			this,
			{ values: allowlist.ranges, invalid: allowlist.invalid },
			'Allowed Webhook Sender IPs (Pachca credential)',
			'an IP address or CIDR range',
		),
		signingSecret: String(credentials.signingSecret ?? '').trim(),
		trustedProxies: nonNegativeInteger(this, options.trustedProxies, 0, 'Trusted Proxies'),
		replayWindowSeconds: nonNegativeInteger(this, options.replayWindow, DEFAULT_REPLAY_WINDOW_SECONDS, 'Replay Window'),
		deduplicate: options.deduplicate !== false,
		fetchFullMessage: options.fetchFullMessage === true,
	};
}
