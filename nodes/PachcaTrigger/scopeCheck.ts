import type { IHookFunctions } from 'n8n-workflow';

import { ParameterReader } from '../shared/parameters';
import { readTokenOwner } from '../shared/bots';
import { triggerProperties } from './description';

const FETCH_SCOPE = 'messages:read';

/**
 * On activation: Fetch Full Message (and Download Files) needs messages:read. Without it every delivery would fail its
 * fetch and be retried until Pachca drops it, so the workflow is not activated. Token info needs no scope.
 */
export async function checkFetchFullMessageScope(this: IHookFunctions): Promise<void> {
	const read = new ParameterReader(this, triggerProperties);
	// Download Files fetches new messages the same way, with the same scope.
	const option = ['options.fetchFullMessage', 'options.downloadFiles'].find((path) => read.boolean(path, false));
	if (option === undefined) return;
	const { scopes } = await readTokenOwner(this);
	if (scopes.includes(FETCH_SCOPE)) return;
	throw read.fail(
		option,
		`the credential's token lacks the scope ${FETCH_SCOPE}. Add it to the bot's (or token's) scopes in Pachca, or turn this option off`,
	);
}
