// multipart/form-data bodies as browsers and n8n send them: the file storage and the avatar methods read them.

export interface Part {
	name: string;
	fileName?: string;
	contentType?: string;
	body: Buffer;
}

/** The parts of a multipart/form-data body, or undefined when it is not well-formed (or has no boundary). */
export function parseMultipart(contentType: string | undefined, raw: Buffer): Part[] | undefined {
	const boundary = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1];
	if (!boundary) return undefined;
	const delimiter = Buffer.from(`--${boundary}`);
	if (raw.indexOf(delimiter) !== 0) return undefined;
	const parts: Part[] = [];
	let at = delimiter.length;
	for (;;) {
		if (raw.subarray(at, at + 2).toString() === '--') return parts;
		if (raw.subarray(at, at + 2).toString() !== '\r\n') return undefined;
		const headerEnd = raw.indexOf('\r\n\r\n', at + 2);
		const next = raw.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd);
		if (headerEnd < 0 || next < 0) return undefined;
		const headers = raw.subarray(at + 2, headerEnd).toString('utf8');
		const disposition = /^content-disposition:\s*form-data;(.*)$/im.exec(headers)?.[1] ?? '';
		const name = /\bname="([^"]*)"/.exec(disposition)?.[1];
		if (name === undefined) return undefined;
		parts.push({
			name,
			fileName: /\bfilename="([^"]*)"/.exec(disposition)?.[1],
			contentType: /^content-type:\s*(.+)$/im.exec(headers)?.[1]?.trim(),
			body: raw.subarray(headerEnd + 4, next),
		});
		at = next + 2 + delimiter.length;
	}
}
