import type { AllEntities } from 'n8n-workflow';

import type { resources } from './resources';

/** Every resource with the names of its operations, as the registry declares them. */
type NodeMap = {
	[R in keyof typeof resources]: keyof (typeof resources)[R]['operations'] & string;
};

export type PachcaType = AllEntities<NodeMap>;
