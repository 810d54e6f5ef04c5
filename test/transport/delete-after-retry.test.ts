// A DELETE retried after a failure that then finds nothing: the first attempt did the deleting.
import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { probe } from './probe';

let emulator: PachcaEmulator;
emulatorPerFile((started) => (emulator = started), { rateLimits: false });

const statuses = () => emulator.requests.map((request) => request.status);

it('a 404 after a retried 503 counts as done', async () => {
	emulator.addChat({ name: 'history' });
	const [event] = emulator.addEvents(1);
	// Pachca deleted it, then its answer was a 503.
	emulator.state.history.get(emulator.botId)!.splice(0, 1);
	emulator.injectFault({ method: 'DELETE', path: `/webhooks/events/${event.id}`, kind: 'status', status: 503 });
	const { error } = await probe(emulator, { method: 'DELETE', path: `/webhooks/events/${event.id}` });

	expect(error).toBeUndefined();
	expect(statuses()).toEqual([503, 404]);
});

it('a 404 after a retried lost connection counts as done', async () => {
	const [event] = emulator.addEvents(1);
	emulator.state.history.get(emulator.botId)!.splice(0, 1);
	emulator.injectFault({ method: 'DELETE', path: `/webhooks/events/${event.id}`, kind: 'reset' });
	const { error } = await probe(emulator, { method: 'DELETE', path: `/webhooks/events/${event.id}` });

	expect(error).toBeUndefined();
	expect(statuses()).toEqual([0, 404]);
});

it('a 404 on the first attempt is an error', async () => {
	const { error } = await probe(emulator, { method: 'DELETE', path: '/webhooks/events/01KAJZ2XDSS2S3DSW9EXJZ0TBV' });

	expect(error?.message).toContain('failed with 404');
	expect(statuses()).toEqual([404]);
});
