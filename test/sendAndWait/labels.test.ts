// The answer buttons' labels as the editor shows them: the panel holds the default labels as values
// (parameters resolved by n8n-workflow as the editor resolves them), and a workflow saved without
// labels still gets the same buttons.
import type { INode, INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { DEFAULT_LABELS } from '../../nodes/Pachca/actions/message/sendAndWait/labels';
import { Pachca } from '../../nodes/Pachca/Pachca.node';
import type { Chat, PachcaEmulator } from '../emulator';
import type { WaitingWebhookServer } from '../harness/wait';
import { buttonUrls, rl, sendAndWait, sendAndWaitPerFile, sentMessage } from '../harness/fixtures/sendAndWait';

const description = new Pachca().description;
const node = { name: 'Ask', type: 'pachca', typeVersion: 1, position: [0, 0], parameters: {} } as unknown as INode;

/** What n8n's editor holds for a node: the parameters with every default filled in (or, saving, left out). */
const resolve = (parameters: INodeParameters, withDefaults: boolean) =>
	NodeHelpers.getNodeParameters(description.properties, parameters, withDefaults, false, node, description)!;
const newNode = (responseType: string) => resolve({ resource: 'message', operation: 'sendAndWait', responseType }, true);

let emu: PachcaEmulator;
let server: WaitingWebhookServer;
let chat: Chat;
sendAndWaitPerFile({ name: 'Labels' }, (world) => ({ emu, server, chat } = world));

describe('Send and Wait labels in the panel', () => {
	it('Approval Options, once added in the panel, show Approve and Disapprove as the values of the label fields', () => {
		// n8n adds a fixedCollection's group as {}; the editor then shows each field's default as its value.
		const added = (values: INodeParameters) => resolve({ resource: 'message', operation: 'sendAndWait', approvalOptions: { values } }, true).approvalOptions;
		expect(added({})).toEqual({ values: { approvalType: 'single', approveLabel: 'Approve' } });
		expect(added({ approvalType: 'double' })).toEqual({ values: { approvalType: 'double', approveLabel: 'Approve', disapproveLabel: 'Disapprove' } });
	});

	it("Approval Options stay {} by default: n8n 2.41 throws on a fixedCollection default for a node saved without it", () => {
		const property = description.properties.find((p) => p.name === 'approvalOptions' && p.displayOptions?.show?.operation?.includes('sendAndWait'));
		expect(property?.default).toEqual({});
		const filled = description.properties.map((p) => (p === property ? { ...p, default: { values: {} } } : p));
		expect(() => NodeHelpers.getNodeParameters(filled, { resource: 'message', operation: 'sendAndWait' }, true, false, node, description)).toThrow(TypeError);
	});

	it('a new Free Text node shows Respond and Submit as the values of its label options', () => {
		expect(newNode('freeText').options).toEqual({ messageButtonLabel: 'Respond', responseFormButtonLabel: 'Submit' });
	});

	it("the parameters' defaults are the labels the node falls back to", () => {
		type Property = { name: string; default?: unknown; options?: Property[]; values?: Property[] };
		const all = (list: Property[]): Property[] => list.flatMap((p) => [p, ...all(p.options ?? []), ...all(p.values ?? [])]);
		const ours = description.properties.filter((p) => p.displayOptions?.show?.operation?.includes('sendAndWait')) as Property[];
		const labels = Object.fromEntries(all(ours).filter((p) => /Label$/.test(p.name)).map((p) => [p.name, p.default]));
		expect(labels).toEqual({
			approveLabel: DEFAULT_LABELS.approve, disapproveLabel: DEFAULT_LABELS.disapprove,
			messageButtonLabel: DEFAULT_LABELS.respond, responseFormButtonLabel: DEFAULT_LABELS.submit,
		});
	});

	it('a new node saved as it is and opened again shows the same labels', () => {
		for (const type of ['approval', 'freeText']) {
			const fresh = resolve({ ...newNode(type), approvalOptions: { values: {} } }, true);
			expect(resolve(resolve(fresh, false), true)).toEqual(fresh);
		}
	});
});

describe('Send and Wait labels of a workflow saved without them', () => {
	it.each([
		['no Approval Options at all', {}],
		['Approval Options saved empty', { approvalOptions: {} }],
		['Approve and Disapprove without labels', { approvalOptions: { values: { approvalType: 'double' } } }],
	])('%s: the buttons get the default labels', async (_case, saved) => {
		await sendAndWait(server, emu, { sendTo: 'chat', chatId: rl('id', chat.id), content: 'Go?', ...saved });
		const expected = 'approvalType' in ((saved as { approvalOptions?: { values?: object } }).approvalOptions?.values ?? {}) ? ['Approve', 'Disapprove'] : ['Approve'];
		expect(Object.keys(buttonUrls(sentMessage(emu)))).toEqual(expected);
	});

	it('Free Text with other options saved but no label: the button is Respond', async () => {
		await sendAndWait(server, emu, {
			sendTo: 'chat', chatId: rl('id', chat.id), content: 'Why?', responseType: 'freeText', options: { showAnswer: false },
		});
		expect(Object.keys(buttonUrls(sentMessage(emu)))).toEqual(['Respond']);
	});
});
