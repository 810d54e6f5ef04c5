import type { INodeProperties } from 'n8n-workflow';

/** Group tag picker: the workspace's tags (searchable by name), or the tag's ID. */
export const groupTagLocator: INodeProperties = {
	displayName: 'Group Tag',
	name: 'groupTagId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: "The group tag: pick it from the workspace's tags, or give its ID",
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a group tag...',
			typeOptions: { searchListMethod: 'searchGroupTags', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 9111',
			validation: [{ type: 'regex', properties: { regex: '^[1-9]\\d*$', errorMessage: 'Group Tag: not a valid tag ID' } }],
		},
	],
};

/** GroupTag.name: unique in the workspace, at most 255 characters. */
export const TAG_NAME_MAX = 255;

export const tagNameProperty: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Design',
	description: 'The tag\'s name: unique in the workspace, at most 255 characters',
};
