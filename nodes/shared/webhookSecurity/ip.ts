/**
 * A small IP/CIDR matcher (node code may not import `net`). Every address is held as 16 bytes:
 * IPv4 as its IPv4-mapped IPv6 form (::ffff:a.b.c.d), so `1.2.3.4` and `::ffff:1.2.3.4` are the
 * same address and an IPv4 range /n is the mapped range /(96 + n).
 */

export interface IpRange {
	/** the entry as the user wrote it */
	source: string;
	bytes: Uint8Array;
	/** prefix length in the 128-bit space */
	prefix: number;
}

const IPV4_MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];
const OCTET = /^(0|[1-9]\d{0,2})$/;
const HEXTET = /^[0-9a-f]{1,4}$/i;

function parseIpv4Octets(text: string): number[] | undefined {
	const parts = text.split('.');
	if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return undefined;
	const octets = parts.map(Number);
	return octets.every((o) => o <= 255) ? octets : undefined;
}

function parseHextets(groups: string[]): number[] | undefined {
	if (!groups.every((g) => HEXTET.test(g))) return undefined;
	return groups.flatMap((g) => {
		const value = parseInt(g, 16);
		return [value >> 8, value & 0xff];
	});
}

function parseIpv6Bytes(text: string): number[] | undefined {
	let rest = text;
	let tail: number[] = [];
	// an embedded IPv4 in the last 32 bits: ::ffff:1.2.3.4, 64:ff9b::1.2.3.4
	const lastColon = rest.lastIndexOf(':');
	if (lastColon >= 0 && rest.includes('.', lastColon)) {
		const v4 = parseIpv4Octets(rest.slice(lastColon + 1));
		if (!v4) return undefined;
		tail = v4;
		// keep a "::" that stands right before the IPv4 part, drop a single ":"
		const beforeV4 = rest.slice(0, lastColon + 1);
		rest = beforeV4.endsWith('::') ? beforeV4 : beforeV4.slice(0, -1);
	}
	const halves = rest.split('::');
	if (halves.length > 2) return undefined;
	const head = halves[0] === '' ? [] : halves[0].split(':');
	const after = halves.length === 2 && halves[1] !== '' ? halves[1].split(':') : [];
	const headBytes = parseHextets(head);
	const afterBytes = parseHextets(after);
	if (!headBytes || !afterBytes) return undefined;
	const known = headBytes.length + afterBytes.length + tail.length;
	if (halves.length === 1) return known === 16 ? [...headBytes, ...tail] : undefined;
	if (known > 14) return undefined; // "::" stands for at least one zero group
	return [...headBytes, ...new Array<number>(16 - known).fill(0), ...afterBytes, ...tail];
}

/** 16 bytes of an IPv4 or IPv6 address (zone index ignored), or undefined when it is not one. */
export function parseIp(text: string): Uint8Array | undefined {
	const trimmed = text.trim().replace(/%[\w.-]+$/, '');
	if (trimmed === '') return undefined;
	if (!trimmed.includes(':')) {
		const v4 = parseIpv4Octets(trimmed);
		return v4 ? Uint8Array.from([...IPV4_MAPPED_PREFIX, ...v4]) : undefined;
	}
	const v6 = parseIpv6Bytes(trimmed);
	return v6 ? Uint8Array.from(v6) : undefined;
}

/** `10.0.0.0/8`, `2001:db8::/32`, or a single address (a /32 or /128 range). */
export function parseIpRange(entry: string): IpRange | undefined {
	const source = entry.trim();
	const [address, prefixText, ...extra] = source.split('/');
	if (extra.length > 0 || address.includes('%')) return undefined;
	const bytes = parseIp(address);
	if (!bytes) return undefined;
	const isV4 = !address.includes(':');
	const width = isV4 ? 32 : 128;
	if (prefixText === undefined) return { source, bytes, prefix: 128 };
	if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > width) return undefined;
	return { source, bytes, prefix: Number(prefixText) + (isV4 ? 96 : 0) };
}

export interface ParsedAllowlist {
	ranges: IpRange[];
	/** entries that are neither an IP address nor a CIDR range */
	invalid: string[];
}

/** Comma- (or whitespace-) separated IPs and CIDR ranges; empty entries are skipped. */
export function parseAllowlist(text: string | undefined): ParsedAllowlist {
	const ranges: IpRange[] = [];
	const invalid: string[] = [];
	for (const entry of String(text ?? '').split(/[\s,]+/)) {
		if (entry === '') continue;
		const range = parseIpRange(entry);
		if (range) ranges.push(range);
		else invalid.push(entry);
	}
	return { ranges, invalid };
}

export function rangeContains(range: IpRange, address: Uint8Array): boolean {
	const fullBytes = Math.floor(range.prefix / 8);
	for (let i = 0; i < fullBytes; i++) if (range.bytes[i] !== address[i]) return false;
	const restBits = range.prefix % 8;
	if (restBits === 0) return true;
	const mask = (0xff << (8 - restBits)) & 0xff;
	return (range.bytes[fullBytes] & mask) === (address[fullBytes] & mask);
}

/** Whether `ip` (any textual form) lies in one of the ranges; an unparsable ip never does. */
export function ipAllowed(ip: string | undefined, ranges: IpRange[]): boolean {
	const address = ip === undefined ? undefined : parseIp(ip);
	return address !== undefined && ranges.some((range) => rangeContains(range, address));
}
