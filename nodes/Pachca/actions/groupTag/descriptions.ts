import type { INodeProperties } from 'n8n-workflow';

import { listOrIdLocator } from '../common.descriptions';

/** Group tag picker: the workspace's tags (searchable by name), or the tag's ID. */
export const groupTagLocator: INodeProperties = listOrIdLocator({
	displayName: 'Group Tag',
	name: 'groupTagId',
	thing: 'group tag',
	searchListMethod: 'searchGroupTags',
	idExample: '9111',
	description: "The group tag: pick it from the workspace's tags, or give its ID",
});

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
