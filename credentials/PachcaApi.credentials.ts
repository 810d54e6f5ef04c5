import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class PachcaApi implements ICredentialType {
	name = 'pachcaApi';

	displayName = 'Pachca API';

	icon: Icon = { light: 'file:../icons/pachca.svg', dark: 'file:../icons/pachca.dark.svg' };

	documentationUrl = 'https://dev.pachca.com/api/authorization';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.pachca.com/api/shared/v1',
			required: true,
			description:
				'Root of the Pachca API. Change it only for an on-premise Pachca or a test emulator.',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'For a bot: bot settings → "API" tab → access token. For a user: Automations → API. The token\'s scopes decide which operations work.',
		},
		{
			displayName: 'Webhook Signing Secret',
			name: 'signingSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Bot settings → "Outgoing webhook" tab → Signing secret. The Pachca Trigger uses it to reject requests that Pachca did not sign. Strongly recommended.',
		},
		{
			displayName: 'Allowed Webhook Sender IPs',
			name: 'webhookAllowedIps',
			type: 'string',
			default: '',
			placeholder: '37.200.70.177',
			description:
				'Comma-separated IPs or CIDR ranges (IPv4 and IPv6) that may call the Pachca Trigger. Pachca sends from 37.200.70.177. Leave empty to skip the IP check.',
		},
		{
			displayName: 'Processes Sharing This Credential',
			name: 'sharingProcesses',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 100 },
			default: 1,
			description:
				"Queue mode: how many n8n workers send with this credential's token at the same time. Each starts at that share of Pachca's limits, so together they stay within them, and borrows what the others leave unused until a 429 says otherwise. 1 for a single n8n.",
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
			},
		},
	};

	// /oauth/token/info needs no scope, so narrowly scoped bot tokens pass the test too.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/oauth/token/info',
			method: 'GET',
		},
	};
}
