import {
	ipAllowed,
	parseAllowlist,
	parseIp,
	parseIpRange,
	resolveClientIp,
} from '../../nodes/shared/webhookSecurity';

const hex = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes).toString('hex') : undefined);
const allow = (text: string) => {
	const parsed = parseAllowlist(text);
	expect(parsed.invalid).toEqual([]);
	return parsed.ranges;
};

describe('parseIp', () => {
	it('reads IPv4 as its IPv4-mapped IPv6 form', () => {
		expect(hex(parseIp('37.200.70.177'))).toBe('00000000000000000000ffff25c846b1');
		expect(hex(parseIp('::ffff:37.200.70.177'))).toBe(hex(parseIp('37.200.70.177')));
		expect(hex(parseIp('::FFFF:25c8:46b1'))).toBe(hex(parseIp('37.200.70.177')));
	});

	it('reads the IPv6 forms: full, compressed, embedded IPv4, zone index', () => {
		expect(hex(parseIp('2001:db8:0:0:0:0:0:1'))).toBe('20010db8000000000000000000000001');
		expect(hex(parseIp('2001:db8::1'))).toBe('20010db8000000000000000000000001');
		expect(hex(parseIp('::1'))).toBe('00000000000000000000000000000001');
		expect(hex(parseIp('::'))).toBe('0'.repeat(32));
		expect(hex(parseIp('fe80::1%eth0'))).toBe('fe800000000000000000000000000001');
		expect(hex(parseIp('64:ff9b::192.0.2.1'))).toBe('0064ff9b0000000000000000c0000201');
		expect(hex(parseIp('1:2:3:4:5:6:1.2.3.4'))).toBe('00010002000300040005000601020304');
	});

	it.each([
		'', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.-1', ' 1 .2.3.4', 'a.b.c.d',
		'1::2::3', '12345::1', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:',
		'::ffff:1.2.3', '::ffff:1.2.3.256', 'g::1', '1:2:3:4:5:6:7::8', 'localhost',
	])('rejects %j', (text) => {
		expect(parseIp(text)).toBeUndefined();
	});
});

describe('parseAllowlist / ipAllowed', () => {
	it('matches single addresses and IPv4 CIDR ranges, including IPv4-mapped senders', () => {
		const ranges = allow('37.200.70.177, 10.0.0.0/8 192.168.1.128/25');
		expect(ipAllowed('37.200.70.177', ranges)).toBe(true);
		expect(ipAllowed('::ffff:37.200.70.177', ranges)).toBe(true);
		expect(ipAllowed('37.200.70.178', ranges)).toBe(false);
		expect(ipAllowed('10.255.255.255', ranges)).toBe(true);
		expect(ipAllowed('::ffff:10.1.2.3', ranges)).toBe(true);
		expect(ipAllowed('11.0.0.0', ranges)).toBe(false);
		expect(ipAllowed('192.168.1.128', ranges)).toBe(true);
		expect(ipAllowed('192.168.1.127', ranges)).toBe(false);
	});

	it('matches IPv6 ranges and keeps IPv4 and IPv6 apart', () => {
		const ranges = allow('2001:db8::/32,fe80::/10');
		expect(ipAllowed('2001:db8:ffff::1', ranges)).toBe(true);
		expect(ipAllowed('2001:db9::1', ranges)).toBe(false);
		expect(ipAllowed('febf::1', ranges)).toBe(true);
		expect(ipAllowed('fec0::1', ranges)).toBe(false);
		expect(ipAllowed('32.1.13.184', ranges)).toBe(false); // 0x2001_0db8 as IPv4
	});

	it('gives prefix lengths of both families their meaning: /0, /32, /128, host bits set', () => {
		expect(ipAllowed('8.8.8.8', allow('0.0.0.0/0'))).toBe(true);
		expect(ipAllowed('2001:db8::1', allow('0.0.0.0/0'))).toBe(false);
		expect(ipAllowed('2001:db8::1', allow('::/0'))).toBe(true);
		expect(ipAllowed('1.2.3.4', allow('1.2.3.4/32'))).toBe(true);
		expect(ipAllowed('1.2.3.5', allow('1.2.3.4/32'))).toBe(false);
		expect(ipAllowed('::1', allow('::1/128'))).toBe(true);
		expect(ipAllowed('10.9.9.9', allow('10.1.2.3/8'))).toBe(true);
		expect(ipAllowed('1.2.3.4', allow('::ffff:0:0/96'))).toBe(true);
	});

	it('reports every invalid entry instead of skipping it', () => {
		const parsed = parseAllowlist('1.2.3.4, 10.0.0.0/33, example.com, ::1/129, 1.2.3.4/8/1, fe80::1%eth0, 5.6.7.8/');
		expect(parsed.ranges.map((r) => r.source)).toEqual(['1.2.3.4']);
		expect(parsed.invalid).toEqual(['10.0.0.0/33', 'example.com', '::1/129', '1.2.3.4/8/1', 'fe80::1%eth0', '5.6.7.8/']);
		expect(parseAllowlist('').ranges).toEqual([]);
		expect(parseAllowlist(undefined).invalid).toEqual([]);
	});

	it('never allows an unknown or unparsable sender', () => {
		const ranges = allow('0.0.0.0/0, ::/0');
		expect(ipAllowed(undefined, ranges)).toBe(false);
		expect(ipAllowed('', ranges)).toBe(false);
		expect(ipAllowed('not-an-ip', ranges)).toBe(false);
		expect(parseIpRange('::/0')?.prefix).toBe(0);
		expect(parseIpRange('0.0.0.0/0')?.prefix).toBe(96);
	});
});

