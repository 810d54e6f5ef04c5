import { NodeHelpers } from 'n8n-workflow';
import type {
	INode,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';

type Child = INodeProperties | INodePropertyCollection | INodePropertyOptions;

/** What decides which property is shown: the node's values and its version (for `@version` conditions). */
export type ShownFor = Pick<INode, 'parameters' | 'typeVersion'>;

/**
 * Whether a property is the one shown for these top-level values and this node version (only literal
 * `show` lists are read). A value that is an expression (`={{ … }}`) could be anything, so it does not
 * hide a property. The version matters where two versions show two properties of one name (`userId`).
 */
function shown(property: INodeProperties, node: ShownFor): boolean {
	const show = property.displayOptions?.show ?? {};
	return Object.entries(show).every(([key, allowed]) => {
		if (!Array.isArray(allowed)) return true;
		if (key === '@version') return NodeHelpers.checkConditions(allowed, [node.typeVersion]);
		if (key.startsWith('@')) return true;
		const value = node.parameters[key];
		const expression = typeof value === 'string' && value.startsWith('=');
		return value === undefined || expression || (allowed as unknown[]).includes(value);
	});
}

function childNamed(parent: Child, name: string): Child | undefined {
	const options = 'options' in parent ? parent.options : 'values' in parent ? parent.values : undefined;
	return (options as Child[] | undefined)?.find((child) => 'name' in child && child.name === name);
}

/**
 * The property a parameter path points at (`content`, `additionalFields.displayName`,
 * `files.file.key`), as the editor shows it for the node's current resource and operation.
 */
export function findProperty(properties: INodeProperties[], node: ShownFor, path: string): Child | undefined {
	const [head, ...rest] = path.split('.');
	let found: Child | undefined = properties.find((p) => p.name === head && shown(p, node));
	for (const part of rest) found = found && childNamed(found, part);
	return found;
}

/** The label the editor shows for a parameter path; the path itself when the description has none. */
export function labelOf(properties: INodeProperties[], node: ShownFor, path: string): string {
	const property = findProperty(properties, node, path);
	return property && 'displayName' in property && property.displayName ? property.displayName : path;
}

/** The values of an options / multiOptions parameter, as its description lists them. */
export function choicesOf(properties: INodeProperties[], node: ShownFor, path: string): string[] {
	const property = findProperty(properties, node, path);
	const options = property && 'options' in property ? (property.options as Child[] | undefined) : undefined;
	return (options ?? [])
		.filter((option): option is INodePropertyOptions => 'value' in option)
		.map((option) => String(option.value));
}
