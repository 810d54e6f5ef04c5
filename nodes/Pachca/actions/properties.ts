import type { INodeProperties } from 'n8n-workflow';

import { resources } from './resources';
import { settings } from './settings.description';

const registered = Object.values(resources);

/**
 * n8n reads displayOptions.show key by key and takes any expression it meets as "shown": with
 * resource and operation first (neither takes an expression), an expression in an operation's own
 * field (Return All, Events to Delete) cannot make another operation's required field count.
 */
function resourceAndOperationFirst(property: INodeProperties): INodeProperties {
	const show = property.displayOptions?.show;
	if (!show) return property;
	const { resource, operation, ...rest } = show;
	const ordered = { ...(resource ? { resource } : {}), ...(operation ? { operation } : {}), ...rest };
	return { ...property, displayOptions: { ...property.displayOptions, show: ordered } };
}

/** Every parameter of the Pachca node: the resource picker, then each resource's operations. */
export const nodeProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: registered
			.map(({ name, value }) => ({ name, value }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: 'message',
	},
	...registered.flatMap((resource) => resource.description),
	...settings,
].map((property) => resourceAndOperationFirst(property as INodeProperties));
