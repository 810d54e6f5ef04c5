/* eslint-disable @n8n/community-nodes/no-restricted-imports -- reads the schema files of the repository */
// The Pachca node's `__schema__` files: one per operation, as the spec and the recipes give them (run
// `npm run schemas` after a change), found by n8n's own resolver, in the shape the editor accepts, and
// true to what the operations output against the emulator.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { resolveOutputSchemaPath } from 'n8n-core';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { Pachca } from '../../nodes/Pachca/Pachca.node';
import type { Chat, PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { runResource } from '../harness/resource';
import type { JsonSchema } from './output-schemas';
import { buildAll, SCHEMA_ROOT, versionDir } from './output-schemas';
import { RECIPES } from './recipes';

const description = new Pachca().description;
const NODE_DIR = resolve(SCHEMA_ROOT, '..');
const VERSIONS = [description.version].flat();

/** resource → its operations, from the node's own Resource and Operation pickers. */
function operationsOfTheNode(): Record<string, string[]> {
	const resources = description.properties.find((p) => p.name === 'resource')!.options as Array<{ value: string }>;
	return Object.fromEntries(
		resources.map(({ value }) => {
			const picker = description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(value));
			return [value, ((picker?.options ?? []) as Array<{ value: string }>).map((o) => o.value).sort()];
		}),
	);
}

const filesIn = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => relative(dir, join(dir, f))).sort();

/** The schema a new node (the default version) shows. */
const schemaOf = (resource: string, operation: string) =>
	JSON.parse(readFileSync(join(SCHEMA_ROOT, versionDir(description.defaultVersion!), resource, `${operation}.json`), 'utf8')) as JsonSchema;

describe('output schema files', () => {
	it('have a recipe for every operation of the node, and none for an operation it lacks', () => {
		const recipes = Object.fromEntries(Object.entries(RECIPES).map(([r, ops]) => [r, Object.keys(ops).sort()]));
		expect(recipes).toEqual(operationsOfTheNode());
	});

	it('are what the spec and the recipes give (npm run schemas writes them)', () => {
		const built = buildAll();
		expect(filesIn(SCHEMA_ROOT)).toEqual([...built.keys()].sort());
		for (const [file, text] of built) expect({ file, text: readFileSync(join(SCHEMA_ROOT, file), 'utf8') }).toEqual({ file, text });
	});

	// The server passes the URL's version as it is and no versionFallback: every version needs its files.
	it.each(VERSIONS)("are found by n8n 2.41's resolver where the editor asks for version %s (/schemas/<type>/<x.y.z>/<resource>/<operation>.json)", (version) => {
		for (const [resource, operations] of Object.entries(operationsOfTheNode())) {
			for (const operation of operations) {
				const found = resolveOutputSchemaPath({ nodeDir: NODE_DIR, version, resource, operation });
				expect(found && existsSync(found) ? relative(SCHEMA_ROOT, found) : `none for ${resource}/${operation}`).toBe(join(versionDir(version), resource, `${operation}.json`));
			}
		}
	});

	it('are objects with properties, the only shape the editor shows as a preview', () => {
		for (const file of filesIn(SCHEMA_ROOT)) {
			const schema = JSON.parse(readFileSync(join(SCHEMA_ROOT, file), 'utf8')) as JsonSchema;
			expect({ file, type: schema.type, fields: Object.keys(schema.properties ?? {}).length > 0 }).toEqual({ file, type: 'object', fields: true });
		}
	});
});

/** The fields of `json` the schema does not name, or names with another type (null is a value of any type). */
function mismatches(json: IDataObject, schema: JsonSchema, at = ''): string[] {
	const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
	return Object.entries(json).flatMap(([key, value]) => {
		const field = schema.properties?.[key];
		if (!field) return [`${at}${key}: not in the schema`];
		const type = typeOf(value);
		if (type === 'null' || type === field.type || (type === 'integer' && field.type === 'number')) {
			return type === 'object' && field.properties ? mismatches(value as IDataObject, field, `${at}${key}.`) : [];
		}
		return [`${at}${key}: ${type}, the schema says ${field.type}`];
	});
}

describe('output schemas against real outputs', () => {
	let emu: PachcaEmulator;
	let chat: Chat;
	emulatorPerFile((started) => {
		emu = started;
		chat = emu.addChat({ name: 'Schemas', memberIds: [13] });
	});

	const run = async (resource: string, parameters: INodeParameters) => {
		const result = await runResource(emu, resource, parameters);
		expect(result.error).toBeUndefined();
		return result.items.map((i) => i.json);
	};
	const id = (value: number) => ({ __rl: true, mode: 'id', value: String(value) });

	it.each([
		['message', 'send', () => ({ operation: 'send', sendTo: 'chat', chatId: id(chat.id), content: 'Schema' })],
		['message', 'getMany', () => ({ operation: 'getMany', chatId: id(chat.id), limit: 5 })],
		['message', 'pin', () => ({ operation: 'pin', messageId: id(emu.addMessages(chat.id, 1)[0].id) })],
		['chat', 'get', () => ({ operation: 'get', chatId: id(chat.id) })],
		['chatMember', 'getMany', () => ({ operation: 'getMany', chatId: id(chat.id), limit: 5 })],
		['thread', 'create', () => ({ operation: 'create', messageId: id(emu.addMessages(chat.id, 1)[0].id) })],
		['reaction', 'add', () => ({ operation: 'add', messageId: id(emu.addMessages(chat.id, 1)[0].id), emoji: '👍' })],
		['user', 'get', () => ({ operation: 'get', userId: id(13) })],
		['groupTag', 'get', () => ({ operation: 'get', groupTagId: id(emu.state.addGroupTag('Schemas', [13]).id) })],
		['task', 'create', () => ({ operation: 'create', kind: 'call' })],
		['credential', 'getTokenInfo', () => ({ operation: 'getTokenInfo', requiredScopes: 'audit_events:read' })],
	])('%s → %s: every output field is in the schema, with its type', async (resource, operation, parameters) => {
		const items = await run(resource, parameters() as INodeParameters);
		expect(items.length).toBeGreaterThan(0);
		for (const json of items) expect(mismatches(json, schemaOf(resource, operation))).toEqual([]);
	});

	it('the check sees a field the schema lacks (control)', () => {
		expect(mismatches({ id: 1, surprise: true, content: 5 }, schemaOf('message', 'send'))).toEqual([
			'surprise: not in the schema',
			'content: integer, the schema says string',
		]);
	});
});
