/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- a build-time check over the source tree */
// `npm run check:structure`: the import graph of nodes/ and credentials/ (type imports included) has no
// circles, and its arrows only go down: node folder → nodes/shared → n8n-workflow.
import { relative, resolve } from 'node:path';
import type { DependencyTree } from 'dpdm';
import { parseCircular, parseDependencyTree } from 'dpdm';

const root = resolve(__dirname, '..', '..');
const rel = (file: string) => relative(root, resolve(root, file)).split('\\').join('/');

/** The folder a file lives in, as far as the rules care: `shared`, a node, a resource of the action node. */
function placeOf(file: string): { node?: string; resource?: string } {
	const parts = file.split('/');
	if (parts[0] !== 'nodes') return {};
	const resource = parts[1] === 'Pachca' && parts[2] === 'actions' && parts.length > 4 ? parts[3] : undefined;
	return { node: parts[1], resource };
}

const ACTION_NODE_LEVEL = /^nodes\/Pachca\/actions\/(router|properties|resources|node\.type)\.ts$/;

/** Why an arrow from `from` to `to` points the wrong way, or undefined when it is fine. */
export function wrongArrow(from: string, to: string): string | undefined {
	const a = placeOf(from);
	const b = placeOf(to);
	if (a.node === 'shared' && b.node !== undefined && b.node !== 'shared') return 'nodes/shared imports from a node folder';
	if (a.node && b.node && a.node !== 'shared' && b.node !== 'shared' && a.node !== b.node) return 'one node folder imports from another';
	if (a.resource && ACTION_NODE_LEVEL.test(to)) return 'a resource imports the registry, router or node properties above it';
	if (a.resource && b.resource && a.resource !== b.resource) return 'one resource imports from another resource';
	if (a.resource && !/\.(operation|resource)\.ts$/.test(from) && /\.operation\.ts$/.test(to)) {
		return 'a helper imports an operation (operations import helpers, not the other way)';
	}
	return undefined;
}

async function main(): Promise<void> {
	const tree: DependencyTree = await parseDependencyTree(['nodes/**/*.ts', 'credentials/**/*.ts'], {
		context: root,
		transform: false, // type-only imports tie files together for a reader too
		skipDynamicImports: false,
	});
	const problems: string[] = [];
	for (const circle of parseCircular(tree)) problems.push(`circle: ${circle.map(rel).join(' → ')} → ${rel(circle[0])}`);
	for (const [file, dependencies] of Object.entries(tree)) {
		for (const dependency of dependencies ?? []) {
			if (!dependency.id || dependency.id.includes('node_modules')) continue;
			const why = wrongArrow(rel(file), rel(dependency.id));
			if (why) problems.push(`${why}: ${rel(file)} → ${rel(dependency.id)}`);
		}
	}
	const files = Object.keys(tree).filter((file) => !file.includes('node_modules')).length;
	if (problems.length > 0) {
		console.error(`Structure check: ${problems.length} problem(s) in ${files} files\n- ${problems.join('\n- ')}`);
		process.exitCode = 1;
		return;
	}
	console.log(`Structure check: ${files} files, no import circles, every arrow points down`);
}

if (require.main === module) void main();
