/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling that reads the README and examples, not node code */
// The README's quick start and Examples section against examples/ and what `npm start` does: the files
// listed, the examples said to be active, the credential names and the webhook paths must all agree.
import fs from 'node:fs';
import path from 'node:path';
import { ACTIVE_EXAMPLES } from './lib/demo';
import { EXAMPLES_DIR, REPO_ROOT } from './lib/paths';
import { CREDENTIALS } from './lib/stack';
import type { WorkflowJson } from './lib/n8n';

const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const files = fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json')).sort();
const examples = new Map(files.map((f) => [f, JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')) as WorkflowJson & { active?: boolean }]));

/** A README section: from its `## title` line to the next `## `. */
function section(title: string): string {
	const start = readme.indexOf(`\n## ${title}\n`);
	if (start < 0) throw new Error(`README has no "## ${title}" section`);
	const end = readme.indexOf('\n## ', start + 1);
	return readme.slice(start, end < 0 ? undefined : end);
}

/** "03, 04, 06, 07 and 09" → ['03', '04', '06', '07', '09']. */
const numbers = (list: string) => list.match(/\d{2}/g) ?? [];
const activeNumbers = ACTIVE_EXAMPLES.map((f) => f.slice(0, 2));

describe('README and examples/', () => {
	it('the Examples section lists every example file by name, and names no file that is missing', () => {
		const listed = [...new Set(section('Examples').match(/`([\w-]+\.json)`/g)?.map((m) => m.slice(1, -1)))].sort();
		expect(listed).toEqual(files);
	});

	it('the quick start and the Examples section name the examples npm start activates', () => {
		const quickStart = /\(([\d, and]+) active: /.exec(section('Quick start'));
		const examplesSection = /`npm start` activates ([\d, and]+);/.exec(section('Examples'));
		expect(numbers(quickStart?.[1] ?? '')).toEqual(activeNumbers);
		expect(numbers(examplesSection?.[1] ?? '')).toEqual(activeNumbers);
		for (const file of ACTIVE_EXAMPLES) expect(files).toContain(file);
	});

	it('no example file is saved as active: npm start (or the person importing it) decides', () => {
		expect(files.filter((f) => examples.get(f)?.active === true)).toEqual([]);
	});

	it('the examples use only the credentials npm start creates, and the README names those', () => {
		const used = new Set(
			[...examples.values()].flatMap((wf) => wf.nodes.flatMap((n) => Object.values(n.credentials ?? {}).map((c) => c.name))),
		);
		const created = Object.values(CREDENTIALS);
		expect([...used].filter((name) => !created.includes(name as never))).toEqual([]);
		for (const name of created) {
			expect(section('Quick start')).toContain(`**${name}**`);
			expect(section('Examples')).toContain(`**${name}**`);
		}
	});

	it("every n8n Webhook path the Examples section gives is the path of that example's Webhook node", () => {
		const items = section('Examples').split('\n- ').filter((item) => /`POST \/webhook\//.test(item));
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			const file = /`([\w-]+\.json)`/.exec(item)?.[1] ?? '';
			const said = /`POST \/webhook\/([\w-]+)/.exec(item)?.[1];
			const paths = examples.get(file)?.nodes.filter((n) => n.type === 'n8n-nodes-base.webhook').map((n) => n.parameters.path);
			expect({ file, path: said }).toEqual({ file, path: paths?.[0] });
		}
	});
});
