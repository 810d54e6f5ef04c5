/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling that runs n8n and a browser, not node code */
// Our package as a community install: `npm run build`, `npm pack`, then `npm install <tarball>` in the
// n8n user folder's nodes/ (node types become n8n-nodes-pachca-bots.<node>, and `files` is exercised).
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths';
import { runLogged } from './processes';

/** Builds and packs the package into `outDir`; returns the tarball's path. */
export async function buildAndPack(outDir: string, logFile: string): Promise<string> {
	await runLogged('npm', ['run', 'build'], logFile, { cwd: REPO_ROOT });
	const before = new Set(fs.readdirSync(outDir));
	await runLogged('npm', ['pack', '--pack-destination', outDir], logFile, { cwd: REPO_ROOT });
	const tarball = fs.readdirSync(outDir).find((f) => f.endsWith('.tgz') && !before.has(f));
	if (!tarball) throw new Error(`npm pack produced no tarball in ${outDir}; see ${logFile}`);
	return path.join(outDir, tarball);
}

/** Installs the tarball into `<userFolder>/.n8n/nodes` as n8n's community-package installer would. */
export async function installIntoN8n(userFolder: string, tarball: string, logFile: string): Promise<void> {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	fs.writeFileSync(path.join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }));
	// The peer n8n-workflow is n8n's own: do not install a second copy next to the package.
	await runLogged(
		'npm',
		['install', tarball, '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund', '--prefer-offline'],
		logFile,
		{ cwd: nodesDir },
	);
}
