'use strict';
// (e) WCAG 1.4.12 Text Spacing: with the text-spacing bookmarklet's styles, nothing is
// clipped and nothing scrolls sideways at 320px.

const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const {startServer, launchBrowser, forEachPage} = require('../lib/site');
const {samplePages} = require('../lib/samples');

// The styles of the WCAG 1.4.12 text spacing bookmarklet (Steve Faulkner's), which are the
// success criterion's numbers.
const TEXT_SPACING_CSS = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
`;

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

for (const width of [320, 1280]) {
  test(`(e) text spacing override clips nothing at ${width}px`, async () => {
    const pages = samplePages();
    const problems = [];
    await forEachPage(browser, pages, {viewport: {width, height: 800}}, async (page, urlPath) => {
      await page.goto(server.origin + urlPath, {waitUntil: 'load'});
      await page.addStyleTag({content: TEXT_SPACING_CSS});
      const r = await page.evaluate(() => {
        const out = [];
        const clips = (v) => v === 'hidden' || v === 'clip';
        const name = (el) => el.localName + (el.id ? '#' + el.id : '') +
          (el.classList.length ? '.' + [...el.classList].join('.') : '') +
          ' "' + (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40) + '"';
        const main = document.querySelector('main');
        if (!main) out.push('no <main>');
        // Everything in main, and the page's header, navigation and footer too.
        for (const el of document.body.querySelectorAll('*')) {
          const cs = getComputedStyle(el);
          if (cs.display === 'none' || el.getClientRects().length === 0) continue;
          // Text for screen readers only (.visually-hidden) is clipped on purpose; 1.4.12 is
          // about text people see.
          if (cs.clipPath === 'inset(50%)' && el.clientWidth <= 1) continue;
          if (clips(cs.overflowY) && el.scrollHeight > el.clientHeight + 1) {
            out.push(`${name(el)}: text cut off (scrollHeight ${el.scrollHeight} > ` +
              `clientHeight ${el.clientHeight}, overflow-y ${cs.overflowY})`);
          }
          if (clips(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) {
            out.push(`${name(el)}: text cut off (scrollWidth ${el.scrollWidth} > ` +
              `clientWidth ${el.clientWidth}, overflow-x ${cs.overflowX})`);
          }
          // -webkit-line-clamp and text-overflow: ellipsis hide text as well.
          if (cs.webkitLineClamp && cs.webkitLineClamp !== 'none') {
            out.push(`${name(el)}: line-clamp ${cs.webkitLineClamp}`);
          }
          if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
            out.push(`${name(el)}: text-overflow ellipsis hides text`);
          }
        }
        const d = document.documentElement;
        return {out, scrollWidth: d.scrollWidth, clientWidth: d.clientWidth};
      });
      for (const line of r.out) problems.push(`${urlPath} [${width}px]: ${line}`);
      if (r.scrollWidth > r.clientWidth) {
        problems.push(`${urlPath} [${width}px]: scrolls sideways with text spacing ` +
          `(scrollWidth ${r.scrollWidth} > clientWidth ${r.clientWidth})`);
      }
    });
    console.log(`text spacing at ${width}px: ${pages.length} pages checked, ` +
      `${problems.length} problem(s)`);
    assert.deepEqual(problems, [], `${problems.length} problem(s):\n${problems.join('\n')}`);
  });
}
