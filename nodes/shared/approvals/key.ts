import { createHmac } from 'crypto';
import type { FunctionsBase } from 'n8n-workflow';

/**
 * The secret that the Send and Wait node and the Pachca Trigger of one bot share without ever
 * exchanging it: both hold the bot's token in their Pachca credential. Derived (never the token
 * itself), so a leaked button MAC says nothing about the token. A new token makes the buttons of
 * questions still open unanswerable.
 */
export async function approvalKey(ctx: Pick<FunctionsBase, 'getCredentials'>): Promise<Buffer> {
	const credentials = await ctx.getCredentials<{ accessToken?: string }>('pachcaApi');
	return createHmac('sha256', String(credentials.accessToken ?? '')).update('n8n-nodes-pachca-bots:approvals:v1').digest();
}
