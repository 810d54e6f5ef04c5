import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../parameters';
import type { ExecutionGate, PathParams, Route } from '../transport';
import { avatarProperties, readAvatar } from './avatar';
import { peopleRequest } from './request';
import { readStatus, statusOutput, statusProperties } from './status';

/** The endpoints of one person's status and avatar: a user's (by ID) or the token owner's own. */
export interface PersonRoutes {
	getStatus: Route;
	updateStatus: Route;
	deleteStatus: Route;
	updateAvatar: Route;
	deleteAvatar: Route;
}

/** Whose status and avatar a resource changes, and how its operations pick that person. */
export interface Person {
	resource: string;
	/** the parameters that pick the person (a user locator); none for the token's own profile */
	picker: INodeProperties[];
	/** the routes' path values from the picker ({ user_id }), also put in the output; {} for the profile */
	params(read: ParameterReader): PathParams;
	routes: PersonRoutes;
	/** "the user's" or "your own", for the notices */
	whose: string;
}

export type PersonOperationName = keyof PersonRoutes;

/** Same shape as an action's operation: its parameters and its execute, side by side. */
export interface PersonOperation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]>;
}

type Run = (ctx: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate, params: PathParams) => Promise<IDataObject>;

/** The five status and avatar operations for `person`, each with its parameters and its execute. */
export function personOperations(person: Person): Record<PersonOperationName, PersonOperation> {
	const operation = (name: PersonOperationName, properties: INodeProperties[], run: Run): PersonOperation => ({
		description: updateDisplayOptions({ show: { resource: [person.resource], operation: [name] } }, [...person.picker, ...properties]),
		async execute(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate) {
			const params = person.params(read);
			const json = await run(this, index, read, gate, params);
			return [{ json: { ...params, ...json }, pairedItem: { item: index } }];
		},
	});
	const { routes } = person;
	return {
		getStatus: operation('getStatus', [], async (ctx, itemIndex, _read, gate, params) =>
			statusOutput(await peopleRequest(ctx, routes.getStatus, { params, itemIndex, gate })),
		),
		updateStatus: operation('updateStatus', statusProperties, async (ctx, itemIndex, read, gate, params) => {
			const status = readStatus(read);
			const answer = await peopleRequest(ctx, routes.updateStatus, { params, body: { status }, itemIndex, gate });
			return { status: (answer.data ?? null) as IDataObject | null };
		}),
		deleteStatus: operation('deleteStatus', [], async (ctx, itemIndex, _read, gate, params) => {
			await peopleRequest(ctx, routes.deleteStatus, { params, itemIndex, gate });
			return { success: true };
		}),
		updateAvatar: operation('updateAvatar', avatarProperties, async (ctx, itemIndex, read, gate, params) => {
			const multipart = await readAvatar(ctx, itemIndex, read);
			const answer = await peopleRequest(ctx, routes.updateAvatar, { params, multipart, itemIndex, gate });
			return (answer.data ?? {}) as IDataObject;
		}),
		deleteAvatar: operation(
			'deleteAvatar',
			[{ displayName: `Removes ${person.whose} avatar: the initials show instead.`, name: 'deleteAvatarNotice', type: 'notice', default: '' }],
			async (ctx, itemIndex, _read, gate, params) => {
				await peopleRequest(ctx, routes.deleteAvatar, { params, itemIndex, gate });
				return { success: true };
			},
		),
	};
}
