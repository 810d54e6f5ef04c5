/**
 * Which address sent a request. Without trusted proxies it is the socket's peer: headers are
 * written by the client and prove nothing. With N proxies in front of n8n, each appends the peer
 * it saw to X-Forwarded-For, so the sender is the entry N hops from the right (counting the socket
 * peer as hop 0). The leftmost entries are whatever the client sent and are never used.
 */

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
 * The sender's address, or undefined when the chain is shorter than the configured number of
 * proxies (the request did not come through them, so its sender cannot be known).
 */
export function resolveClientIp(
	remoteAddress: string | undefined,
	forwardedFor: string | string[] | undefined,
	trustedProxies: number,
): string | undefined {
	const hops = Number.isInteger(trustedProxies) && trustedProxies > 0 ? trustedProxies : 0;
	if (hops === 0) return remoteAddress;
	const chain = [...forwardedForChain(forwardedFor), remoteAddress ?? ''];
	const index = chain.length - 1 - hops;
	return index >= 0 ? chain[index] : undefined;
}
