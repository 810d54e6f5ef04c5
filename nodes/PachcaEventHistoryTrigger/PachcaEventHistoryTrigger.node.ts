import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { historyTriggerProperties } from './description';
import { pollHistory } from './poll';

export class PachcaEventHistoryTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pachca Event History Trigger',
		name: 'pachcaEventHistoryTrigger',
		icon: { light: 'file:../../icons/pachca.svg', dark: 'file:../../icons/pachca.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["events"].join(", ") }}',
		description: "Starts the workflow on new events in a Pachca bot's event history, without a public webhook URL",
		defaults: { name: 'Pachca Event History Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pachcaApi', required: true }],
		properties: historyTriggerProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollHistory.call(this);
	}
}
