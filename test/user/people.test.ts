import type { PachcaEmulator } from '../emulator';
import { avatars } from '../emulator/routes/people';
import { binaryOf, emulatorPerFile, PNG, requestsTo, rl, runPeople } from '../harness/fixtures/user';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

const OLGA = 13;

/** The same operation on a user (by ID) and on the token owner's own profile. */
const targets = [
	{ resource: 'user' as const, picker: { userId: rl('list', OLGA) }, base: `/users/${OLGA}`, person: () => emu.state.users.get(OLGA)!, output: { user_id: OLGA } },
	{ resource: 'profile' as const, picker: {}, base: '/profile', person: () => emu.state.users.get(emu.userId)!, output: {} },
];

describe.each(targets)('$resource: status', ({ resource, picker, base, person, output }) => {
	it('Update Status sends the status, its expiry in UTC from the workflow time zone, and outputs it', async () => {
		const result = await runPeople(emu, resource, {
			operation: 'updateStatus',
			...picker,
			emoji: '🌴',
			title: 'On vacation',
			statusFields: { isAway: true, awayMessage: 'Back on Monday', expiresAt: '2030-05-01T18:00:00' },
		}, { timezone: 'Asia/Tokyo' });

		expect(result.error).toBeUndefined();
		const sent = requestsTo(emu, 'PUT', `${base}/status`)[0].body as { status: Record<string, unknown> };
		expect(sent.status).toEqual({ emoji: '🌴', title: 'On vacation', is_away: true, away_message: 'Back on Monday', expires_at: '2030-05-01T09:00:00.000Z' });
		expect(result.items[0].json).toEqual({ ...output, status: person().user_status });
		expect(person().user_status).toMatchObject({ away_message: { text: 'Back on Monday' }, is_away: true });
	});

	it('Get Status outputs the status and whether it has expired', async () => {
		person().user_status = { emoji: '🤒', title: 'Ill', expires_at: '2020-01-01T00:00:00.000Z', is_away: false, away_message: null };

		const result = await runPeople(emu, resource, { operation: 'getStatus', ...picker });

		expect(result.items[0].json).toEqual({ ...output, status: person().user_status, expired: true });
	});

	it('Delete Status clears it; Get Status then outputs null (Pachca answers a bare null)', async () => {
		const deleted = await runPeople(emu, resource, { operation: 'deleteStatus', ...picker });
		const read = await runPeople(emu, resource, { operation: 'getStatus', ...picker });

		expect(deleted.items[0].json).toEqual({ ...output, success: true });
		expect(person().user_status).toBeNull();
		expect(read.items[0].json).toEqual({ ...output, status: null, expired: false });
	});
});

describe.each(targets)('$resource: avatar', ({ resource, picker, base, person, output }) => {
	it('Update Avatar sends the input image as multipart/form-data `image`, and outputs the image_url', async () => {
		const result = await runPeople(
			emu,
			resource,
			{ operation: 'updateAvatar', ...picker, binaryPropertyName: 'photo' },
			{ binary: [{ photo: binaryOf(PNG, 'face.png', 'image/png') }] },
		);

		expect(result.error).toBeUndefined();
		const [sent] = requestsTo(emu, 'PUT', `${base}/avatar`);
		expect(String(sent.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		expect(result.items[0].json).toEqual({ ...output, image_url: person().image_url });
		const received = avatars.get(String(person().image_url));
		expect(received).toMatchObject({ parts: ['image'], fileName: 'face.png', contentType: 'image/png' });
		expect(received?.bytes.equals(PNG)).toBe(true);
	});

	it('Delete Avatar removes it', async () => {
		const result = await runPeople(emu, resource, { operation: 'deleteAvatar', ...picker });

		expect(result.items[0].json).toEqual({ ...output, success: true });
		expect(person().image_url).toBeNull();
	});
});

describe('Profile → Get', () => {
	it("outputs the token owner's own user", async () => {
		const result = await runPeople(emu, 'profile', { operation: 'get' }, { token: emu.botToken });

		expect(result.items[0].json).toMatchObject({ id: emu.botId, bot: true });
	});
});
