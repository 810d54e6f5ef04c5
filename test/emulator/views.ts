// Forms (views): trigger_ids issued by Data-button clicks, the forms opened with them, and the
// submission of a form as a user (guides-forms-*.mdx): one view.submit delivery that the bot must
// answer within 3 s: 200 closes the form, 400 {"errors": {...}} shows errors, anything else is an error.
import type { EmulatorState } from './state';
import type { WebhookDispatcher } from './webhooks';

/** A trigger_id opens a form within this time of the click (the emulator's clock). */
export const TRIGGER_TTL_MS = 3000;
/** How long the emulator waits for the bot's answer to view.submit, as Pachca does. */
export const FORM_ANSWER_TIMEOUT_MS = 3000;

export interface IssuedTrigger {
	botId: number;
	userId: number;
	chatId: number | null;
	issuedAt: number;
}

export type ViewBlock = Record<string, unknown> & { type: string };

export interface OpenView {
	id: number;
	botId: number;
	userId: number;
	chatId: number | null;
	title: string;
	submit_text: string;
	close_text: string;
	blocks: ViewBlock[];
	callback_id: string | null;
	private_metadata: string | null;
	/** errors the bot answered to the last submission, by field name */
	errors: Record<string, string>;
}

export type SubmitOutcome =
	| { outcome: 'closed'; status: number }
	| { outcome: 'errors'; status: 400; errors: Record<string, string> }
	/** the user's own input was refused before sending (required, length): nothing was delivered */
	| { outcome: 'invalid'; errors: Record<string, string> }
	/** no answer in time, or an answer Pachca does not understand: the user sees an error and retries */
	| { outcome: 'failed'; status: number; reason: string };

class ViewStore {
	triggers = new Map<string, IssuedTrigger>();
	open = new Map<number, OpenView>();
	seq = 1;
	answerTimeoutMs = FORM_ANSWER_TIMEOUT_MS;
}

const stores = new WeakMap<EmulatorState, ViewStore>();

export function viewStore(state: EmulatorState): ViewStore {
	let store = stores.get(state);
	if (!store) stores.set(state, (store = new ViewStore()));
	return store;
}

/** A click's trigger_id, usable by the bot of the clicked message for TRIGGER_TTL_MS. */
export function issueTrigger(state: EmulatorState, triggerId: string, trigger: Omit<IssuedTrigger, 'issuedAt'>): void {
	viewStore(state).triggers.set(triggerId, { ...trigger, issuedAt: state.clock.now() });
}

const isEmpty = (value: unknown): boolean =>
	value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** What Pachca's form checks before sending: required fields and the input's lengths. */
function clientErrors(view: OpenView, data: Record<string, unknown>): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const block of view.blocks) {
		const name = typeof block.name === 'string' ? block.name : undefined;
		if (name === undefined) continue;
		const value = data[name];
		if (block.required === true && isEmpty(value)) errors[name] = 'Required field';
		else if (block.type === 'input' && typeof value === 'string' && value !== '') {
			const length = [...value].length;
			if (typeof block.min_length === 'number' && length < block.min_length) errors[name] = `At least ${block.min_length} characters`;
			if (typeof block.max_length === 'number' && length > block.max_length) errors[name] = `At most ${block.max_length} characters`;
		}
	}
	return errors;
}

function fieldErrors(body: unknown): Record<string, string> | undefined {
	const errors = (body as { errors?: unknown } | undefined)?.errors;
	if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) return undefined;
	return Object.fromEntries(Object.entries(errors).map(([key, text]) => [key, String(text)]));
}

/** The user `userId` submits their open form `viewId` with `data` (by field name). */
export async function submitView(
	state: EmulatorState,
	hooks: WebhookDispatcher,
	viewId: number,
	userId: number,
	data: Record<string, unknown>,
): Promise<SubmitOutcome> {
	const store = viewStore(state);
	const view = store.open.get(viewId);
	if (!view || view.userId !== userId) throw new Error(`User ${userId} has no open form ${viewId}`);
	const invalid = clientErrors(view, data);
	if (Object.keys(invalid).length > 0) return { outcome: 'invalid', errors: invalid };
	const payload = {
		type: 'view', event: 'submit', callback_id: view.callback_id, private_metadata: view.private_metadata,
		chat_id: view.chatId, user_id: userId, data, webhook_timestamp: Math.floor(Date.now() / 1000),
	};
	const answer = await hooks.sendOnce(view.botId, 'view.submit', payload, store.answerTimeoutMs);
	if (answer.timedOut) return { outcome: 'failed', status: 0, reason: `The bot did not answer within ${store.answerTimeoutMs} ms` };
	if (answer.status >= 200 && answer.status < 300) {
		store.open.delete(viewId);
		return { outcome: 'closed', status: answer.status };
	}
	const errors = answer.status === 400 ? fieldErrors(answer.body) : undefined;
	if (errors) {
		view.errors = errors;
		return { outcome: 'errors', status: 400, errors };
	}
	return { outcome: 'failed', status: answer.status, reason: `The bot answered ${answer.status}` };
}
