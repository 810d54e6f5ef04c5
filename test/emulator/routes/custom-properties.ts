// GET /custom_properties?entity_type=User|Task: the workspace's custom fields, one answer without pages.
import type { Ctx, Route } from '../context';
import { data } from '../context';
import { apiError, oneOf } from '../validation';

function listProperties(ctx: Ctx) {
	if (ctx.query.entity_type === undefined) throw apiError(400, 'entity_type', 'Required parameter is missing', 'required');
	const entityType = oneOf(ctx.query.entity_type, ['User', 'Task'] as const, 'entity_type');
	return data(
		ctx.state.customProperties
			.filter((property) => property.entity_type === entityType)
			.map(({ id, name, data_type }) => ({ id, name, data_type })),
	);
}

export const customPropertyRoutes: Route[] = [
	{ method: 'GET', path: '/custom_properties', scope: 'custom_properties:read', bucket: 'other', handler: listProperties },
];
