// The emulator checks types, enums and lengths as the spec defines them, so a node test cannot pass
// because the emulator accepted a wrong type.
import { PachcaEmulator, type Chat } from './index';
import { api } from './helpers';

let emu: PachcaEmulator;
let chat: Chat;

beforeAll(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	chat = emu.addChat({ name: 'Types' });
});
afterAll(async () => {
	await emu.stop();
});

const post = (message: Record<string, unknown>, top: Record<string, unknown> = {}) =>
	api(emu, 'POST', '/messages', { token: emu.botToken, body: { message: { entity_id: chat.id, content: 'x', ...message }, ...top } });

/** A `files` entry as the API takes it, for a file under `path` (refused before the upload check). */
const fileAt = (path: string, fields: Record<string, unknown> = {}) => ({
	key: path,
	name: path.slice(path.lastIndexOf('/') + 1),
	file_type: 'file',
	size: 1,
	...fields,
});

/** The same for a file the bot uploaded under `path`. */
const uploadedAt = (path: string, fields: Record<string, unknown> = {}) => fileAt(emu.seedUpload(path), fields);

const EMOJI = '😀'; // one code point, two UTF-16 units

describe('POST /messages: types as the spec defines them', () => {
	it.each([
		['entity_id as a string', { entity_id: '5' }, {}, 'entity_id'],
		['entity_id above int32', { entity_id: 2 ** 31 }, {}, 'entity_id'],
		['entity_id as a float', { entity_id: 1.5 }, {}, 'entity_id'],
		['parent_message_id as a string', { parent_message_id: '7' }, {}, 'parent_message_id'],
		['content as an object', { content: { text: 'x' } }, {}, 'content'],
		['skip_invite_mentions as "yes"', { skip_invite_mentions: 'yes' }, {}, 'skip_invite_mentions'],
		['link_preview as "yes"', {}, { link_preview: 'yes' }, 'link_preview'],
		['link_preview as "false"', {}, { link_preview: 'false' }, 'link_preview'],
		['display_name as a number', { display_name: 5 }, {}, 'display_name'],
		['a button text as a number', { buttons: [[{ text: 5, data: 'd' }]] }, {}, 'buttons.0.0.text'],
		['a button without text', { buttons: [[{ data: 'd' }]] }, {}, 'buttons.0.0.text'],
		['button data as a number', { buttons: [[{ text: 't', data: 5 }]] }, {}, 'buttons.0.0.data'],
		['a file size as a string', { files: [fileAt('a/b.txt', { size: '10' })] }, {}, 'files.0.size'],
		['a file name as a number', { files: [fileAt('a/b.txt', { name: 7 })] }, {}, 'files.0.name'],
		['a file type outside FileType', { files: [fileAt('a/b.txt', { file_type: 'video' })] }, {}, 'files.0.file_type'],
	])('400 for %s', async (_case, message, top, key) => {
		const before = emu.state.messages.size;
		const res = await post(message, top);

		expect(res.status).toBe(400);
		expect(res.json.errors[0].key).toBe(key);
		expect(emu.state.messages.size).toBe(before);
	});

	it('422 wrong_params for a file name whose extension differs from the key', async () => {
		const res = await post({ files: [uploadedAt('attaches/files/1/report.pdf', { name: 'report.docx' })] });

		expect(res.status).toBe(422);
		expect(res.json.errors[0]).toMatchObject({ key: 'files.0.name', code: 'wrong_params' });
	});

	it('takes the extension from the last path segment, not from a dot in a folder', async () => {
		const res = await post({ files: [uploadedAt('attaches/v1.2/README')] });

		expect(res.status).toBe(201);
		expect(res.json.data.files[0].name).toBe('README');
	});
});

describe('lengths are counted in code points, as JSON Schema maxLength counts them', () => {
	it.each([
		['button text', (s: string) => ({ buttons: [[{ text: s, data: 'd' }]] }), 'buttons.0.0.text'],
		['button data', (s: string) => ({ buttons: [[{ text: 't', data: s }]] }), 'buttons.0.0.data'],
		['display_name', (s: string) => ({ display_name: s }), 'display_name'],
	])('%s: 255 emoji pass, 256 fail with 422', async (_field, message, key) => {
		const ok = await post(message(EMOJI.repeat(255)));
		const tooLong = await post(message(EMOJI.repeat(256)));

		expect(ok.status).toBe(201);
		expect(tooLong.status).toBe(422);
		expect(tooLong.json.errors[0]).toMatchObject({ key, code: 'too_long' });
	});
});

describe('GET /messages: SortOrder and the sort field', () => {
	it.each([
		['order', { order: 'sideways' }],
		['order', { order: 'DESC' }],
		['sort', { sort: 'created_at' }],
	])('400 for an unknown %s', async (key, query) => {
		const res = await api(emu, 'GET', '/messages', { query: { chat_id: chat.id, ...query } });

		expect(res.status).toBe(400);
		expect(res.json.errors[0]).toMatchObject({ key, code: 'inclusion' });
	});

	it('accepts asc and desc', async () => {
		const statuses = await Promise.all(
			['asc', 'desc'].map(async (order) => (await api(emu, 'GET', '/messages', { query: { chat_id: chat.id, order } })).status),
		);
		expect(statuses).toEqual([200, 200]);
	});
});

describe('GET /chats: booleans and enums in the query', () => {
	it.each([
		['archived', { archived: 'yes' }],
		['personal', { personal: '1' }],
		['availability', { availability: 'everyone' }],
		['order', { order: 'sideways' }],
	])('400 for a bad %s', async (key, query) => {
		const res = await api(emu, 'GET', '/chats', { query });

		expect(res.status).toBe(400);
		expect(res.json.errors[0].key).toBe(key);
	});
});
