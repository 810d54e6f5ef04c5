import { bot } from './bot/Bot.resource';
import { chat } from './chat/Chat.resource';
import { chatExport } from './chatExport/ChatExport.resource';
import { chatMember } from './chatMember/ChatMember.resource';
import { credential } from './credential/Credential.resource';
import { eventHistory } from './eventHistory/EventHistory.resource';
import { file } from './file/File.resource';
import { linkPreview } from './linkPreview/LinkPreview.resource';
import { message } from './message/Message.resource';
import { reaction } from './reaction/Reaction.resource';
import { thread } from './thread/Thread.resource';
import { search } from './search/Search.resource';
import { securityLog } from './securityLog/SecurityLog.resource';
import { user } from './user/User.resource';
import { profile } from './profile/Profile.resource';
import { customProperty } from './customProperty/CustomProperty.resource';
import { groupTag } from './groupTag/GroupTag.resource';
import { task } from './task/Task.resource';
import { form } from './form/Form.resource';

/**
 * THE registry: one line per resource. The Resource picker, the node's parameters, the router and the
 * node's types all derive from it. The order here is the order of the resources' parameters in the node.
 */
export const resources = {
	message,
	bot,
	linkPreview,
	eventHistory,
	chat,
	chatMember,
	thread,
	reaction,
	search,
	file,
	user,
	profile,
	customProperty,
	securityLog,
	chatExport,
	groupTag,
	task,
	form,
	credential,
};

export type ResourceName = keyof typeof resources;
