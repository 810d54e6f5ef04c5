import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { pachcaApiRequest, pachcaApiRequestAllItems } from '../../nodes/shared/transport';
import { routeFor } from './routes';

/**
 * A test-only node that sends whatever request its parameters name through our real transport, so
 * transport behaviour (pacing, retries, pagination, errors) is tested independently of any operation.
 */
export class PachcaTransportProbe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pachca transport probe',
		name: 'pachcaTransportProbe',
		group: ['transform'],
		version: 1,
		description: 'Test fixture',
		defaults: { name: 'Probe' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'pachcaApi', required: true }],
		properties: [
			{ displayName: 'Mode', name: 'mode', type: 'string', default: 'request' },
			{ displayName: 'Method', name: 'method', type: 'string', default: 'GET' },
			{ displayName: 'Path', name: 'path', type: 'string', default: '/chats' },
			{ displayName: 'Query', name: 'qs', type: 'json', default: '{}' },
			{ displayName: 'Body', name: 'body', type: 'json', default: '{}' },
			{ displayName: 'Limit', name: 'limit', type: 'number', default: 0 },
			{ displayName: 'Chat Key', name: 'chatKey', type: 'string', default: '' },
			{ displayName: 'Deadline (ms)', name: 'deadlineMs', type: 'number', default: 0 },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const out: INodeExecutionData[] = [];
		for (let i = 0; i < this.getInputData().length; i++) {
			try {
				out.push(...(await probeItem.call(this, i)));
			} catch (error) {
				if (!this.continueOnFail()) {
					if (error instanceof NodeApiError) throw new NodeApiError(this.getNode(), error as unknown as JsonObject);
					throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: i });
				}
				out.push({ json: { error: (error as Error).message }, pairedItem: { item: i } });
			}
		}
		return [out];
	}
}

async function probeItem(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const path = this.getNodeParameter('path', i) as string;
	const qs = JSON.parse(this.getNodeParameter('qs', i) as string) as IDataObject;
	if (this.getNodeParameter('mode', i) === 'all') {
		const limit = this.getNodeParameter('limit', i) as number;
		const items = await pachcaApiRequestAllItems.call(this, routeFor('GET', path), { qs, itemIndex: i, limit: limit > 0 ? limit : undefined });
		return items.map((json) => ({ json, pairedItem: { item: i } }));
	}
	const body = JSON.parse(this.getNodeParameter('body', i) as string) as IDataObject;
	if (this.getNodeParameter('mode', i) === 'raw') {
		// n8n's request helper alone, without our transport: the benchmark's baseline for node overhead.
		const { baseUrl } = await this.getCredentials<{ baseUrl: string }>('pachcaApi');
		const json = (await this.helpers.httpRequestWithAuthentication.call(this, 'pachcaApi', {
			method: this.getNodeParameter('method', i) as IHttpRequestMethods,
			url: `${baseUrl}${path}`,
			body: Object.keys(body).length > 0 ? body : undefined,
			json: true,
		})) as IDataObject;
		return [{ json, pairedItem: { item: i } }];
	}
	const response = await pachcaApiRequest.call(this, routeFor(this.getNodeParameter('method', i) as IHttpRequestMethods, path), {
		qs,
		body: Object.keys(body).length > 0 ? body : undefined,
		itemIndex: i,
		chatKey: (this.getNodeParameter('chatKey', i) as string) || undefined,
		deadlineMs: (this.getNodeParameter('deadlineMs', i, 0) as number) || undefined,
	});
	return [{ json: response, pairedItem: { item: i } }];
}
