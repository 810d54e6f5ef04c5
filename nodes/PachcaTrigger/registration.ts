import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { WebhookSlot } from '../shared/bots';
import { readTokenOwner, readWebhookUrl, webhookSlotOf, writeWebhookUrl } from '../shared/bots';
import { ParameterReader } from '../shared/parameters';
import { readTriggerConfig } from './config';
import { triggerProperties } from './description';

/**
 * Automatic registration of the trigger's URL in the bot's single outgoing-webhook slot.
 * Manual registration never touches the slot. A URL is cleared only when the slot can be read and
 * still holds this trigger's URL: a bot token cannot read its slot, so it never clears (another
 * workflow may have registered since, and clearing would silently cut it off).
 */

/** What this node registered, kept in the node's static data (per production/test URL). */
interface RegistrationRecord extends IDataObject {
	production?: string;
	test?: string;
}

const TEST_PATH = '/webhook-test/';

const readerOf = (ctx: IHookFunctions) => new ParameterReader(ctx, triggerProperties);

function isAutomatic(ctx: IHookFunctions): boolean {
	return readerOf(ctx).choice<'manual' | 'automatic'>('webhookRegistration', 'manual') === 'automatic';
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

/** The slot this credential reaches: its own bot's (bot token) or the Bot ID's (user token). */
async function slotOf(ctx: IHookFunctions): Promise<WebhookSlot> {
	const owner = await readTokenOwner(ctx);
	// A bot token always sets its own webhook: the Bot ID field is read only for a user token.
	const slot = webhookSlotOf(owner, owner.kind === 'bot' ? undefined : readerOf(ctx).optionalId('botId'));
	if (!slot) {
		throw new NodeOperationError(ctx.getNode(), 'Bot ID is required when the credential holds a user token', {
			description:
				"Enter the bot's ID (bot settings → API tab → user_id), or use the bot's own token in the credential.",
		});
	}
	return slot;
}

/** A test URL must not push a production URL out of the bot's only slot. */
function guardTestRegistration(ctx: IHookFunctions, current: string | undefined, url: string): void {
	const occupant = current !== undefined ? current : record(ctx).production;
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
	const current = await readWebhookUrl(this, await slotOf(this));
	// Unreadable slot: register again (PUT is idempotent).
	return current !== undefined && current === ourUrl(this);
}

export async function createWebhook(this: IHookFunctions): Promise<boolean> {
	if (!isAutomatic(this)) return true;
	const url = ourUrl(this);
	const slot = await slotOf(this);
	const test = isTestRun(this, url);
	if (test) guardTestRegistration(this, await readWebhookUrl(this, slot), url);
	await writeWebhookUrl(this, slot, url);
	record(this)[test ? 'test' : 'production'] = url;
	return true;
}

export async function deleteWebhook(this: IHookFunctions): Promise<boolean> {
	if (!isAutomatic(this)) return true;
	const url = ourUrl(this);
	const slot = await slotOf(this);
	// Only a slot read right now proves the URL is still ours; what we once registered does not.
	const current = await readWebhookUrl(this, slot);
	if (current === url) await writeWebhookUrl(this, slot, '');
	delete record(this)[isTestRun(this, url) ? 'test' : 'production'];
	return true;
}
