import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties } from './actions/properties';
import { router } from './actions/router';
import { listSearch } from './methods';

export class Pachca implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pachca',
		name: 'pachca',
		icon: { light: 'file:../../icons/pachca.svg', dark: 'file:../../icons/pachca.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Send and manage messages, bots, link previews and the event history of a Pachca bot',
		defaults: { name: 'Pachca' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pachcaApi', required: true }],
		properties: nodeProperties,
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
