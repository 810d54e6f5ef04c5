import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../parameters';

/** StatusUpdateRequest limits from the spec. */
const MAX_TITLE = 50;
const MAX_AWAY_MESSAGE = 1024;

/** The fields of a new status (StatusUpdateRequest.status): emoji and title, the rest optional. */
export const statusProperties: INodeProperties[] = [
	{
		displayName: 'Emoji',
		name: 'emoji',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 🌴',
		description: "The status's emoji character",
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. On vacation',
		description: "The status's text (at most 50 characters)",
	},
	{
		displayName: 'Additional Fields',
		name: 'statusFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Away',
				name: 'isAway',
				type: 'boolean',
				default: true,
				description: 'Whether to switch on "Away" mode',
			},
			{
				displayName: 'Away Message',
				name: 'awayMessage',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				placeholder: 'e.g. Back on the 15th. Ask @ivanov meanwhile.',
				description:
					'Shown in the profile and to whoever writes to or mentions the person while Away (at most 1024 characters)',
			},
			{
				displayName: 'Expires At',
				name: 'expiresAt',
				type: 'dateTime',
				default: '',
				description:
					"When the status clears itself; a time without an offset is in the workflow's timezone. Not set: it stays until removed.",
			},
		],
	},
];

/** The `status` object of PUT …/status, every field checked before anything is sent. */
export function readStatus(read: ParameterReader): IDataObject {
	const status: IDataObject = {
		emoji: read.text('emoji', { required: true }).trim(),
		title: read.text('title', { required: true, max: MAX_TITLE }),
	};
	if (read.given('statusFields.isAway')) status.is_away = read.boolean('statusFields.isAway', true);
	const awayMessage = read.optionalText('statusFields.awayMessage', { max: MAX_AWAY_MESSAGE });
	if (awayMessage !== undefined) status.away_message = awayMessage;
	if (read.has('statusFields.expiresAt')) status.expires_at = read.dateTime('statusFields.expiresAt').toISOString();
	return status;
}

/**
 * A status as GET …/status answers it (`null` without a wrapper when none is set): the status or null,
 * and whether its expires_at has passed (Pachca returns an expired status for a while; the spec says
 * to check on the client).
 */
export function statusOutput(answer: IDataObject | null): IDataObject {
	const status = (answer?.data ?? null) as IDataObject | null;
	if (status === null) return { status: null, expired: false };
	const expiresAt = typeof status.expires_at === 'string' ? Date.parse(status.expires_at) : NaN;
	return { status, expired: !Number.isNaN(expiresAt) && expiresAt <= Date.now() };
}
