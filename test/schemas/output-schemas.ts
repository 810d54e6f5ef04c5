/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads the reference spec beside the repository */
// The Pachca node's output schemas (n8n's `__schema__` files, shown by the editor as a schema preview
// before a node has run), built from Pachca's spec by the recipes. JSON Schema with types and
// properties only: the preview shows field names and types.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

import { Pachca } from '../../nodes/Pachca/Pachca.node';
import type { Field, Recipe } from './recipes';
import { RECIPES } from './recipes';

export const SPEC = resolve(__dirname, '..', '..', '..', 'shared', 'reference', 'pachca-openapi.yaml');
/** n8n looks for `<node dir>/__schema__/v<version as x.y.z>/<resource>/<operation>.json`. */
export const SCHEMA_ROOT = resolve(__dirname, '..', '..', 'nodes', 'Pachca', '__schema__');

/**
 * Every version of the node, as `__schema__` names its folder (1 → v1.0.0). n8n 2.41's server resolves
 * the exact version only (no fallback), so each version a workflow may hold needs its own copy; the
 * outputs are the same in all of them.
 */
export const versionDir = (version: number): string => `v${String(version).split('.').concat(['0', '0']).slice(0, 3).join('.')}`;
export const VERSION_DIRS = [new Pachca().description.version].flat().map(versionDir);

export interface JsonSchema {
	type: string;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
}

type SpecNode = Record<string, unknown> & { $ref?: string };
interface Spec {
	paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: SpecNode }> }> }>>;
	components: { schemas: Record<string, SpecNode> };
}

export function readSpec(): Spec {
	if (!existsSync(SPEC)) throw new Error(`The reference spec is missing: expected it at ${SPEC} (shared/ beside the repository)`);
	return parse(readFileSync(SPEC, 'utf8')) as Spec;
}

/** Nesting kept in the preview; deeper objects (and $ref cycles) end as plain objects. */
const MAX_DEPTH = 5;

function toSchema(spec: Spec, node: SpecNode, depth = 0): JsonSchema {
	const deref = (n: SpecNode): SpecNode => (n.$ref ? deref(spec.components.schemas[n.$ref.split('/').pop()!]) : n);
	const own = deref(node);
	// allOf/oneOf/anyOf: the parts' properties together (a value is one of them; the preview names all).
	const parts = [own, ...((own.allOf ?? own.oneOf ?? own.anyOf ?? []) as SpecNode[]).map(deref)];
	const types = parts.flatMap((p) => [p.type ?? []].flat() as string[]).filter((t) => t !== 'null');
	const properties = Object.assign({}, ...parts.map((p) => (p.properties ?? {}) as Record<string, SpecNode>)) as Record<string, SpecNode>;
	const items = parts.find((p) => p.items)?.items as SpecNode | undefined;
	const type = types[0] ?? (Object.keys(properties).length > 0 ? 'object' : items ? 'array' : 'string');
	if (type === 'array') return items && depth < MAX_DEPTH ? { type, items: toSchema(spec, items, depth + 1) } : { type };
	if (type !== 'object' || depth >= MAX_DEPTH || Object.keys(properties).length === 0) return { type };
	return { type, properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, toSchema(spec, v, depth + 1)])) };
}

function fieldSchema(field: Field): JsonSchema {
	if (typeof field === 'string') return { type: field };
	return { type: 'object', properties: Object.fromEntries(Object.entries(field).map(([k, v]) => [k, fieldSchema(v)])) };
}

/** The schema of a response's body, its `data` when it wraps one (a few answers are not wrapped). */
function responseData(spec: Spec, route: string): JsonSchema {
	const [method, path] = route.split(' ');
	const responses = spec.paths[path]?.[method.toLowerCase()]?.responses ?? {};
	const ok = Object.entries(responses).find(([code]) => code.startsWith('2'))?.[1];
	const body = ok?.content?.['application/json']?.schema;
	if (!body) throw new Error(`${route}: no JSON body in the spec's success answer`);
	const schema = toSchema(spec, body);
	return schema.properties?.data ?? schema;
}

export function buildSchema(spec: Spec, recipe: Recipe): JsonSchema {
	if ('fields' in recipe) return fieldSchema(recipe.fields);
	let base: JsonSchema;
	if ('component' in recipe) base = toSchema(spec, { $ref: `#/components/schemas/${recipe.component}` });
	else if ('data' in recipe) {
		const data = responseData(spec, recipe.data);
		base = recipe.under === undefined ? data : { type: 'object', properties: { [recipe.under]: data } };
	}
	else base = responseData(spec, recipe.item).items ?? { type: 'object' };
	const properties = { ...fieldSchema(recipe.add ?? {}).properties, ...base.properties };
	for (const name of recipe.omit ?? []) delete properties[name];
	return { type: 'object', properties };
}

/** Every schema file: path under SCHEMA_ROOT (`v1.0.0/message/send.json`) → its JSON text. */
export function buildAll(spec: Spec = readSpec()): Map<string, string> {
	const files = new Map<string, string>();
	for (const [resource, operations] of Object.entries(RECIPES)) {
		for (const [operation, recipe] of Object.entries(operations)) {
			const text = `${JSON.stringify(buildSchema(spec, recipe), null, '\t')}\n`;
			for (const dir of VERSION_DIRS) files.set(join(dir, resource, `${operation}.json`), text);
		}
	}
	return files;
}