describe('resolveClientIp', () => {
	it('uses the socket peer without trusted proxies, whatever X-Forwarded-For says', () => {
		expect(resolveClientIp('127.0.0.1', '37.200.70.177', 0)).toBe('127.0.0.1');
		expect(resolveClientIp('127.0.0.1', undefined, 0)).toBe('127.0.0.1');
	});

	it('walks from the socket peer leftwards over trusted proxies, at most N hops', () => {
		const xff = '37.200.70.177, 203.0.113.9, 10.0.0.2';
		const everyone = allow('0.0.0.0/0');
		expect(resolveClientIp('10.0.0.1', xff, 1, everyone)).toBe('10.0.0.2');
		expect(resolveClientIp('10.0.0.1', xff, 2, everyone)).toBe('203.0.113.9');
		expect(resolveClientIp('10.0.0.1', xff, 3, everyone)).toBe('37.200.70.177');
		expect(resolveClientIp('127.0.0.1', ['37.200.70.177', '203.0.113.9'], 1)).toBe('203.0.113.9');
		// default trust (loopback only): a peer on the private network is judged by its own address
		expect(resolveClientIp('10.0.0.1', xff, 3)).toBe('10.0.0.1');
		expect(resolveClientIp('127.0.0.1', xff, 3)).toBe('10.0.0.2');
	});

	it('believes no entry handed over by an address that is not a trusted proxy', () => {
		const proxy = allow('10.0.0.1');
		// a direct connection from the internet writing its own chain: judged by its own address
		expect(resolveClientIp('198.51.100.66', '37.200.70.177', 1, proxy)).toBe('198.51.100.66');
		expect(resolveClientIp('198.51.100.66', '37.200.70.177', 1)).toBe('198.51.100.66');
		// through the proxy, the entry it appended counts; the client's own entries to its left do not
		expect(resolveClientIp('10.0.0.1', '37.200.70.177, 198.51.100.66', 1, proxy)).toBe('198.51.100.66');
		expect(resolveClientIp('10.0.0.1', '198.51.100.66, 37.200.70.177', 2, proxy)).toBe('37.200.70.177');
		// an empty list trusts nobody
		expect(resolveClientIp('10.0.0.1', '37.200.70.177', 1, [])).toBe('10.0.0.1');
	});

	it('with a chain shorter than N, stops at its end: a trusted proxy with nothing left of it is the sender', () => {
		expect(resolveClientIp('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
		expect(resolveClientIp('127.0.0.1', '1.2.3.4', 2)).toBe('1.2.3.4');
		expect(resolveClientIp(undefined, undefined, 1)).toBeUndefined();
	});

	it('strips ports and brackets that some proxies write', () => {
		expect(resolveClientIp('::1', '[2001:db8::7]:443', 1)).toBe('2001:db8::7');
		expect(resolveClientIp('::1', '198.51.100.4:5123', 1)).toBe('198.51.100.4');
		expect(resolveClientIp('::1', ' 2001:db8::8 ', 1)).toBe('2001:db8::8');
	});
});
