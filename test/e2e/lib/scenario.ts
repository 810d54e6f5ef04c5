// What a scenario is: one example workflow (or a few) and one block of assertions against the stand.
import type { N8n } from './n8n';
import type { Stack } from './stack';

export interface NodeTypeInfo {
	name: string;
	properties?: Array<{ name: string; options?: Array<{ value?: unknown }> }>;
}

export interface ScenarioContext {
	stack: Stack;
	n8n: N8n;
	/** n8n's loaded node types, with their descriptions (to tell which of our nodes exist). */
	nodeTypes: Map<string, NodeTypeInfo>;
}

export interface Scenario {
	id: string;
	title: string;
	examples: string[];
	/** False when the nodes the scenario needs are not in this build yet. */
	available(ctx: ScenarioContext): boolean;
	/** The assertions; absent while the scenario is not written yet. */
	run?(ctx: ScenarioContext): Promise<void>;
}

export const PACKAGE_TYPE = (node: string): string => `n8n-nodes-pachca-bots.${node}`;

/** True when our action node offers `resource` (Bot, Link Preview… arrive on other branches). */
export function hasResource(ctx: ScenarioContext, resource: string): boolean {
	const node = ctx.nodeTypes.get(PACKAGE_TYPE('pachca'));
	const picker = node?.properties?.find((p) => p.name === 'resource');
	return picker?.options?.some((o) => o.value === resource) ?? false;
}
