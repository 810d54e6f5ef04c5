import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	message: 'send' | 'replyInThread' | 'get' | 'getMany' | 'update' | 'delete' | 'pin' | 'unpin' | 'sendAndWait';
	bot: 'get' | 'getMany' | 'create' | 'update' | 'delete' | 'updateOwnWebhook';
	eventHistory: 'getMany' | 'delete' | 'deleteMany';
	linkPreview: 'create';
};

export type PachcaType = AllEntities<NodeMap>;
