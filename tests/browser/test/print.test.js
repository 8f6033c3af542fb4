'use strict';
// Printing, as only a browser can judge it: the pledge prompt card prints as two A6 cards
// (the promises on one, the QR code on the other) with no page numbers, and a leaflet page
// prints on A4 with its words intact.

const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const {startServer, launchBrowser} = require('../lib/site');

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// The pages of a PDF and their sizes in points, read from its /MediaBox entries. Chromium
// writes one uncompressed page dictionary per page.
function pdfPages(buffer) {
  const text = buffer.toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  return boxes.map((m) => ({width: Number(m[1]), height: Number(m[2])}));
}

async function printed(urlPath) {
  const page = await browser.newPage();
  try {
    await page.goto(server.origin + urlPath, {waitUntil: 'load'});
    await page.emulateMedia({media: 'print'});
    const layout = await page.evaluate(() => {
      const visible = (sel) => [...document.querySelectorAll(sel)]
        .filter((el) => el.getClientRects().length > 0).length;
      return {header: visible('.site-header'), panels: visible('.pledge-card-panel'),
              qr: visible('svg.qr-code')};
    });
    const pdf = await page.pdf({preferCSSPageSize: true, printBackground: false});
    return {layout, pages: pdfPages(pdf)};
  } finally {
    await page.close();
  }
}

test('the pledge card prints as two A6 cards, the promises on one and the QR code on the other',
  async () => {
    const {layout, pages} = await printed('/pledges/card/');
    assert.deepEqual(layout, {header: 0, panels: 2, qr: 1});
    const mm = (pt) => Math.round(pt * 25.4 / 72);
    assert.deepEqual(pages.map((p) => [mm(p.width), mm(p.height)]), [[105, 148], [105, 148]],
      'two A6 pages: if the promises no longer fit on one side, shorten them or the styles');
  });

test('a leaflet prints on A4', async () => {
  const {pages} = await printed('/leaflets/your-iro/');
  assert.ok(pages.length >= 1);
  for (const p of pages) assert.deepEqual([Math.round(p.width), Math.round(p.height)], [595, 842]);
});
