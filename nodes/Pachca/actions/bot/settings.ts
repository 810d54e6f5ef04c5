import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { CollectionField } from '../collection';
import { readCollection } from '../collection';

/** BotWebhook text limits from the spec (name, nickname, and the comma-joined commands). */
const MAX_TEXT = 255;

type FieldReader = CollectionField[1];

const bool = (fallback: boolean): FieldReader => (read, path) => read.boolean(path, fallback);

/** Each editor field and how it becomes its BotUpdateRequest key. */
const FIELDS: Record<string, CollectionField> = {
	name: ['name', (read, path) => read.text(path, { required: true, max: MAX_TEXT })],
	nickname: ['nickname', readNickname],
	outgoingUrl: ['outgoing_url', readOutgoingUrl],
	events: ['events', (read, path) => read.choices(path)],
	triggerOn: ['trigger_on', (read, path) => read.choice(path)],
	commands: ['commands', readCommands],
	template: ['template', (read, path) => read.text(path)],
	templateEngine: ['template_engine', (read, path) => read.choice(path)],
	challengeKey: ['challenge_key', (read, path) => read.text(path)],
	linkPreviewEnabled: ['link_preview_enabled', bool(true)],
	ignoreSelfMessages: ['ignore_self_messages', bool(false)],
	eventsHistoryEnabled: ['events_history_enabled', bool(false)],
	whoCanAdd: ['who_can_add', (read, path) => read.choice(path)],
	canEdit: ['can_edit', (read, path) => read.choices(path)],
	scopes: ['scopes', (read, path) => read.choices(path)],
	singleChat: ['single_chat', bool(false)],
};

function readNickname(read: ParameterReader, path: string): string {
	const nickname = read.text(path, { required: true, max: MAX_TEXT }).trim();
	if (!nickname.endsWith('_bot')) throw read.fail(path, `must end with _bot, got "${nickname}"`);
	return nickname;
}

/** Empty disables the outgoing webhook (Pachca takes '' for that); anything else must be http(s). */
function readOutgoingUrl(read: ParameterReader, path: string): string {
	const value = read.raw(path, '');
	return value === '' ? '' : read.url(path);
}

function readCommands(read: ParameterReader, path: string): string[] {
	const commands = read
		.text(path)
		.split(',')
		.map((command) => command.trim())
		.filter((command) => command !== '');
	const joined = commands.join(',');
	if ([...joined].length > MAX_TEXT) {
		throw read.fail(path, `${[...joined].length} characters joined by commas, at most ${MAX_TEXT} are allowed`);
	}
	return commands;
}

/**
 * The `webhook` object of a bot create/update request: only the fields added to the `collection`
 * (so renaming a bot leaves its webhook URL alone), each checked before anything is sent.
 */
export const readBotSettings = (read: ParameterReader, collection: string): IDataObject => readCollection(read, collection, FIELDS);
