import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Paginate, Route } from '../../shared/transport';
import { MAX_PAGE_SIZE, nextPageCursor, pachcaApiRequest } from '../../shared/transport';
import { PICKER_ROUTES } from './routes';

interface Page {
	data?: IDataObject[];
	meta?: { paginate?: Paginate };
}

/** One API page of a list method per call; n8n asks for the next with the cursor it was given. */
async function readPage(
	ctx: ILoadOptionsFunctions,
	route: Route,
	qs: IDataObject,
	paginationToken?: string,
): Promise<{ data: IDataObject[]; paginationToken?: string }> {
	const page = (await pachcaApiRequest.call(ctx, route, {
		qs: { ...qs, limit: MAX_PAGE_SIZE, ...(paginationToken ? { cursor: paginationToken } : {}) },
	})) as unknown as Page;
	const data = page.data ?? [];
	// n8n hands back only the last cursor: the one just read is the only one known to be read.
	const next = nextPageCursor(page.meta?.paginate, data.length, (cursor) => cursor === paginationToken);
	return { data, paginationToken: next };
}

/** The entries whose `name` contains `filter` (any case): for lists Pachca cannot filter by a part of the name. */
function byName(entries: IDataObject[], filter: string | undefined): IDataObject[] {
	const needle = filter?.trim().toLowerCase() ?? '';
	return entries.filter((entry) => String(entry.name ?? '').toLowerCase().includes(needle));
}

/** One page of a list Pachca cannot filter by a part of the name: the entries whose name contains `filter`. */
async function pageByName(
	ctx: ILoadOptionsFunctions,
	route: Route,
	filter: string | undefined,
	paginationToken: string | undefined,
	toResult: (entry: IDataObject) => INodeListSearchResult['results'][number],
): Promise<INodeListSearchResult> {
	const page = await readPage(ctx, route, {}, paginationToken);
	const results = byName(page.data, filter).map(toResult);
	return { results, paginationToken: page.paginationToken };
}

/** Chats the token can see, filtered by name. */
export async function searchChats(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await pageByName(this, PICKER_ROUTES.chats, filter, paginationToken, (chat) => ({
		name: String(chat.name ?? `Chat ${chat.id}`),
		value: String(chat.id),
		url: typeof chat.url === 'string' ? chat.url : undefined,
	}));
}

/** Bots this user token may edit; Pachca filters them by name itself (`query`). */
export async function searchBots(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const query = filter?.trim() ?? '';
	const page = await readPage(this, PICKER_ROUTES.bots, query === '' ? {} : { query }, paginationToken);
	const results = page.data.map((bot) => {
		const settings = (bot.webhook ?? {}) as IDataObject;
		const nickname = typeof settings.nickname === 'string' ? ` (@${settings.nickname})` : '';
		return { name: `${String(settings.name ?? `Bot ${bot.id}`)}${nickname}`, value: String(bot.id) };
	});
	return { results, paginationToken: page.paginationToken };
}

/** The workspace's people; Pachca searches names, email, phone and nickname itself (`query`). */
export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const query = filter?.trim() ?? '';
	const page = await readPage(this, PICKER_ROUTES.users, query === '' ? {} : { query }, paginationToken);
	const results = page.data.map((user) => {
		const name = [user.first_name, user.last_name].filter((part) => typeof part === 'string' && part !== '').join(' ');
		const nickname = typeof user.nickname === 'string' && user.nickname !== '' ? ` (@${user.nickname})` : '';
		return { name: `${name === '' ? `User ${String(user.id)}` : name}${nickname}`, value: String(user.id) };
	});
	return { results, paginationToken: page.paginationToken };
}

/** The custom fields of users (one answer, no pages), filtered by name here. */
export async function searchUserCustomProperties(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const answer = await pachcaApiRequest.call(this, PICKER_ROUTES.customProperties, { qs: { entity_type: 'User' } });
	const definitions = Array.isArray(answer.data) ? (answer.data as IDataObject[]) : [];
	const results = byName(definitions, filter).map((definition) => ({ name: `${String(definition.name ?? `Property ${String(definition.id)}`)} (${String(definition.data_type ?? 'string')})`, value: String(definition.id) }));
	return { results };
}

/** The workspace's group tags, filtered by name on this side (Pachca filters only by exact names); the head count in brackets. */
export async function searchGroupTags(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await pageByName(this, PICKER_ROUTES.groupTags, filter, paginationToken, (tag) => ({
		name: `${String(tag.name ?? `Tag ${tag.id}`)} (${Number(tag.users_count ?? 0)})`,
		value: String(tag.id),
	}));
}
