const { rmSync } = require('node:fs');
const { src, dest, parallel } = require('gulp');

// A build starts from an empty dist/, so nothing deleted from the source lingers in the package.
function clean(done) {
	rmSync('dist', { recursive: true, force: true });
	done();
}

// Icons are binary (PNG) or SVG: `encoding: false` stops gulp 5 from re-encoding them.
function nodeIcons() {
	return src('nodes/**/*.{png,svg}', { encoding: false }).pipe(dest('dist/nodes'));
}

function credentialIcons() {
	return src('credentials/**/*.{png,svg}', { encoding: false }).pipe(dest('dist/credentials'));
}

function sharedIcons() {
	return src('icons/**/*.{png,svg}', { encoding: false }).pipe(dest('dist/icons'));
}

// The Pachca node's output schemas (`npm run schemas` writes them): n8n serves them from beside the node.
function outputSchemas() {
	return src('nodes/**/__schema__/**/*.json').pipe(dest('dist/nodes'));
}

exports.clean = clean;
exports['build:icons'] = parallel(nodeIcons, credentialIcons, sharedIcons);
exports['build:schemas'] = outputSchemas;
