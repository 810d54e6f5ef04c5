import type { INodeParameterResourceLocator } from 'n8n-workflow';

import { parsePositiveId } from './ids';
import type { LinkKind } from './links';
import { parseLink } from './links';

/** What a resource locator holds: a list pick, a typed ID or a link; or an ID from an expression. */
export type Located = INodeParameterResourceLocator | string | number | undefined;

/**
 * The ID a resource locator (From List / By ID / By URL) names, or what was expected instead. A link
 * must be a Pachca link (Pachca's hosts or the credential's) and its ID passes the same rule as a typed
 * one. Without `kind` the locator has no By URL mode (bots): only a list pick or an ID.
 */
export function idOfLocator(located: Located, kind: LinkKind | undefined, baseUrl?: string): { id: number } | { expected: string; value: unknown } {
	const idOrError = (value: unknown) => {
		const id = parsePositiveId(value);
		return id === undefined ? { expected: 'a positive numeric ID', value } : { id };
	};
	if (typeof located !== 'object' || located === null) return idOrError(located);
	if (located.mode !== 'url') return idOrError(located.value);
	const value = located.value;
	if (kind === undefined) return { expected: 'an ID or a pick from the list', value };
	if (typeof value !== 'string') return { expected: `a Pachca ${kind} link`, value };
	const parsed = parseLink(kind, value, baseUrl);
	if ('id' in parsed) return { id: parsed.id };
	const expected = {
		format: `a Pachca ${kind} link`,
		host: `a link on a Pachca host (app.pachca.com or the credential's Base URL host)`,
		id: `a link with a positive numeric ${kind} ID`,
	}[parsed.error];
	return { expected, value };
}
