import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { EventFilters } from '../shared/events';
import { readEventSelection } from '../shared/events';
import { ParameterReader } from '../shared/parameters';
import type { IpRange } from '../shared/webhookSecurity';
import {
	DEFAULT_REPLAY_WINDOW_SECONDS,
	DEFAULT_TRUSTED_PROXY_ADDRESSES,
	MAX_REPLAY_WINDOW_SECONDS,
	parseAllowlist,
} from '../shared/webhookSecurity';
import { triggerProperties } from './description';
import type { FormSettings } from './forms/submission';
import { readFormSettings } from './forms/submission';

export interface TriggerConfig {
	filters: EventFilters;
	allowedRanges: IpRange[];
	signingSecret: string;
	trustedProxies: number;
	trustedProxyRanges: IpRange[];
	replayWindowSeconds: number;
	deduplicate: boolean;
	fetchFullMessage: boolean;
	downloadFiles: boolean;
	forms: FormSettings;
}

type TriggerContext = IWebhookFunctions | IHookFunctions;

/** `"a", "b" are not an IP address or CIDR range` */
const notAddresses = (entries: string[]): string =>
	`${entries.map((entry) => JSON.stringify(entry)).join(', ')} ${entries.length === 1 ? 'is' : 'are'} not an IP address or CIDR range`;

/** The Trusted Proxy Addresses option: IPs and CIDR ranges; empty trusts no proxy. */
function readTrustedProxyRanges(read: ParameterReader): IpRange[] {
	const path = 'options.trustedProxyAddresses';
	const parsed = parseAllowlist(read.text(path, {}, DEFAULT_TRUSTED_PROXY_ADDRESSES));
	if (parsed.invalid.length > 0) throw read.fail(path, notAddresses(parsed.invalid));
	return parsed.ranges;
}

/** Reads and validates the node's parameters and the credential's security settings: a trigger fails closed. */
export async function readTriggerConfig(this: TriggerContext): Promise<TriggerConfig> {
	const credentials = await this.getCredentials<{ signingSecret?: string; webhookAllowedIps?: string }>('pachcaApi');
	const read = new ParameterReader(this, triggerProperties);
	const { filters, fetchFullMessage, downloadFiles } = readEventSelection(read);
	const allowlist = parseAllowlist(credentials.webhookAllowedIps);
	if (allowlist.invalid.length > 0) {
		throw new NodeOperationError(
			this.getNode(),
			`Allowed Webhook Sender IPs (Pachca credential): ${notAddresses(allowlist.invalid)}`,
			{ description: 'Fix or remove the entries named here.' },
		);
	}
	return {
		filters,
		allowedRanges: allowlist.ranges,
		signingSecret: String(credentials.signingSecret ?? '').trim(),
		trustedProxies: read.integer('options.trustedProxies', { min: 0 }, 0),
		trustedProxyRanges: readTrustedProxyRanges(read),
		replayWindowSeconds: read.integer(
			'options.replayWindow',
			{ min: 0, max: MAX_REPLAY_WINDOW_SECONDS },
			DEFAULT_REPLAY_WINDOW_SECONDS,
		),
		deduplicate: read.boolean('options.deduplicate', true),
		fetchFullMessage,
		downloadFiles,
		forms: readFormSettings(read),
	};
}
