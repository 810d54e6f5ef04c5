// n8n decides a parameter's visibility from its displayOptions.show, key by key, and takes any
// expression it meets on the way as "shown". A parameter of another operation must never count as
// shown (a required one would stop the run with "Parameter ... is required").
import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { nodeProperties } from '../../nodes/Pachca/actions/properties';

const showOf = (property: INodeProperties) => property.displayOptions?.show ?? {};

/** Every resource/operation pair the node offers. */
const operations: Array<[string, string]> = nodeProperties
	.filter((property) => property.name === 'operation')
	.flatMap((property) =>
		(showOf(property).resource as string[]).flatMap((resource) =>
			(property.options ?? []).map((option) => [resource, String((option as { value: unknown }).value)] as [string, string]),
		),
	);

const belongsTo = (property: INodeProperties, resource: string, operation: string): boolean => {
	const show = showOf(property);
	const resources = show.resource as unknown[] | undefined;
	const ops = show.operation as unknown[] | undefined;
	return (resources === undefined || resources.includes(resource)) && (ops === undefined || ops.includes(operation));
};

const cases = operations.flatMap(([resource, operation]) =>
	nodeProperties
		.filter((property) => belongsTo(property, resource, operation) && !['resource', 'operation'].includes(property.name))
		.filter((property) => property.type !== 'notice' && property.noDataExpression !== true)
		.map((property) => [resource, operation, property.name] as const),
);

describe('parameter visibility with an expression in a parameter', () => {
	it('covers every operation', () => {
		expect(operations.length).toBeGreaterThanOrEqual(19);
		expect(cases.length).toBeGreaterThan(operations.length);
	});

	it.each(cases)('%s → %s with an expression in "%s": no parameter of another operation is shown', (resource, operation, name) => {
		const values: INodeParameters = { resource, operation, [name]: '={{ $json.value }}' };
		const shownElsewhere = nodeProperties
			.filter((property) => !belongsTo(property, resource, operation))
			.filter((property) => NodeHelpers.displayParameter(values, property, null, null))
			.map((property) => property.name);

		expect(shownElsewhere).toEqual([]);
	});
});
