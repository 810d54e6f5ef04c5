import type { INodeProperties } from 'n8n-workflow';

/** Roles a user may be given: `guest` only at creation (UserCreateRole vs UserRoleInput). */
const ROLES = [
	{ name: 'Admin', value: 'admin', description: 'Manages people, tags and the workspace settings' },
	{ name: 'Employee', value: 'user', description: 'Works with chats, messages, threads and tasks' },
	{ name: 'Multi-Guest', value: 'multi_guest', description: 'Sees only the chats they were added to' },
];
const GUEST = { name: 'Guest', value: 'guest', description: 'Sees one chat: give exactly one Chat ID' };

/** Custom properties: each a property (from GET /custom_properties?entity_type=User) and its value. */
const customPropertiesField: INodeProperties = {
	displayName: 'Custom Properties',
	name: 'customProperties',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Custom Property',
	default: {},
	description: "The workspace's own user fields (Custom Property → Get Many lists them)",
	options: [
		{
			displayName: 'Property',
			name: 'property',
			values: [
				{
					displayName: 'Property',
					name: 'propertyId',
					type: 'resourceLocator',
					default: { mode: 'list', value: '' },
					description: 'The custom property to set',
					modes: [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list',
							placeholder: 'Select a property...',
							typeOptions: { searchListMethod: 'searchUserCustomProperties', searchable: true },
						},
						{
							displayName: 'By ID',
							name: 'id',
							type: 'string',
							placeholder: 'e.g. 1678',
							validation: [{ type: 'regex', properties: { regex: '^[1-9]\\d*$', errorMessage: 'Property: not a valid ID' } }],
						},
					],
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					placeholder: 'e.g. Saint Petersburg',
					description: 'The value (at most 768 characters): a number as text, a date as YYYY-MM-DD, a link as a URL',
				},
			],
		},
	],
};

const text = (displayName: string, name: string, description: string, placeholder: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder,
	description,
});

/** The fields of UserCreateRequest.user / UserUpdateRequest.user, sorted by name; `create` adds its own. */
export function userFields(kind: 'create' | 'update'): INodeProperties[] {
	const fields: INodeProperties[] = [
		...(kind === 'create'
			? [
					{
						displayName: 'Chat IDs',
						name: 'chatIds',
						type: 'string',
						default: '',
						placeholder: 'e.g. 12345, 67890',
						description: 'Chats to add the new user to at once, comma-separated (a guest: exactly one active chat)',
					} satisfies INodeProperties,
				]
			: []),
		customPropertiesField,
		{
			displayName: 'Deactivated',
			name: 'suspended',
			type: 'boolean',
			default: false,
			description: 'Whether the user is deactivated: they cannot sign in, but stay in their chats; can be turned back',
		},
		text('Department', 'department', 'At most 255 characters', 'e.g. Product'),
		...(kind === 'update' ? [text('Email', 'email', 'At most 255 characters', 'e.g. name@example.com')] : []),
		text('First Name', 'firstName', 'At most 255 characters', 'e.g. Oleg'),
		text('Last Name', 'lastName', 'At most 255 characters', 'e.g. Petrov'),
		text('Nickname', 'nickname', 'At most 255 characters, without @', 'e.g. olegpetrov'),
		text('Phone Number', 'phoneNumber', 'At most 255 characters', 'e.g. +79001234567'),
		{
			displayName: 'Role',
			name: 'role',
			type: 'options',
			options: kind === 'create' ? [...ROLES, GUEST] : ROLES,
			default: 'user',
			description: kind === 'create' ? 'Access level in the workspace' : 'Access level in the workspace (Guest can be given only at creation)',
		},
		...(kind === 'create'
			? [
					{
						displayName: 'Skip Invitation Email',
						name: 'skipEmailNotify',
						type: 'boolean',
						default: false,
						description: 'Whether to send no invitation email (e.g. accounts made ahead of an SSO sign-in)',
					} satisfies INodeProperties,
				]
			: []),
		text('Tags', 'listTags', 'Tag names, comma-separated; replaces the user’s tags', 'e.g. Product, Design'),
		text('Title', 'title', 'Job title', 'e.g. CIO'),
	];
	// Added to an update, Deactivated is usually there to deactivate: on by default there.
	return kind === 'update' ? fields.map((field) => (field.name === 'suspended' ? { ...field, default: true } : field)) : fields;
}
