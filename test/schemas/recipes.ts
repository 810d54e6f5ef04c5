// How each operation's output relates to Pachca's spec: which response it passes on (`data`, or one
// item of a list's `data`), what the node adds or drops, or, for answers without a body (204), the
// fields the node writes itself. output-schemas.ts turns these into the `__schema__` files.

/** A field the node writes itself: a JSON Schema type, or a small object schema. */
export type Field = 'string' | 'integer' | 'boolean' | 'array' | { [name: string]: Field };

export type Recipe =
	// `under`: the node puts `data` in that field (a status: `{ status, expired }`) instead of passing it on.
	| { data: string; under?: string; add?: Record<string, Field>; omit?: string[] }
	| { item: string; add?: Record<string, Field>; omit?: string[] }
	| { component: string; add?: Record<string, Field>; omit?: string[] }
	| { fields: Record<string, Field> };

const done = (fields: Record<string, Field>): Recipe => ({ fields: { success: 'boolean', ...fields } });
const onMessage = { message_id: 'integer' } as const;
const newToken = { token_notice: 'string' } as const;

/** Create, Get, Get Many, Update and Delete of one kind of thing at `path` (its answers: `data`, a list, 204). */
function crudRecipes(path: string): Record<string, Recipe> {
	return {
		create: { data: `POST ${path}` },
		get: { data: `GET ${path}/{id}` },
		getMany: { item: `GET ${path}` },
		update: { data: `PUT ${path}/{id}` },
		delete: done({ id: 'integer' }),
	};
}

/** A person's status and avatar operations (shared/people): `who` is the path value the node puts in the output. */
function personRecipes(base: string, who: Record<string, Field>): Record<string, Recipe> {
	return {
		getStatus: { data: `GET ${base}/status`, under: 'status', add: { ...who, expired: 'boolean' } },
		updateStatus: { data: `PUT ${base}/status`, under: 'status', add: who },
		deleteStatus: done(who),
		updateAvatar: { data: `PUT ${base}/avatar`, add: who },
		deleteAvatar: done(who),
	};
}

/** resource → operation → recipe; test/schemas/output-schemas.test.ts checks it covers every operation. */
export const RECIPES: Record<string, Record<string, Recipe>> = {
	message: {
		send: { data: 'POST /messages' },
		get: { data: 'GET /messages/{id}' },
		getMany: { item: 'GET /messages' },
		update: { data: 'PUT /messages/{id}' },
		replyInThread: { data: 'POST /messages' },
		delete: done({ id: 'integer' }),
		pin: done({ id: 'integer' }),
		unpin: done({ id: 'integer' }),
		getReaders: { fields: { message_id: 'integer', user_id: 'integer' } },
		// What the execution goes on with once answered: Approval by link gives data.approved, Free Text
		// data.text; an approval answered in the chat adds who decided, when, and every vote.
		sendAndWait: {
			fields: {
				data: {
					approved: 'boolean',
					text: 'string',
					decidedBy: { userId: 'integer', nickname: 'string', name: 'string' },
					decidedAt: 'string',
					decisions: 'array',
				},
			},
		},
	},
	bot: {
		create: { data: 'POST /bots', omit: ['access_token'] },
		get: { data: 'GET /bots/{id}' },
		getMany: { item: 'GET /bots' },
		update: { data: 'PUT /bots/{id}' },
		updateOwnWebhook: { data: 'PUT /bot/webhook' },
		delete: done({ id: 'integer' }),
		recreateToken: { data: 'POST /bots/{id}/recreate_token', add: newToken },
		recreateOwnToken: { data: 'POST /bot/recreate_token', add: newToken },
	},
	linkPreview: {
		create: done({ message_id: 'integer', urls: 'array', skipped: 'array' }),
	},
	eventHistory: {
		getMany: { item: 'GET /webhooks/events' },
		delete: done({ id: 'string' }),
		deleteMany: done({ id: 'string' }),
	},
	chat: {
		create: { data: 'POST /chats' },
		get: { data: 'GET /chats/{id}' },
		getMany: { item: 'GET /chats' },
		update: { data: 'PUT /chats/{id}' },
		archive: done({ id: 'integer' }),
		unarchive: done({ id: 'integer' }),
		leave: done({ id: 'integer' }),
	},
	chatMember: {
		getMany: { item: 'GET /chats/{id}/members' },
		add: done({ chatId: 'integer', userIds: 'array' }),
		remove: done({ chatId: 'integer', userId: 'integer' }),
		updateRole: done({ chatId: 'integer', userId: 'integer', role: 'string' }),
		addGroupTags: done({ chatId: 'integer', groupTagIds: 'array' }),
		removeGroupTag: done({ chatId: 'integer', groupTagId: 'integer' }),
	},
	thread: {
		create: { data: 'POST /messages/{id}/thread' },
		createStandalone: { data: 'POST /threads' },
		get: { data: 'GET /threads/{id}' },
		getMany: { item: 'GET /threads' },
	},
	reaction: {
		add: { data: 'POST /messages/{id}/reactions', add: onMessage },
		getMany: { item: 'GET /messages/{id}/reactions', add: onMessage },
		remove: done({ message_id: 'integer', code: 'string', name: 'string' }),
	},
	search: {
		messages: { item: 'GET /search/messages' },
		chats: { item: 'GET /search/chats' },
		users: { item: 'GET /search/users' },
	},
	file: {
		download: { component: 'File', add: { message_id: 'integer', chat_id: 'integer' }, omit: ['url'] },
	},
	user: {
		...crudRecipes('/users'),
		...personRecipes('/users/{user_id}', { user_id: 'integer' }),
	},
	profile: {
		get: { data: 'GET /profile' },
		...personRecipes('/profile', {}),
	},
	customProperty: {
		getMany: { item: 'GET /custom_properties' },
	},
	groupTag: {
		...crudRecipes('/group_tags'),
		getUsers: { item: 'GET /group_tags/{id}/users' },
	},
	task: crudRecipes('/tasks'),
	securityLog: {
		getMany: { item: 'GET /audit_events' },
	},
	chatExport: {
		// 204: the node writes what it asked for (ExportRequest's fields) after `requested`.
		request: {
			fields: { requested: 'boolean', start_at: 'string', end_at: 'string', webhook_url: 'string', chat_ids: 'array', skip_chats_file: 'boolean' },
		},
		// The archive goes to the binary field; the json says which export and under what name.
		download: { fields: { export_id: 'integer', file_name: 'string' } },
	},
	credential: {
		getTokenInfo: { data: 'GET /oauth/token/info', add: { token_type: 'string', missing_scopes: 'array' } },
	},
	form: {
		open: { fields: { opened: 'boolean', trigger_id: 'string', callback_id: 'string' } },
		// The submission it answers passes through (the trigger's item), with the answer sent to Pachca.
		respond: { fields: { form_answer: { status: 'integer', errors: { } } } },
	},
};
