// POST /chats/exports and GET /chats/exports/{id}: message exports, built in the background (Corporation plan,
// the Owner's chat_exports:* scopes). The request answers 204; the archive is ready after a delay, and until
// then the download answers 404 export_file_not_found; then 302 to a signed storage link.
import { noContent, type Ctx, type Route } from '../context';
import type { EmulatorState } from '../state';
import { apiError, isHttpUrl, isObject, optBool, parseId } from '../validation';
import { fileUrl } from './downloads';
import { uploadStore } from './uploads';

export interface ChatExport {
	id: number;
	start_at: string;
	end_at: string;
	webhook_url: string;
	chat_ids?: number[];
	skip_chats_file: boolean;
	/** when the archive is built (ms) */
	readyAt: number;
	/** the storage key of the archive, once built */
	key?: string;
}

interface ExportStore {
	/** how long an export takes to build (tests shorten or lengthen it) */
	delayMs: number;
	exports: Map<number, ChatExport>;
	nextId: number;
}

const stores = new WeakMap<EmulatorState, ExportStore>();

export function exportStore(state: EmulatorState): ExportStore {
	if (!stores.has(state)) stores.set(state, { delayMs: 1000, exports: new Map(), nextId: 22000 });
	return stores.get(state)!;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `format: date` field: YYYY-MM-DD of a day that exists. */
function dateField(body: Record<string, unknown>, key: string): string {
	const raw = body[key];
	if (raw === undefined || raw === null) throw apiError(400, key, 'Required parameter is missing', 'required');
	const valid = typeof raw === 'string' && DATE.test(raw) && new Date(`${raw}T00:00:00Z`).toISOString().startsWith(raw);
	if (!valid) throw apiError(400, key, 'Must be a date (YYYY-MM-DD)', 'invalid', raw);
	return raw as string;
}

function chatIds(raw: unknown): number[] | undefined {
	if (raw === undefined) return undefined;
	const ok = Array.isArray(raw) && raw.every((id) => Number.isSafeInteger(id) && (id as number) > 0 && (id as number) <= 2_147_483_647);
	if (!ok) throw apiError(400, 'chat_ids', 'Must be an array of chat IDs', 'invalid', raw);
	return raw as number[];
}

function requestExport(ctx: Ctx) {
	const body = isObject(ctx.body) ? ctx.body : {};
	const start = dateField(body, 'start_at');
	const end = dateField(body, 'end_at');
	if (start > end) throw apiError(422, 'end_at', 'end_at must not be before start_at', 'invalid_date_range', end);
	if (body.webhook_url === undefined) throw apiError(400, 'webhook_url', 'Required parameter is missing', 'required');
	if (typeof body.webhook_url !== 'string' || !isHttpUrl(body.webhook_url)) {
		throw apiError(422, 'webhook_url', 'Invalid webhook URL', 'invalid_webhook_url', body.webhook_url);
	}
	const store = exportStore(ctx.state);
	const id = store.nextId++;
	store.exports.set(id, {
		id, start_at: start, end_at: end, webhook_url: body.webhook_url, chat_ids: chatIds(body.chat_ids),
		skip_chats_file: optBool(body, 'skip_chats_file') ?? false, readyAt: Date.now() + store.delayMs,
	});
	return noContent();
}

/** The archive's bytes: a stand-in for Pachca's zip (its content is not what the tests check). */
function buildArchive(state: EmulatorState, exp: ChatExport, tokenId: number): string {
	const key = `exports/${exp.id}/export-${exp.id}.zip`;
	const manifest = JSON.stringify({ id: exp.id, start_at: exp.start_at, end_at: exp.end_at, chat_ids: exp.chat_ids ?? 'all' });
	uploadStore(state).seed(tokenId, key, Buffer.from(`PK\u0003\u0004${manifest}`), 'application/zip');
	return key;
}

function downloadExport(ctx: Ctx) {
	const id = parseId(ctx.params.id);
	const exp = exportStore(ctx.state).exports.get(id);
	if (!exp || Date.now() < exp.readyAt) throw apiError(404, 'id', 'Export file not found or not ready yet', 'export_file_not_found', id);
	exp.key ??= buildArchive(ctx.state, exp, ctx.token.id);
	return { status: 302, headers: { Location: fileUrl(ctx.state, exp.key) } };
}

export const exportRoutes: Route[] = [
	{ method: 'POST', path: '/chats/exports', scope: 'chat_exports:write', plan: 'corporation', bucket: 'other', handler: requestExport },
	{ method: 'GET', path: '/chats/exports/:id', scope: 'chat_exports:read', plan: 'corporation', bucket: 'other', handler: downloadExport },
];
