import type { IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { ParameterReader } from '../../shared/parameters';
import * as bot from './bot/Bot.resource';
import * as eventHistory from './eventHistory/EventHistory.resource';
import * as linkPreview from './linkPreview/LinkPreview.resource';
import * as message from './message/Message.resource';
import type { PachcaType } from './node.type';
import { nodeProperties } from './properties';

/** An operation runs once per item; `read` checks that item's parameters before anything is sent. */
export type OperationExecute = (
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
) => Promise<INodeExecutionData[]>;

type Operation = { execute: OperationExecute };

const resources: Record<PachcaType['resource'], Record<string, Operation>> = {
	message: message as unknown as Record<string, Operation>,
	bot: bot as unknown as Record<string, Operation>,
	linkPreview: linkPreview as unknown as Record<string, Operation>,
	eventHistory: eventHistory as unknown as Record<string, Operation>,
};

/** Runs the chosen operation once per input item; with Continue On Fail a failed item becomes an error item. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as PachcaType['resource'];
	const operation = this.getNodeParameter('operation', 0) as string;
	const handler = resources[resource]?.[operation];
	if (!handler?.execute) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
	}
	const { baseUrl } = await this.getCredentials<{ baseUrl?: string }>('pachcaApi');

	const returnData: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const read = new ParameterReader(this, nodeProperties, i, baseUrl);
			returnData.push(...(await handler.execute.call(this, i, read)));
		} catch (error) {
			if (this.continueOnFail()) {
				returnData.push({ json: { error: (error as Error).message }, pairedItem: { item: i } });
				continue;
			}
			// Both constructors hand back an error that is already of their class, itemIndex intact.
			if (error instanceof NodeApiError) throw new NodeApiError(this.getNode(), error as unknown as JsonObject);
			throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: i });
		}
	}
	return [returnData];
}
