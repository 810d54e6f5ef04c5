import type { INodeProperties } from 'n8n-workflow';

import { eventFilterOptions, eventsProperty } from '../shared/events';

export const DEFAULT_MAX_EVENTS_PER_POLL = 500;
export const MAX_EVENTS_PER_POLL = 10_000;

export const historyTriggerProperties: INodeProperties[] = [
	{
		displayName:
			'For n8n instances Pachca cannot reach. Turn on "Save event history" in Pachca: Automations → Integrations → your bot → Outgoing webhook. Use the bot\'s own token in the credential.',
		name: 'historyNotice',
		type: 'notice',
		default: '',
	},
	{
		...eventsProperty,
		description:
			"Events that start the workflow. The history holds only the events ticked in the bot's Outgoing webhook settings.",
	},
	{
		displayName: 'On First Activation',
		name: 'firstActivation',
		type: 'options',
		options: [
			{
				name: 'Only New Events',
				value: 'onlyNew',
				description: 'The events already in the history count as seen; the workflow starts on later ones',
			},
			{
				name: 'Process the Existing Backlog',
				value: 'backlog',
				description: 'Every event already in the history starts the workflow, oldest first',
			},
		],
		default: 'onlyNew',
		description: 'What to do with the events stored before the workflow was first activated',
	},
	{
		displayName: 'Acknowledge Events',
		name: 'acknowledge',
		type: 'boolean',
		default: true,
		description:
			"Whether to delete each emitted event from the bot's history on the next poll (needs the scope webhooks:events:delete). Keeps the history short; use one acknowledging trigger per bot.",
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			...eventFilterOptions,
			{
				displayName: 'Max Events per Poll',
				name: 'maxEventsPerPoll',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_EVENTS_PER_POLL },
				default: DEFAULT_MAX_EVENTS_PER_POLL,
				description: 'The most events one poll emits; the rest come on the next polls, oldest first',
			},
		],
	},
];
