import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { peopleRequest } from '../../../shared/people';
import type { ExecutionGate } from '../../../shared/transport';
import { readEmail, readUserFields } from './fields';
import { userFields } from './fields.descriptions';
import { USER_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: "The new user's email: Pachca sends the invitation there (at most 255 characters)",
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: userFields('create'),
	},
];

export const description = updateDisplayOptions({ show: { resource: ['user'], operation: ['create'] } }, properties);

/** POST /users (an admin's token with users:create): the new user, one item. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const email = readEmail(read, 'email');
	const { skip_email_notify: skip, ...fields } = readUserFields(read, 'additionalFields');
	const body: IDataObject = { user: { email, ...fields } };
	if (skip !== undefined) body.skip_email_notify = skip;
	const response = await peopleRequest(this, USER_ROUTES.create, { body, itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}
