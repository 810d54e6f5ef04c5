// POST /views/open: the spec's OpenViewRequest and ViewBlock* limits, and the click's trigger_id
// (only the clicked message's bot may use it, within 3 s of the click on the emulator's clock).
import type { Ctx, Route } from '../context';
import { apiError, isObject, oneOf, optBool, optString } from '../validation';
import { TRIGGER_TTL_MS, viewStore, type ViewBlock } from '../views';

type FieldSpec = ['text', number, boolean?] | ['bool'] | ['int', number, number] | ['options', number, 'selected' | 'checked', boolean] | ['date'] | ['time'] | ['strings'];

const FIELD: Record<string, FieldSpec> = { name: ['text', 255, true], label: ['text', 150, true], required: ['bool'], hint: ['text', 2000] };

/** Fields of each block type, from the spec's ViewBlock* schemas. */
const BLOCKS: Record<string, Record<string, FieldSpec>> = {
	header: { text: ['text', 150, true] },
	plain_text: { text: ['text', 12000, true] },
	markdown: { text: ['text', 12000, true] },
	divider: {},
	input: { ...FIELD, placeholder: ['text', 150], multiline: ['bool'], initial_value: ['text', 3000], min_length: ['int', 0, 3000], max_length: ['int', 1, 3000] },
	select: { ...FIELD, options: ['options', 100, 'selected', false] },
	radio: { ...FIELD, options: ['options', 10, 'selected', true] },
	checkbox: { ...FIELD, options: ['options', 10, 'checked', true] },
	date: { ...FIELD, initial_date: ['date'] },
	time: { ...FIELD, initial_time: ['time'] },
	file_input: { ...FIELD, filetypes: ['strings'], max_files: ['int', 1, 10] },
};

const invalid = (key: string, message: string, value?: unknown) => apiError(422, key, message, 'invalid', value);

function checkText(obj: Record<string, unknown>, key: string, path: string, max: number, required = false): void {
	const value = obj[key];
	if (required && (typeof value !== 'string' || value.trim() === '')) throw apiError(422, path, "Can't be blank", 'blank', value);
	if (value !== undefined) optString({ [path]: value }, path, max);
}

function checkOptions(options: unknown, path: string, max: number, flag: string, descriptions: boolean): void {
	if (!Array.isArray(options)) throw apiError(400, path, 'Must be an array', 'invalid', options);
	if (options.length > max) throw apiError(422, path, `Too many options (maximum is ${max})`, 'too_long', options.length);
	options.forEach((option: unknown, i) => {
		const at = `${path}.${i}`;
		if (!isObject(option)) throw apiError(400, at, 'Must be an object', 'invalid', option);
		checkText(option, 'text', `${at}.text`, 75, true);
		checkText(option, 'value', `${at}.value`, 150, true);
		if (descriptions) checkText(option, 'description', `${at}.description`, 75);
		optBool({ [`${at}.${flag}`]: option[flag] }, `${at}.${flag}`);
	});
}

function checkField(block: Record<string, unknown>, key: string, spec: FieldSpec, path: string): void {
	const value = block[key];
	if (spec[0] === 'text') return checkText(block, key, path, spec[1], spec[2]);
	if (value === undefined) return;
	if (spec[0] === 'bool') optBool({ [path]: value }, path);
	else if (spec[0] === 'int' && !(Number.isInteger(value) && (value as number) >= spec[1] && (value as number) <= spec[2])) {
		throw invalid(path, `Must be an integer from ${spec[1]} to ${spec[2]}`, value);
	} else if (spec[0] === 'options') checkOptions(value, path, spec[1], spec[2], spec[3]);
	else if (spec[0] === 'date' && !(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)))) {
		throw invalid(path, 'Must be a date (YYYY-MM-DD)', value);
	} else if (spec[0] === 'time' && !(typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value))) {
		throw invalid(path, 'Must be a time (HH:mm)', value);
	} else if (spec[0] === 'strings' && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
		throw apiError(400, path, 'Must be an array of strings', 'invalid', value);
	}
}

function checkBlocks(raw: unknown): ViewBlock[] {
	if (!Array.isArray(raw)) throw apiError(400, 'view.blocks', 'Must be an array', 'invalid', raw);
	if (raw.length > 100) throw apiError(422, 'view.blocks', 'Too many blocks (maximum is 100)', 'too_long', raw.length);
	raw.forEach((block: unknown, i) => {
		const at = `view.blocks.${i}`;
		if (!isObject(block)) throw apiError(400, at, 'Must be an object', 'invalid', block);
		const type = oneOf(block.type, Object.keys(BLOCKS), `${at}.type`);
		for (const [key, spec] of Object.entries(BLOCKS[type])) checkField(block, key, spec, `${at}.${key}`);
		const min = block.min_length as number | undefined;
		const max = block.max_length as number | undefined;
		if (min !== undefined && max !== undefined && min > max) throw invalid(`${at}.min_length`, 'Must not exceed max_length', min);
	});
	return raw as ViewBlock[];
}

function open(ctx: Ctx) {
	if (!isObject(ctx.body)) throw apiError(400, 'body', 'Request body must be an object', 'invalid');
	const body = ctx.body;
	oneOf(body.type, ['modal'] as const, 'type');
	if (typeof body.trigger_id !== 'string' || body.trigger_id === '') throw apiError(400, 'trigger_id', 'Required parameter is missing', 'required');
	const callbackId = optString(body, 'callback_id', 255) ?? null;
	const privateMetadata = optString(body, 'private_metadata', 3000) ?? null;
	if (!isObject(body.view)) throw apiError(400, 'view', 'Required parameter is missing', 'required');
	const view = body.view;
	checkText(view, 'title', 'view.title', 24, true);
	checkText(view, 'close_text', 'view.close_text', 24);
	checkText(view, 'submit_text', 'view.submit_text', 24);
	if (view.blocks === undefined) throw apiError(400, 'view.blocks', 'Required parameter is missing', 'required');
	const blocks = checkBlocks(view.blocks);

	const store = viewStore(ctx.state);
	const trigger = store.triggers.get(body.trigger_id);
	if (!trigger || trigger.botId !== ctx.user.id) {
		throw apiError(422, 'trigger_id', 'Trigger not found', 'trigger_not_found', body.trigger_id);
	}
	if (ctx.state.clock.now() - trigger.issuedAt > TRIGGER_TTL_MS) {
		throw apiError(410, 'trigger_id', 'Trigger expired', 'trigger_expired', body.trigger_id);
	}
	const id = store.seq++;
	store.open.set(id, {
		id, botId: trigger.botId, userId: trigger.userId, chatId: trigger.chatId, title: view.title as string,
		submit_text: (view.submit_text as string | undefined) ?? 'Отправить', close_text: (view.close_text as string | undefined) ?? 'Отменить',
		blocks, callback_id: callbackId, private_metadata: privateMetadata, errors: {},
	});
	return { status: 201 };
}

export const viewRoutes: Route[] = [{ method: 'POST', path: '/views/open', scope: 'views:write', bucket: 'other', handler: open }];
