import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	message: 'send' | 'replyInThread' | 'get' | 'getMany' | 'update' | 'delete' | 'pin' | 'unpin' | 'sendAndWait';
};

export type PachcaType = AllEntities<NodeMap>;
