import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { runAction } from '../harness/run';
import { credentialsFor, probe } from './probe';

/** Errors must read well, carry the HTTP code, and never contain the access token. */
describe('error mapping', () => {
	let emulator: PachcaEmulator;
	emulatorPerFile((started) => (emulator = started), { rateLimits: false });

	function expectNoToken(value: unknown, token: string) {
		expect(JSON.stringify(value)).not.toContain(token);
	}

	it('400: names the field and the human message, not the submitted value', async () => {
		const chat = emulator.addChat({ name: 'errors-400' });
		const { error, run } = await probe(emulator, {
			path: '/messages',
			qs: { chat_id: chat.id, limit: 500 },
		});
		expect(error?.message).toMatch(/^Pachca GET \/messages failed with 400: limit/);
		expect((error as { httpCode?: string }).httpCode).toBe('400');
		expect(error?.message).not.toContain('500');
		expectNoToken(run, emulator.botToken);
	});

	it('401: says the token is wrong and hides it', async () => {
		const { error, run } = await probe(emulator, { path: '/chats' }, { token: 'secret-but-wrong-token' });
		expect(error?.message).toMatch(/failed with 401/);
		expect(error?.description).toMatch(/access token/);
		expectNoToken(run, 'secret-but-wrong-token');
	});

	it('403 insufficient_scope: names the scope to grant', async () => {
		const narrow = emulator.createToken({ scopes: ['messages:read'], bot: true });
		const { error, run } = await probe(emulator, { path: '/chats' }, { token: narrow });
		expect(error?.message).toMatch(/failed with 403: .*insufficient_scope/);
		expect(error?.description).toContain('"chats:read"');
		expectNoToken(run, narrow);
	});

	it('404: explains that the ID was not found', async () => {
		const { error } = await probe(emulator, { path: '/messages/987654321' });
		expect(error?.message).toMatch(/^Pachca GET \/messages\/987654321 failed with 404/);
		expect(error?.description).toMatch(/ID/);
	});

	it('422: reports the validation message of the field', async () => {
		const chat = emulator.addChat({ name: 'errors-422' });
		const { error, run } = await probe(emulator, {
			method: 'POST',
			path: '/messages',
			body: { message: { entity_type: 'discussion', entity_id: chat.id, content: '   ' } },
		});
		expect(error?.message).toMatch(/failed with 422: content/);
		expect((error as { httpCode?: string }).httpCode).toBe('422');
		expectNoToken(run, emulator.botToken);
	});

	it('429 that outlasts the retries: fails with a rate-limit hint after 1 + 3 attempts', async () => {
		emulator.injectFault({ path: '/chats', kind: 'status', status: 429, retryAfter: '0', times: 4 });
		const { error, run } = await probe(emulator, { path: '/chats', qs: { limit: 1 } });
		expect(error?.message).toMatch(/failed with 429/);
		expect(error?.description).toMatch(/rate limit/);
		expect(emulator.requests.filter((r) => r.path === '/chats')).toHaveLength(4);
		expectNoToken(run, emulator.botToken);
	});

	it('a non-JSON 502 page becomes a readable error, not a parse failure', async () => {
		const chat = emulator.addChat({ name: 'errors-502' });
		emulator.injectFault({ method: 'POST', path: '/messages', kind: 'html' });
		const { error, run } = await probe(emulator, {
			method: 'POST',
			path: '/messages',
			body: { message: { entity_type: 'discussion', entity_id: chat.id, content: 'hi' } },
		});
		expect(error?.message).toBe('Pachca POST /messages failed with 502: unexpected HTML page from Pachca');
		expect(error?.description).toMatch(/server error/);
		expectNoToken(run, emulator.botToken);
	});

	it('a connection reset on POST is reported without request details', async () => {
		const chat = emulator.addChat({ name: 'errors-reset' });
		emulator.injectFault({ method: 'POST', path: '/messages', kind: 'reset' });
		const { error, run } = await probe(emulator, {
			method: 'POST',
			path: '/messages',
			body: { message: { entity_type: 'discussion', entity_id: chat.id, content: 'hi' } },
		});
		expect(error?.message).toMatch(/^Pachca POST \/messages got no answer \(E[A-Z]+\)/);
		expectNoToken(run, emulator.botToken);
	});

	it('with Continue On Fail, the error item carries the message but not the token', async () => {
		const { items, run } = await runAction(
			{
				credentials: credentialsFor(emulator),
				continueOnFail: true,
				parameters: {
					resource: 'message',
					operation: 'get',
					messageId: { __rl: true, mode: 'id', value: '987654321' },
				},
			},
			[{}, {}],
		);
		expect(items).toHaveLength(2);
		expect(items[0].json.error).toMatch(/failed with 404/);
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expectNoToken(run, emulator.botToken);
	});
});
