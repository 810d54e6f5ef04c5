import type { IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { ParameterReader } from '../../shared/parameters';
import { ExecutionGate } from '../../shared/transport';
import type { PachcaType } from './node.type';
import type { Operation } from './operation';
import { nodeProperties } from './properties';
import { resources } from './resources';
import { DEFAULT_MAX_CONCURRENT_REQUESTS, MAX_CONCURRENT_REQUESTS_LIMIT } from './settings.description';

/** Items started but not finished, at most: waiting for their chat's turn costs memory, not requests. */
const MAX_ITEMS_IN_FLIGHT = 1000;

/**
 * Runs the chosen operation once per input item, items in parallel where Pachca's limits allow: an
 * item starts once the one before it has queued its first request, so each chat gets its writes in
 * item order, and the transport keeps at most Max Concurrent Requests open. Output and pairedItem
 * keep the input order; with Continue On Fail a failed item becomes an error item, without it the
 * first failure (in item order) fails the node, no further item starts and later items already
 * started send nothing more.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as PachcaType['resource'];
	const operation = this.getNodeParameter('operation', 0) as string;
	const operations: Partial<Record<string, Operation>> = resources[resource]?.operations ?? {};
	const handler = Object.hasOwn(operations, operation) ? operations[operation] : undefined;
	if (!handler?.execute) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
	}
	const { baseUrl } = await this.getCredentials<{ baseUrl?: string }>('pachcaApi');
	const maxConcurrentRequests = new ParameterReader(this, nodeProperties, 0, baseUrl).integer(
		'settings.maxConcurrentRequests',
		{ min: 1, max: MAX_CONCURRENT_REQUESTS_LIMIT },
		DEFAULT_MAX_CONCURRENT_REQUESTS,
	);
	const gate = new ExecutionGate(maxConcurrentRequests);
	const cancelSignal = this.getExecutionCancelSignal?.();

	const outputs: INodeExecutionData[][] = [];
	let firstFailure: { index: number; error: unknown } | undefined;
	const runItem = async (i: number) => {
		try {
			const read = new ParameterReader(this, nodeProperties, i, baseUrl);
			outputs[i] = await handler.execute.call(this, i, read, gate);
		} catch (error) {
			if (this.continueOnFail() && !cancelSignal?.aborted) {
				outputs[i] = [{ json: { error: (error as Error).message }, pairedItem: { item: i } }];
			} else if (!firstFailure || i < firstFailure.index) {
				firstFailure = { index: i, error };
				gate.stopAfter(i);
			}
		} finally {
			gate.arrive(i);
		}
	};

	const running = new Set<Promise<void>>();
	for (let i = 0; i < items.length && !firstFailure && !cancelSignal?.aborted; i++) {
		if (running.size >= MAX_ITEMS_IN_FLIGHT) await Promise.race(running);
		const run: Promise<void> = runItem(i).finally(() => running.delete(run));
		running.add(run);
		await gate.arrival(i);
	}
	await Promise.all(running);

	if (firstFailure) {
		const { index, error } = firstFailure;
		// Both constructors hand back an error that is already of their class, itemIndex intact.
		if (error instanceof NodeApiError) throw new NodeApiError(this.getNode(), error as unknown as JsonObject);
		throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: index });
	}
	return [outputs.flat()];
}
