import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRedirect } from '../../../shared/transport';
import { CHAT_EXPORT_ROUTES } from './routes';

/** Between checks: 1 s, then twice as long each time, at most 30 s (exports take minutes). */
const FIRST_CHECK_MS = 1000;
const LONGEST_CHECK_MS = 30_000;

/** Pachca's answer while the archive is being built (and for an unknown ID): 404 export_file_not_found. */
function notReady(error: unknown): boolean {
	if (!(error instanceof NodeApiError) || error.httpCode !== '404') return false;
	const errors = error.errorResponse?.errors;
	return Array.isArray(errors) && errors.some((item) => (item as { code?: unknown })?.code === 'export_file_not_found');
}

export interface ExportWait {
	index: number;
	gate: ExecutionGate;
	/** how long to wait for the archive; undefined: ask once */
	maxWaitMs?: number;
}

/**
 * The archive's temporary link. Asked once, or, with a wait, again and again (each request paced by the
 * transport) until Pachca has it or the wait is used up: then an error saying how long it waited.
 */
export async function exportLink(this: IExecuteFunctions, id: number, { index, gate, maxWaitMs }: ExportWait): Promise<string> {
	const startedAt = Date.now();
	for (let check = 0; ; check++) {
		const link = await pachcaApiRedirect
			.call(this, CHAT_EXPORT_ROUTES.download, { params: { id }, itemIndex: index, gate })
			.catch((error: unknown) => {
				if (notReady(error)) return undefined;
				throw error;
			});
		if (link !== undefined) return link;
		if (maxWaitMs === undefined) {
			throw new NodeOperationError(this.getNode(), `Export ${id} is not ready yet, or there is no such export`, {
				description:
					'Pachca builds an export in the background and calls the Webhook URL given at Request when it is done. Turn on Wait Until Ready, or download after that call.',
				itemIndex: index,
			});
		}
		const left = startedAt + maxWaitMs - Date.now();
		if (left <= 0) {
			throw new NodeOperationError(this.getNode(), `Export ${id} was not ready after ${maxWaitMs / 1000} s (Max Wait)`, {
				description: `Pachca still answers that the archive is not ready (${check + 1} checks). Raise Max Wait, or download after Pachca has called the export's Webhook URL.`,
				itemIndex: index,
			});
		}
		await waitBeforeCheck(this, Math.min(FIRST_CHECK_MS * 2 ** check, LONGEST_CHECK_MS, left), id, index);
	}
}

async function waitBeforeCheck(ctx: IExecuteFunctions, ms: number, id: number, index: number): Promise<void> {
	const signal = ctx.getExecutionCancelSignal?.();
	try {
		await sleep(ms, signal);
	} catch {
		throw new NodeOperationError(ctx.getNode(), `The execution was cancelled while waiting for export ${id}`, { itemIndex: index });
	}
}
