import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pachcaApiRequest } from '../shared/transport';
import { parsePositiveId } from '../shared/parameters/ids';
import { readTriggerConfig } from './config';

/**
 * Automatic registration of the trigger's URL in the bot's single outgoing-webhook slot.
 * Manual registration never touches the slot.
 */

interface TokenInfo {
	name: string | null;
	user_id: number;
	scopes: string[];
}

interface Target {
	/** undefined only for a bot token whose owner token info did not name */
	botId: number | undefined;
	/** a bot token, which sets its own webhook through PUT /bot/webhook */
	selfToken: boolean;
	/** the token may read the slot (GET /bots/{id} needs bots:read) */
	canRead: boolean;
}

/** What this node registered, kept in the node's static data (per production/test URL). */
interface RegistrationRecord extends IDataObject {
	production?: string;
	test?: string;
}

const TEST_PATH = '/webhook-test/';

function isAutomatic(ctx: IHookFunctions): boolean {
	return ctx.getNodeParameter('webhookRegistration', 'manual') === 'automatic';
}

function isTestRun(ctx: IHookFunctions, url: string): boolean {
	return ctx.getMode() === 'manual' || url.includes(TEST_PATH);
}

function ourUrl(ctx: IHookFunctions): string {
	const url = ctx.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(ctx.getNode(), 'n8n did not provide a webhook URL for this trigger');
	return url;
}

function record(ctx: IHookFunctions): RegistrationRecord {
	const staticData = ctx.getWorkflowStaticData('node');
	staticData.registration ??= {};
	return staticData.registration as RegistrationRecord;
}

/** Works out the token type without needing profile:read: token info needs no scope. */
async function resolveTarget(ctx: IHookFunctions): Promise<Target> {
	const response = await pachcaApiRequest.call(ctx, 'GET', '/oauth/token/info');
	const info = (response.data ?? {}) as unknown as TokenInfo;
	const scopes = Array.isArray(info.scopes) ? info.scopes : [];
	// `name` is null for bot tokens, but the spec also says only hand-made tokens have one; bots:* scopes
	// cannot be given to a bot, so a token holding them is a user's whatever its name.
	const selfToken = info.name === null && !scopes.some((scope) => scope.startsWith('bots:'));
	// A bot token's owner is the bot itself; a user token names the bot in the node.
	const botId = parsePositiveId(selfToken ? info.user_id : ctx.getNodeParameter('botId', ''));
	if (!selfToken && botId === undefined) {
		throw new NodeOperationError(ctx.getNode(), 'Bot ID is required when the credential holds a user token', {
			description:
				"Enter the bot's ID (bot settings → API tab → user_id), or use the bot's own token in the credential.",
		});
	}
	return { botId, selfToken, canRead: botId !== undefined && scopes.includes('bots:read') };
}

/** The URL in the slot now, or undefined when the token cannot read it. */
async function readSlot(ctx: IHookFunctions, target: Target): Promise<string | undefined> {
	if (!target.canRead) return undefined;
	const response = await pachcaApiRequest.call(ctx, 'GET', `/bots/${target.botId}`);
	const webhook = ((response.data as IDataObject | undefined)?.webhook ?? {}) as IDataObject;
	return typeof webhook.outgoing_url === 'string' ? webhook.outgoing_url : '';
}

async function writeSlot(ctx: IHookFunctions, target: Target, url: string): Promise<void> {
	const body = { webhook: { outgoing_url: url } };
	if (target.selfToken) await pachcaApiRequest.call(ctx, 'PUT', '/bot/webhook', { body });
	else await pachcaApiRequest.call(ctx, 'PUT', `/bots/${target.botId}`, { body });
}

/** A test URL must not push a production URL out of the bot's only slot. */
function guardTestRegistration(ctx: IHookFunctions, slot: string | undefined, url: string): void {
	const registered = record(ctx).production;
	const occupant = slot !== undefined ? slot : registered;
	if (!occupant || occupant === url || occupant.includes(TEST_PATH)) return;
	throw new NodeOperationError(
		ctx.getNode(),
		`The bot's webhook already points to ${occupant}: registering the test URL would replace it`,
		{
			description:
				'A Pachca bot has one webhook URL. Deactivate the workflow that uses it (or clear it in the bot settings) before testing, or set Webhook Registration to Manual for testing.',
		},
	);
}

export async function webhookExists(this: IHookFunctions): Promise<boolean> {
	// Validates the settings on activation, so an invalid allowlist or filter fails here, visibly.
	await readTriggerConfig.call(this);
	if (!isAutomatic(this)) return true;
	const target = await resolveTarget(this);
	const slot = await readSlot(this, target);
	// Unreadable slot: register again (PUT is idempotent).
	return slot !== undefined && slot === ourUrl(this);
}

export async function createWebhook(this: IHookFunctions): Promise<boolean> {
	if (!isAutomatic(this)) return true;
	const url = ourUrl(this);
	const target = await resolveTarget(this);
	const test = isTestRun(this, url);
	if (test) guardTestRegistration(this, await readSlot(this, target), url);
	await writeSlot(this, target, url);
	record(this)[test ? 'test' : 'production'] = url;
	return true;
}

export async function deleteWebhook(this: IHookFunctions): Promise<boolean> {
	if (!isAutomatic(this)) return true;
	const url = ourUrl(this);
	const kind = isTestRun(this, url) ? 'test' : 'production';
	const target = await resolveTarget(this);
	const slot = await readSlot(this, target);
	// Clear only our own URL: the slot may have been given to something else since.
	const ours = slot !== undefined ? slot === url : record(this)[kind] === url;
	if (ours) await writeSlot(this, target, '');
	delete record(this)[kind];
	return true;
}
