/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads the reference spec beside the repository */
// Every route the package declares exists in Pachca's spec with the scope its x-requirements give, and
// the emulator serves it behind the same scope; every scope's holders in the refusal hints are its
// x-scope-roles: the tables cannot drift apart unnoticed.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

import { holdersOf } from '../../nodes/shared/hints';
import { ROUTES as EMULATOR_ROUTES } from '../emulator/server';
import { declaredRoutes } from '../harness/routes';

const SPEC = resolve(__dirname, '..', '..', '..', 'shared', 'reference', 'pachca-openapi.yaml');

interface SpecOperation {
	'x-requirements'?: { scope?: string; plan?: string };
}

interface Spec {
	paths: Record<string, Record<string, SpecOperation>>;
	components: { schemas: { OAuthScope: { enum: string[]; 'x-scope-roles': Record<string, string[]> } } };
}

function readSpec(): Spec {
	if (!existsSync(SPEC)) throw new Error(`The reference spec is missing: expected it at ${SPEC} (shared/ beside the repository)`);
	return parse(readFileSync(SPEC, 'utf8')) as Spec;
}

function specOperations(spec: Spec): Map<string, SpecOperation> {
	const operations = new Map<string, SpecOperation>();
	for (const [path, methods] of Object.entries(spec.paths)) {
		for (const [method, operation] of Object.entries(methods)) operations.set(`${method.toUpperCase()} ${path}`, operation);
	}
	return operations;
}

const emulatorPath = (specPath: string) => specPath.replace(/\{([a-z_]+)\}/g, ':$1');

describe('declared routes', () => {
	const operations = specOperations(readSpec());
	const cases = declaredRoutes.map((route) => [`${route.method} ${route.path}`, route] as const);

	it('cover every endpoint the package calls (at least the ones of today)', () => {
		expect(declaredRoutes.length).toBeGreaterThanOrEqual(17);
		expect(new Set(cases.map(([name]) => name)).size).toBe(cases.length);
	});

	it.each(cases)('%s exists in the spec with the scope and plan of its x-requirements', (name, route) => {
		const operation = operations.get(name);
		expect(operation).toBeDefined();
		expect(route.scope).toBe(operation?.['x-requirements']?.scope);
		expect(route.plan).toBe(operation?.['x-requirements']?.plan);
	});

	it.each(cases)('%s is served by the emulator behind the same scope and plan', (_name, route) => {
		const served = EMULATOR_ROUTES.find((r) => r.method === route.method && r.path === emulatorPath(route.path));
		expect(served).toBeDefined();
		expect(served?.scope).toBe(route.scope);
		expect(served?.plan).toBe(route.plan);
	});

	it('pace message writes per chat and nothing else', () => {
		const chatScoped = declaredRoutes.filter((route) => route.chatScoped).map((route) => `${route.method} ${route.path}`);
		expect(chatScoped.sort()).toEqual(
			['DELETE /messages/{id}', 'DELETE /messages/{id}/pin', 'POST /messages', 'POST /messages/{id}/pin', 'PUT /messages/{id}'].sort(),
		);
	});
});


describe('scope holders', () => {
	const { enum: scopes, 'x-scope-roles': roles } = readSpec().components.schemas.OAuthScope;

	it.each(scopes)('%s: the refusal hints name the tokens its x-scope-roles give', (scope) => {
		// The spec keys x-scope-roles by the scope with underscores: bot_self:webhook:write → bot_self_webhook_write.
		const specRoles = roles[scope.replace(/:/g, '_')];
		expect(specRoles).toBeDefined();
		expect([...holdersOf(scope).roles].sort()).toEqual([...specRoles].sort());
	});
});
