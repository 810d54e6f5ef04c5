import type { FunctionsBase } from 'n8n-workflow';

import type { ParameterReader } from '../../../../shared/parameters';

/**
 * The parameter holding the question. Node version 2 names it `message`, as n8n's own Send and Wait
 * operations do, so that the "Human review" tool n8n derives from this node (pachcaHitlTool) puts its
 * agent-written message in its place; version 1 (saved workflows) keeps `content`. A version 1 tool
 * has both (n8n adds `message`): the tool's message wins.
 */
export function questionParameter(ctx: Pick<FunctionsBase, 'getNode'>): 'message' | 'content' {
	return ctx.getNode().parameters.message !== undefined ? 'message' : 'content';
}

export function questionText(ctx: Pick<FunctionsBase, 'getNode'>, read: ParameterReader): string {
	return read.text(questionParameter(ctx), { required: true });
}
