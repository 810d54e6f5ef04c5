import type { ICredentialType, INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { PachcaApi } from '../../credentials/PachcaApi.credentials';
import { Pachca } from '../../nodes/Pachca/Pachca.node';
import { PachcaEventHistoryTrigger } from '../../nodes/PachcaEventHistoryTrigger/PachcaEventHistoryTrigger.node';
import { PachcaTrigger } from '../../nodes/PachcaTrigger/PachcaTrigger.node';
import { hitlToolOf } from './hitl-tool';
import { PachcaTransportProbe } from './transport-probe';

/** Type names as a community install names them: `<package name>.<node name>`. */
export const PACKAGE_NAME = 'n8n-nodes-pachca-bots';

// Every node of the package, by its description name.
const pachca = new Pachca();
const nodes: Record<string, INodeType | IVersionedNodeType> = {
	pachca,
	// what n8n 2.41 derives from it: the AI Agent's "Human review" tool
	pachcaHitlTool: hitlToolOf(pachca),
	pachcaTrigger: new PachcaTrigger(),
	pachcaEventHistoryTrigger: new PachcaEventHistoryTrigger(),
	pachcaTransportProbe: new PachcaTransportProbe(),
};

export const credentialTypes: Record<string, ICredentialType> = { pachcaApi: new PachcaApi() };

export class TestNodeTypes implements INodeTypes {
	getByName(type: string): INodeType | IVersionedNodeType {
		const short = type.startsWith(`${PACKAGE_NAME}.`) ? type.slice(PACKAGE_NAME.length + 1) : type;
		const nodeType = nodes[short];
		if (!nodeType) throw new Error(`unknown node type ${type}`);
		return nodeType;
	}

	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}

	getKnownTypes() {
		return {};
	}
}
