/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions, @typescript-eslint/no-require-imports, no-console -- a build-time check: it runs npm pack and loads the built files */
// `npm run verify:package` (after `npm run build`): what n8n will load from the published package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems: string[] = [];
const check = (ok: boolean, problem: string) => {
	if (!ok) problems.push(problem);
};

// 1. n8n's rules for community packages.
check(pkg.dependencies === undefined, 'package.json has runtime dependencies');
check(
	JSON.stringify(pkg.peerDependencies) === JSON.stringify({ 'n8n-workflow': '*' }),
	'peerDependencies must be exactly {"n8n-workflow": "*"}',
);
check(pkg.keywords?.includes('n8n-community-node-package'), 'keyword n8n-community-node-package missing');
for (const [name, version] of Object.entries<string>(pkg.devDependencies)) {
	check(/^\d+\.\d+\.\d+$/.test(version), `devDependency ${name} is not pinned: ${version}`);
}

// 2. Every registered node and credential loads with require(), and its icons exist.
function iconFiles(icon: unknown, fromFile: string): string[] {
	const values = typeof icon === 'string' ? [icon] : icon && typeof icon === 'object' ? Object.values(icon) : [];
	return values
		.filter((v): v is string => typeof v === 'string' && v.startsWith('file:'))
		.map((v) => resolve(dirname(fromFile), v.slice('file:'.length)));
}

for (const relative of [...pkg.n8n.credentials, ...pkg.n8n.nodes] as string[]) {
	const file = join(root, relative);
	check(relative.startsWith('dist/'), `${relative} is not under dist/`);
	if (!existsSync(file)) {
		problems.push(`${relative} does not exist: run npm run build`);
		continue;
	}
	const exported = Object.values(require(file) as Record<string, new () => Record<string, unknown>>);
	check(exported.length === 1, `${relative} should export one class`);
	const instance = new exported[0]();
	const description = (instance.description ?? instance) as { name?: string; icon?: unknown };
	check(typeof description.name === 'string', `${relative} has no name`);
	const icons = iconFiles(description.icon, file);
	check(icons.length === 2, `${relative} needs a light and a dark icon`);
	for (const icon of icons) check(existsSync(icon), `${relative}: icon ${icon} missing from dist`);
	if (icons.length === 2) {
		check(readFileSync(icons[0], 'utf8') !== readFileSync(icons[1], 'utf8'), `${relative}: light and dark icons are identical`);
	}
	console.log(`loaded ${relative}: ${description.name}`);
}

// 3. The tarball holds dist/, README, LICENSE and package.json, nothing else.
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' }));
const files: string[] = packed.files.map((f: { path: string }) => f.path);
const stray = files.filter((f) => !f.startsWith('dist/') && !['README.md', 'LICENSE', 'package.json'].includes(f));
check(stray.length === 0, `npm pack includes files outside dist/: ${stray.join(', ')}`);
check(!files.some((f) => f.includes('test/') || f.endsWith('.test.js')), 'npm pack includes test files');
console.log(`npm pack: ${files.length} files, ${packed.size} bytes packed`);

// 4. n8n's own verification scanner over the unpacked tarball (inline eslint-disable comments ignored).
const scratch = mkdtempSync(join(tmpdir(), 'pachca-pack-'));
try {
	execFileSync('npm', ['pack', '--pack-destination', scratch], { cwd: root, stdio: 'ignore' });
	execFileSync('tar', ['xzf', join(scratch, packed.filename), '-C', scratch]);
	const scan = `
		import { analyzePackage } from '@n8n/scan-community-package/scanner/scanner.mjs';
		const result = await analyzePackage(process.argv[1]);
		console.log(result.passed ? 'n8n community package scan: passed' : result.message);
		if (result.details) console.log(result.details);
		process.exit(result.passed ? 0 : 1);`;
	execFileSync('node', ['--input-type=module', '-e', scan, join(scratch, 'package')], { cwd: root, stdio: 'inherit' });
} catch {
	problems.push('the n8n community package scan failed (see above)');
} finally {
	rmSync(scratch, { recursive: true, force: true });
}

if (problems.length > 0) {
	console.error(`Package check failed:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log('package check: ok');
