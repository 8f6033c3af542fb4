'use strict';
// Takes full-page screenshots of sample pages in every reading version at 1280px and 320px,
// for a person to look at. Not a test. Usage:
//   node screenshots.js [out-dir] [path ...]
// Defaults: /tmp/hearth-shots, the home page, a local offer entry and a meeting page.

const fs = require('node:fs');
const path = require('node:path');
const {startServer, launchBrowser} = require('./lib/site');

const out = process.argv[2] || '/tmp/hearth-shots';
const paths = process.argv.length > 3 ? process.argv.slice(3) : [
  '/',
  '/local-offer/setting-up-home/',
  '/meetings/2023-10-04-corporate-parenting-board/',
];
const prefixes = {'standard': '', 'large-print': '/large-print', 'easy-read': '/easy-read'};
const widths = [1280, 320];

(async () => {
  fs.mkdirSync(out, {recursive: true});
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    for (const width of widths) {
      const context = await browser.newContext({viewport: {width, height: 900}});
      const page = await context.newPage();
      for (const p of paths) {
        for (const [version, prefix] of Object.entries(prefixes)) {
          await page.goto(server.origin + prefix + p, {waitUntil: 'load'});
          const name = (p.replace(/\/+$/, '').replace(/^\/+/, '').replace(/\//g, '_') || 'home') +
            `.${version}.${width}.png`;
          await page.screenshot({path: path.join(out, name), fullPage: true});
          console.log(path.join(out, name));
          // Also in parts no taller than a screen or two, which are easier to look at.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const slice = width < 600 ? 1000 : 900;
          for (let y = 0, n = 1; y < height; y += slice, n++) {
            const part = name.replace(/\.png$/, `.part${n}.png`);
            await page.screenshot({
              path: path.join(out, part), fullPage: true,
              clip: {x: 0, y, width, height: Math.min(slice, height - y)},
            });
          }
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
