/**
 * The "Human review" tool n8n 2.41 derives from every node with webhooks and a `sendAndWait`
 * operation (packages/cli src/tool-generation/hitl-tools.ts, createHitlTools / convertNodeToHitlTool,
 * read in the installed n8n 2.41.1's dist/tool-generation/hitl-tools.js): the type name gets
 * `HitlTool`, a required `message` parameter is put first, every property named `message` is dropped,
 * `resource`, `operation` and `responseType` become hidden with the Send and Wait values, and the rest
 * is kept as it is. Execution and webhooks are the node's own. Reproduced here so that the tool runs
 * through n8n-core as n8n builds it.
 */
import type { IExecuteFunctions, INodeProperties, INodeType, INodeTypeDescription, IWebhookFunctions } from 'n8n-workflow';
import { deepCopy, NodeConnectionTypes, SEND_AND_WAIT_OPERATION } from 'n8n-workflow';

function hitlProperties(properties: INodeProperties[], resource: string | undefined): INodeProperties[] {
	const filtered: INodeProperties[] = [
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			default: '=The agent wants to run this tool: {{ $tool.name }}\n\nInput:\n{{ $tool.parameters }}',
			required: true,
			typeOptions: { rows: 3 },
			description: 'Message to send for approval. Use expressions to include tool details: {{ $tool.parameters }}, {{ $json.toolCallId }}',
		},
	];
	for (const prop of properties) {
		if (prop.name === 'resource') {
			if (resource) filtered.push({ displayName: 'Resource', name: 'resource', type: 'hidden', default: resource });
		} else if (prop.name === 'operation') {
			filtered.push({ displayName: 'Operation', name: 'operation', type: 'hidden', default: SEND_AND_WAIT_OPERATION });
		} else if (prop.name === 'responseType') {
			filtered.push({ displayName: 'Response Type', name: 'responseType', type: 'hidden', default: 'approval' });
		} else if (prop.name !== 'message') {
			filtered.push(deepCopy(prop));
		}
	}
	return filtered;
}

/** The resource whose operation list offers sendAndWait (n8n's findSendAndWaitResource). */
function sendAndWaitResource(properties: INodeProperties[]): string | undefined {
	const operation = properties.find(
		(p) => p.name === 'operation' && (p.options ?? []).some((o) => 'value' in o && o.value === SEND_AND_WAIT_OPERATION),
	);
	return operation?.displayOptions?.show?.resource?.[0] as string | undefined;
}

export function hitlToolOf(node: INodeType): INodeType {
	const source = deepCopy(node.description);
	const description: INodeTypeDescription = {
		...source,
		name: `${source.name}HitlTool`,
		subtitle: 'Send and wait',
		description: 'Request human approval for tools',
		inputs: [{ displayName: 'Tool', type: NodeConnectionTypes.AiTool, required: true }],
		outputs: [{ displayName: 'Human review', type: NodeConnectionTypes.AiTool }],
		properties: hitlProperties(source.properties, sendAndWaitResource(source.properties)),
	};
	return {
		description,
		execute(this: IExecuteFunctions) {
			return node.execute!.call(this);
		},
		webhook(this: IWebhookFunctions) {
			return node.webhook!.call(this);
		},
	} as INodeType;
}
