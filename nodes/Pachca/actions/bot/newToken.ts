import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

/** What Recreate Token and Recreate Own Token say before they run: the old token dies, the new one shows once. */
export function newTokenNotice(whose: string): INodeProperties {
	return {
		displayName: `Pachca issues a new token and ${whose} stops working at once: this cannot be undone. The new token is in this node's output only this once (and so in this execution's data): put it into the Pachca credential right away, then delete the execution.`,
		name: 'recreateTokenNotice',
		type: 'notice',
		default: '',
	};
}

/** The bot as Pachca returns it, its new access_token, and a field that says what to do with it. */
export function newTokenItem(response: IDataObject, index: number): INodeExecutionData {
	const bot = (response.data ?? {}) as IDataObject;
	return {
		json: {
			...bot,
			token_notice:
				'access_token is the new token, shown only this once; the old token no longer works. Update every Pachca credential that held the old token.',
		},
		pairedItem: { item: index },
	};
}
