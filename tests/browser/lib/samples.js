'use strict';
// Sample pages for the slower checks: the home page, a local offer entry, a leaflet and a
// meeting page with a table, each in every reading version.

const fs = require('node:fs');
const path = require('node:path');
const {PUBLIC_DIR, listPages} = require('./site');

const PREFIXES = ['', '/large-print', '/easy-read'];

function html(urlPath) {
  return fs.readFileSync(path.join(PUBLIC_DIR, urlPath, 'index.html'), 'utf8');
}

// The first page in a section (one level down) that matches; prefer `preferred`.
function pick(section, preferred, test = () => true) {
  const pages = listPages().filter((p) =>
    p.startsWith(`/${section}/`) && p.split('/').length === 4 && p.endsWith('/'));
  if (preferred && pages.includes(preferred)) return preferred;
  const found = pages.find((p) => test(html(p)));
  if (!found) throw new Error(`no sample page found in /${section}/ for the browser tests`);
  return found;
}

function samplePages() {
  const standard = [
    '/',
    pick('local-offer', '/local-offer/setting-up-home/'),
    pick('leaflets', '/leaflets/your-iro/'),
    pick('meetings', null, (text) => text.includes('<table')),
  ];
  return standard.flatMap((p) => PREFIXES.map((prefix) => prefix + p));
}

module.exports = {samplePages};
