import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader } from '../../../../shared/parameters';
import type { PachcaContext } from '../../../../shared/transport';
import { pachcaApiRequestAllItems } from '../../../../shared/transport';
import { MAX_REQUIRED_APPROVALS } from './chat.descriptions';

export interface ApproverRules {
	userIds: number[];
	groupTagIds: number[];
	required: number;
	tellOthers: boolean;
}

const GROUP_TAG_USERS = { method: 'GET', path: '/group_tags/{id}/users', limitClass: 'default', scope: 'group_tags:read' } as const;

/** The Approvers collection, checked: read before the question is sent and again on every click. */
export function readApproverRules(read: ParameterReader): ApproverRules {
	const userIds = read.idList('approvers.userIds');
	const groupTagIds = read.idList('approvers.groupTagIds');
	const required = read.integer('approvers.requiredApprovals', { min: 1, max: MAX_REQUIRED_APPROVALS }, 1);
	if (groupTagIds.length === 0 && userIds.length > 0 && required > userIds.length) {
		throw read.fail('approvers.requiredApprovals', `${required} approvals cannot come from ${userIds.length} listed user(s)`);
	}
	return { userIds, groupTagIds, required, tellOthers: read.choice<'tell' | 'ignore'>('approvers.othersClick', 'tell') === 'tell' };
}

/** Whether the user may answer: anyone when no approver is listed; else a listed user or a member of a listed tag now. */
export async function mayAnswer(ctx: PachcaContext, rules: ApproverRules, userId: number, quick: IDataObject): Promise<boolean> {
	if (rules.userIds.length === 0 && rules.groupTagIds.length === 0) return true;
	if (rules.userIds.includes(userId)) return true;
	for (const tagId of rules.groupTagIds) {
		let found = false;
		await pachcaApiRequestAllItems.call(ctx, GROUP_TAG_USERS, {
			...quick,
			params: { id: tagId },
			onPage: (page) => {
				found = page.some((user) => user.id === userId);
				return found;
			},
		});
		if (found) return true;
	}
	return false;
}
