import type { INodeProperties } from 'n8n-workflow';
import { SEND_AND_WAIT_OPERATION } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import { MESSAGE_ROUTES } from './routes';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getReaders from './getReaders.operation';
import * as pin from './pin.operation';
import * as replyInThread from './replyInThread.operation';
import * as send from './send.operation';
import * as sendAndWait from './sendAndWait.operation';
import * as unpin from './unpin.operation';
import * as update from './update.operation';


const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{ name: 'Delete', value: 'delete', description: 'Delete a message', action: 'Delete a message' },
			{ name: 'Get', value: 'get', description: 'Get a message by ID or link', action: 'Get a message' },
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'Get the messages of a chat',
				action: 'Get many messages',
			},
			{
				name: 'Get Readers',
				value: 'getReaders',
				description: 'Get who has read a message',
				action: 'Get the readers of a message',
			},
			{ name: 'Pin', value: 'pin', description: 'Pin a message in its chat', action: 'Pin a message' },
			{
				name: 'Reply in Thread',
				value: 'replyInThread',
				description: 'Reply to a message in its thread, opening the thread if needed',
				action: 'Reply to a message in its thread',
			},
			{
				name: 'Send',
				value: 'send',
				description: 'Send a message to a chat, a user or a thread',
				action: 'Send a message',
			},
			{
				name: 'Send and Wait for Response',
				value: SEND_AND_WAIT_OPERATION,
				description: 'Send a message with answer buttons and wait until someone answers',
				action: 'Send message and wait for response',
			},
			{ name: 'Unpin', value: 'unpin', description: 'Unpin a message', action: 'Unpin a message' },
			{ name: 'Update', value: 'update', description: 'Edit a message', action: 'Update a message' },
		],
		default: 'send',
	},
	...send.description,
	...sendAndWait.description,
	...replyInThread.description,
	...get.description,
	...getMany.description,
	...getReaders.description,
	...update.description,
	...del.description,
	...pin.description,
	...unpin.description,
];

export const message = {
	name: 'Message',
	value: 'message',
	description,
	operations: { delete: del, get, getMany, getReaders, pin, replyInThread, send, sendAndWait, unpin, update },
	routes: Object.values(MESSAGE_ROUTES),
} satisfies ResourceDefinition;
