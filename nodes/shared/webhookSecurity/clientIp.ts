import type { IpRange } from './ip';
import { ipAllowed, parseAllowlist } from './ip';

/**
 * Which address sent a request. Without trusted proxies it is the socket's peer: headers are
 * written by the client and prove nothing. Behind proxies, each proxy appends the peer it saw to
 * X-Forwarded-For. An entry is believed only when the address that handed it over is a trusted
 * proxy: the walk starts at the socket peer and moves one entry left per trusted hop, at most
 * `trustedProxies` hops. Whoever reaches n8n directly is not a proxy, so a chain they wrote is ignored.
 */

/**
 * Loopback only: a proxy on the same machine. Trusting private networks by default would let any host on
 * the LAN or a Docker bridge claim a Pachca address; a proxy elsewhere is the user's explicit entry.
 */
export const DEFAULT_TRUSTED_PROXY_ADDRESSES = '127.0.0.0/8, ::1';

export const DEFAULT_TRUSTED_PROXY_RANGES: IpRange[] = parseAllowlist(DEFAULT_TRUSTED_PROXY_ADDRESSES).ranges;

/** `[::1]:443` → `::1`, `1.2.3.4:80` → `1.2.3.4`; anything else as it is. */
export function stripPort(entry: string): string {
	const text = entry.trim();
	const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
	if (bracketed) return bracketed[1];
	const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(text);
	return v4WithPort ? v4WithPort[1] : text;
}

/** X-Forwarded-For entries, left to right (repeated headers are joined in order). */
export function forwardedForChain(header: string | string[] | undefined): string[] {
	const values = Array.isArray(header) ? header : header === undefined ? [] : [header];
	return values
		.flatMap((value) => value.split(','))
		.map(stripPort)
		.filter((entry) => entry !== '');
}

/**
 * The sender's address: the socket peer, or the X-Forwarded-For entry reached by walking left over
 * trusted proxies. A trusted proxy with nothing left of it is itself the sender.
 */
export function resolveClientIp(
	remoteAddress: string | undefined,
	forwardedFor: string | string[] | undefined,
	trustedProxies: number,
	proxyRanges: IpRange[] = DEFAULT_TRUSTED_PROXY_RANGES,
): string | undefined {
	const hops = Number.isInteger(trustedProxies) && trustedProxies > 0 ? trustedProxies : 0;
	const chain = [...forwardedForChain(forwardedFor), remoteAddress ?? ''];
	let index = chain.length - 1;
	for (let hop = 0; hop < hops && index > 0 && ipAllowed(chain[index], proxyRanges); hop++) index--;
	return chain[index] === '' ? undefined : chain[index];
}
