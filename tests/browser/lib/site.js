'use strict';
// Shared helpers for the browser tests: a tiny static server for the built site, the list of
// its HTML pages, and one headless Chromium (Debian's, never a downloaded one).

const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');

const PUBLIC_DIR = path.resolve(
  process.env.HEARTH_PUBLIC || path.join(__dirname, '..', '..', '..', 'public'));
const CHROMIUM = process.env.HEARTH_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

function assertPublicDir() {
  if (!fs.existsSync(path.join(PUBLIC_DIR, 'index.html'))) {
    throw new Error(
      `No built site at ${PUBLIC_DIR} (index.html is missing). ` +
      'Build it first: ./build/hearth build, or set HEARTH_PUBLIC to the folder.');
  }
}

// Serves PUBLIC_DIR on 127.0.0.1 at a random port. Folders serve their index.html;
// anything missing serves 404.html with status 404, as a static host would.
function startServer() {
  assertPublicDir();
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    let file = path.join(PUBLIC_DIR, path.normalize(pathname));
    if (!file.startsWith(PUBLIC_DIR)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let status = 200;
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    } catch { /* handled below */ }
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      status = 404;
      file = path.join(PUBLIC_DIR, '404.html');
    }
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    res.writeHead(status, {'content-type': type, 'cache-control': 'no-store'});
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

// Every HTML page of the built site as a URL path: each folder's index.html and every
// 404.html. This finds the easy-read and large-print pages the sitemap leaves out.
function listPages() {
  assertPublicDir();
  const pages = [];
  (function walk(dir) {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.name === 'index.html' || entry.name === '404.html') {
        const rel = path.relative(PUBLIC_DIR, full).split(path.sep).join('/');
        pages.push('/' + (entry.name === 'index.html' ? rel.slice(0, -'index.html'.length) : rel));
      }
    }
  })(PUBLIC_DIR);
  return pages.sort();
}

// Which reading version a page path belongs to.
function versionOf(urlPath) {
  if (urlPath.startsWith('/large-print/')) return 'large-print';
  if (urlPath.startsWith('/easy-read/')) return 'easy-read';
  return 'standard';
}

async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it: apt-get install -y chromium`);
  }
  const {chromium} = require('playwright-core');
  return chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
}

// Runs fn(page, item) for every item with `width` pages open at once in one context.
// options: Playwright context options, plus initScript (source run in every page first).
async function forEachPage(browser, items, options, fn, width = 3) {
  const {initScript, ...contextOptions} = options;
  const context = await browser.newContext(contextOptions);
  // The site needs no network beyond our own server: refuse anything else.
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]).*/, (route) => route.abort());
  if (initScript) await context.addInitScript({content: initScript});
  const queue = items.slice();
  const workers = [];
  for (let i = 0; i < Math.min(width, queue.length); i++) {
    workers.push((async () => {
      const page = await context.newPage();
      while (queue.length) {
        const item = queue.shift();
        await fn(page, item);
      }
      await page.close();
    })());
  }
  try {
    await Promise.all(workers);
  } finally {
    await context.close();
  }
}

module.exports = {
  PUBLIC_DIR,
  startServer,
  listPages,
  versionOf,
  launchBrowser,
  forEachPage,
};
