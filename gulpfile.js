const { src, dest, parallel } = require('gulp');

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

exports['build:icons'] = parallel(nodeIcons, credentialIcons, sharedIcons);
