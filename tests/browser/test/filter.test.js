'use strict';
// The local offer's filter script: with JavaScript the index filters in place and says how
// many things are shown; the links to the filter pages stay either way.

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

// Which entries are shown, by address, and what the live region says.
async function state(page) {
  return page.evaluate(() => ({
    count: document.getElementById('offer-count').textContent.trim(),
    live: document.getElementById('offer-count').getAttribute('aria-live') ||
      document.getElementById('offer-count').closest('[aria-live]')?.getAttribute('aria-live'),
    shown: [...document.querySelectorAll('.offer-list li[data-from]')]
      .filter((li) => li.getClientRects().length > 0)
      .map((li) => li.querySelector('a').getAttribute('href')),
    formShown: document.querySelector('form.offer-filter').getClientRects().length > 0,
    links: document.querySelectorAll('.offer-filters a').length,
  }));
}

test('the local offer filters in place by age and care status, and says how many', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(server.origin + '/local-offer/', {waitUntil: 'load'});
    const all = await state(page);
    assert.equal(all.formShown, true);
    assert.ok(['polite', 'assertive'].includes(all.live), 'the count is announced');
    assert.match(all.count, /^\d+ things in the local offer\.$/);
    const total = all.shown.length;
    assert.ok(total > 10);
    assert.ok(all.links > 0, 'the filter pages stay linked');

    await page.selectOption('#offer-age', '21');
    const at21 = await state(page);
    assert.ok(at21.shown.includes('/local-offer/council-tax/'));
    assert.ok(!at21.shown.includes('/local-offer/bursary-16-to-19/'));
    assert.equal(at21.count, `Showing ${at21.shown.length} things of ${total} that you can get.`
      .replace(/^Showing 1 things/, 'Showing 1 thing'));

    await page.selectOption('#offer-status', 'in-care');
    const both = await state(page);
    assert.ok(both.shown.length < at21.shown.length);
    for (const href of both.shown) assert.ok(at21.shown.includes(href));

    await page.selectOption('#offer-age', '');
    await page.selectOption('#offer-status', '');
    assert.equal((await state(page)).shown.length, total);
  } finally {
    await page.close();
  }
});

test('without JavaScript the filter form stays hidden and every entry is listed', async () => {
  const context = await browser.newContext({javaScriptEnabled: false});
  try {
    const page = await context.newPage();
    await page.goto(server.origin + '/local-offer/', {waitUntil: 'load'});
    const s = await page.evaluate(() => ({
      form: document.querySelector('form.offer-filter').getClientRects().length,
      entries: [...document.querySelectorAll('.offer-list li[data-from]')]
        .filter((li) => li.getClientRects().length > 0).length,
    }));
    assert.equal(s.form, 0);
    assert.ok(s.entries > 10);
  } finally {
    await context.close();
  }
});
