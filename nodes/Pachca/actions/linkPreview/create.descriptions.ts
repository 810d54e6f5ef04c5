import type { INodeProperties } from 'n8n-workflow';

import { messageLocator } from '../common.descriptions';

const fromSource = (...source: string[]) => ({ show: { source } });

const perLink =
	'Evaluated once per link: in an expression, $link is the link ({ url, domain }) and $json the input item';

/** The fields of Link Preview → Create: the message, then the previews from one of three sources. */
export const linkPreviewFields: INodeProperties[] = [
	{
		displayName: 'Only an Unfurl bot may create link previews: the credential must hold its token.',
		name: 'unfurlNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Preview List', value: 'list', description: 'Type each preview' },
			{ name: 'JSON', value: 'json', description: 'A JSON object keyed by URL, or a list of previews' },
			{
				name: 'From a Link Shared Event',
				value: 'linkShared',
				description: "Previews for the links of the Pachca Trigger's Link Shared event, except those the author hid",
			},
		],
		default: 'list',
	},
	{ ...messageLocator, description: 'The message whose links get previews', displayOptions: fromSource('list', 'json') },
	{
		displayName: 'Previews',
		name: 'previews',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Preview',
		default: {},
		displayOptions: fromSource('list'),
		options: [
			{
				displayName: 'Preview',
				name: 'preview',
				values: [
					{
						displayName: 'Description',
						name: 'description',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Image Key',
						name: 'imageKey',
						type: 'string',
						default: '',
						description: 'Or the key of an image uploaded to Pachca; it wins over Image URL',
					},
					{
						displayName: 'Image Name',
						name: 'imageName',
						type: 'string',
						default: '',
						description: 'File name of the uploaded image, with its extension',
					},
					{
						displayName: 'Image Size',
						name: 'imageSize',
						type: 'number',
						default: 0,
						description: 'Size of the uploaded image in bytes (optional)',
					},
					{
						displayName: 'Image URL',
						name: 'imageUrl',
						type: 'string',
						default: '',
						description: 'A public http(s) image URL (optional)',
					},
					{
						displayName: 'Title',
						name: 'title',
						type: 'string',
						default: '',
					},
					{
						displayName: 'URL',
						name: 'url',
						type: 'string',
						default: '',
						placeholder: 'e.g. https://example.com/tasks/12',
						description: 'The link as it appears in the message',
					},
				],
			},
		],
	},
	{
		displayName: 'Previews (JSON)',
		name: 'previewsJson',
		type: 'json',
		default: '{\n  "https://example.com/tasks/12": { "title": "Task 12", "description": "Open, due Friday" }\n}',
		description: 'The API\'s object keyed by link, e.g. { "https://example.com/a": { "title": "A", "description": "B" } }, or a list of previews, each with its link, title, description and image_url (see the README)',
		displayOptions: fromSource('json'),
	},
	{
		displayName: 'Message ID',
		name: 'linkMessageId',
		type: 'string',
		default: '={{ $json.message_id }}',
		description: "The event's message_id. With a node between the trigger and this one, read it from the trigger's item instead (see the README).",
		displayOptions: fromSource('linkShared'),
	},
	{
		displayName: 'Links',
		name: 'links',
		type: 'json',
		default: '={{ $json.links }}',
		description: "The event's links; links with skip: true (hidden by the author) get no preview",
		displayOptions: fromSource('linkShared'),
	},
	{ displayName: 'Title', name: 'linkTitle', type: 'string', default: '', placeholder: 'e.g. {{ $json[$link.url]?.title }}', description: perLink, displayOptions: fromSource('linkShared') },
	{ displayName: 'Description', name: 'linkDescription', type: 'string', default: '', description: perLink, displayOptions: fromSource('linkShared') },
	{ displayName: 'Image URL', name: 'linkImageUrl', type: 'string', default: '', description: `${perLink} (optional)`, displayOptions: fromSource('linkShared') },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: fromSource('linkShared'),
		options: [
			{
				displayName: 'Skip Links Without Title',
				name: 'skipWithoutTitle',
				type: 'boolean',
				default: false,
				description: 'Whether a link whose Title comes out empty (e.g. your lookup found nothing) gets no preview instead of failing the item',
			},
		],
	},
];
