import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { triggerProperties } from './description';
import { receiveWebhook } from './receive';
import { createWebhook, deleteWebhook, webhookExists } from './registration';
import { checkFetchFullMessageScope } from './scopeCheck';
import { RESPONSE_MODE_EXPRESSION } from './forms/submission';

export class PachcaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pachca Trigger',
		name: 'pachcaTrigger',
		icon: { light: 'file:../../icons/pachca.svg', dark: 'file:../../icons/pachca.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["events"].includes("*") ? "All events" : $parameter["events"].join(", ") }}',
		description: "Starts the workflow on a Pachca bot's outgoing webhook events",
		defaults: { name: 'Pachca Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pachcaApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// A submitted form can be answered by the workflow (Form → Respond); everything else at once.
				responseMode: RESPONSE_MODE_EXPRESSION,
				// an accepted delivery gets an empty 200 (n8n's default would be the text "firstEntryJson")
				responseData: 'noData',
				path: 'pachca',
				rawBody: true,
			},
		],
		properties: triggerProperties,
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				await checkFetchFullMessageScope.call(this);
				return await webhookExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createWebhook.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteWebhook.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveWebhook.call(this);
	}
}
