/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads the example workflows beside the tests */
// Every node of ours in examples/ names only parameters its node type (at its saved version) has, and
// has no parameter issue, as n8n-workflow computes them for the editor's panel and before a run. The
// e2e editor step then opens one panel per kind of node only; this holds every node of every example.
import fs from 'node:fs';
import path from 'node:path';
import type { INode } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { nodeTypes } from '../harness/workflow';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const PREFIX = 'n8n-nodes-pachca-bots.';
/** The AI tool n8n makes of a node that is `usableAsTool` adds these two to the node's own. */
const TOOL_PARAMETERS = ['descriptionType', 'toolDescription'];
/** n8n's loader adds this one to every polling node (n8n-core's commonPollingParameters). */
const POLLING_PARAMETERS = ['pollTimes'];

const ours = fs
	.readdirSync(EXAMPLES)
	.filter((f) => f.endsWith('.json'))
	.flatMap((file) => {
		const wf = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as { nodes: INode[] };
		return wf.nodes.filter((n) => n.type.startsWith(PREFIX)).map((node) => [`${file}: ${node.name}`, node] as const);
	});

describe('examples/: the nodes of this package', () => {
	it('there are some to check (the glob and prefix still match)', () => {
		expect(ours.length).toBeGreaterThan(40);
	});

	it.each(ours)('%s: known parameters, no issues', (_name, saved) => {
		const isTool = saved.type === `${PREFIX}pachcaTool`;
		const node: INode = isTool
			? { ...saved, type: `${PREFIX}pachca`, parameters: Object.fromEntries(Object.entries(saved.parameters).filter(([k]) => !TOOL_PARAMETERS.includes(k))) }
			: saved;
		const description = nodeTypes.getByNameAndVersion(node.type, node.typeVersion).description;
		const resolved = NodeHelpers.getNodeParameters(description.properties, node.parameters, true, false, node, description);
		const issues = NodeHelpers.getNodeParametersIssues(description.properties, { ...node, parameters: resolved ?? {} }, description);

		const added = description.polling ? POLLING_PARAMETERS : [];
		expect(Object.keys(node.parameters).filter((key) => !(key in (resolved ?? {})) && !added.includes(key))).toEqual([]);
		expect(issues).toBeNull();
	});
});
