/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling that reads the docs, not node code */
// Every resource of the registry has its page in docs/resources/, which names each of its operations and
// each endpoint they call, and the README's resource table links that page: a new resource or operation
// without docs fails here.
import fs from 'node:fs';
import path from 'node:path';
import type { INodePropertyOptions } from 'n8n-workflow';
import { resources } from '../../nodes/Pachca/actions/resources';
import { REPO_ROOT } from '../e2e/lib/paths';

const root = REPO_ROOT;
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const page = (value: string) => path.join(root, 'docs', 'resources', `${value}.md`);

/** The Operation picker's entries of one resource: its display names. */
function operationNames(value: string): string[] {
	const picker = resources[value as keyof typeof resources].description.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(value),
	);
	return ((picker?.options ?? []) as INodePropertyOptions[]).map((o) => o.name);
}

describe.each(Object.values(resources).map((r) => [r.value, r] as const))('docs for resource %s', (value, resource) => {
	it('has a page in docs/resources/ that names every operation in bold', () => {
		expect(fs.existsSync(page(value))).toBe(true);
		const text = fs.readFileSync(page(value), 'utf8');
		const names = operationNames(value);
		expect(names.length).toBe(Object.keys(resource.operations).length);
		expect(names.filter((name) => !text.includes(`**${name}**`))).toEqual([]);
	});

	it('names every endpoint its operations call', () => {
		const text = fs.readFileSync(page(value), 'utf8');
		const missing = resource.routes.filter((r) => !text.includes(r.path)).map((r) => `${r.method} ${r.path}`);
		expect(missing).toEqual([]);
	});

	it("is linked from the README's resource table", () => {
		const row = readme.split('\n').find((l) => l.startsWith(`| ${resource.name} |`));
		expect(row).toContain(`(docs/resources/${value}.md)`);
	});
});

it('every docs/ link of the README and of the docs pages points to a file that exists', () => {
	const files = [path.join(root, 'README.md'), ...fs.readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.md')).map((f) => path.join(root, 'docs', f))];
	const broken: string[] = [];
	for (const file of files) {
		for (const [, target] of fs.readFileSync(file, 'utf8').matchAll(/\]\(([^)\s#]+)(?:#[^)\s]*)?\)/g)) {
			if (/^[a-z]+:/.test(target)) continue;
			if (!fs.existsSync(path.resolve(path.dirname(file), target))) broken.push(`${path.relative(root, file)} → ${target}`);
		}
	}
	expect(broken).toEqual([]);
});
