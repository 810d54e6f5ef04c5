import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties } from './actions/properties';
import { router } from './actions/router';
import { sendAndWaitWebhook } from './actions/message/sendAndWait/webhook';
import { listSearch } from './methods';

export class Pachca implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pachca',
		name: 'pachca',
		icon: { light: 'file:../../icons/pachca.svg', dark: 'file:../../icons/pachca.dark.svg' },
		group: ['output'],
		// 2: Send and Wait's question is `message` (was `content`), so n8n's Human review tool fills it.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Send and manage messages, bots, link previews and the event history of a Pachca bot',
		defaults: { name: 'Pachca' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pachcaApi', required: true }],
		// Send and Wait's resume URLs: n8n routes /webhook-waiting/<execution>/<node ID> here while it waits.
		webhooks: (['GET', 'POST'] as const).map((httpMethod) => ({
			name: 'default',
			httpMethod,
			responseMode: 'onReceived',
			responseData: '',
			path: '={{ $nodeId }}',
			restartWebhook: true,
			isFullPath: true,
		})),
		properties: nodeProperties,
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		// The node's parameters, so the answer page reads Send and Wait's options with the editor's labels.
		return await sendAndWaitWebhook.call(this, nodeProperties);
	}
}
