import type { INodeProperties } from 'n8n-workflow';

export type AnswerIn = 'browser' | 'chat';

/** The most approvals a question can require: the approvals so far travel in the buttons' 255 characters. */
export const MAX_REQUIRED_APPROVALS = 5;

const inChat = { show: { answerIn: ['chat'], responseType: ['approval'] } };

/** Where the approval is given, and who may give it (in the chat only: the browser cannot tell who clicked). */
export const chatAnswerProperties: INodeProperties[] = [
	{
		displayName: 'Answer In',
		name: 'answerIn',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Browser (Link Buttons)',
				value: 'browser',
				description: 'Each button opens a signed n8n link; n8n cannot tell who clicked',
			},
			{
				name: 'Pachca Chat (Data Buttons)',
				value: 'chat',
				description:
					'The buttons answer inside Pachca; the answer records who clicked. Needs an active Pachca Trigger workflow of the same bot.',
			},
		],
		default: 'browser',
		displayOptions: { show: { responseType: ['approval'] } },
	},
	{
		displayName:
			"Clicks reach n8n through the bot's outgoing webhook: an active workflow with a Pachca Trigger of this same bot (its credential with the same token and the Webhook Signing Secret) must receive them, and the bot must send Button Click events",
		name: 'chatAnswerNotice',
		type: 'notice',
		default: '',
		displayOptions: inChat,
	},
	{
		displayName: 'Approvers',
		name: 'approvers',
		type: 'collection',
		placeholder: 'Add Rule',
		default: {},
		description: 'Who may answer, and how many approvals it takes. Without approvers, anyone in the chat may answer.',
		displayOptions: inChat,
		options: [
			{
				displayName: 'User IDs',
				name: 'userIds',
				type: 'string',
				default: '',
				placeholder: '1738816, 1738817',
				description: 'Comma-separated IDs of the users who may answer',
			},
			{
				displayName: 'Group Tag IDs',
				name: 'groupTagIds',
				type: 'string',
				default: '',
				placeholder: '9111',
				description:
					'Comma-separated group tag IDs: their members at the time of the click may answer. Needs the scope group_tags:read.',
			},
			{
				displayName: 'Required Approvals',
				name: 'requiredApprovals',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_REQUIRED_APPROVALS },
				default: 1,
				description: `How many different approvers must approve before the workflow goes on (at most ${MAX_REQUIRED_APPROVALS}). One rejection ends the wait at once.`,
			},
			{
				displayName: 'Clicks by Others',
				name: 'othersClick',
				type: 'options',
				options: [
					{ name: 'Tell Them in the Thread', value: 'tell', description: 'A reply in the message thread says their click does not count' },
					{ name: 'Ignore', value: 'ignore', description: 'Nothing is said; the click does not count' },
				],
				default: 'tell',
			},
		],
	},
];
