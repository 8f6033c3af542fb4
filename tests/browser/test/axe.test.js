'use strict';
// (a) axe-core on every HTML page of the built site: zero violations of WCAG 2.0, 2.1 and 2.2
// A and AA rules and of axe's best practices.

const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const {startServer, listPages, launchBrowser, forEachPage} = require('../lib/site');

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS = {
  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',
    'best-practice']},
  resultTypes: ['violations'],
};

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

// Hints for violations whose cause is known to be in the generator's HTML, not the theme.
function hint(id, target) {
  if (id === 'scrollable-region-focusable' && /(^|[ >])table(:[\w-]+\([^)]*\))*$/.test(target)) {
    return 'a table too wide for the screen scrolls inside its own box, and Safari lets a ' +
      'keyboard reach a scrolling box only if it has tabindex="0": the generator should wrap ' +
      'each table as <div class="table-scroll" role="region" tabindex="0" ' +
      'aria-labelledby="ID-OF-THE-HEADING-BEFORE-IT"><table>...</table></div> (the theme ' +
      'already styles that wrapper)';
  }
  if (id === 'label' && /li[^ ]* > input/.test(target)) {
    return 'a task-list checkbox needs a name: the generator should write ' +
      '<input type="checkbox" disabled aria-label="Done"> (or "Not done yet")';
  }
  return null;
}

async function axeEveryPage(viewport) {
  const pages = listPages();
  assert.ok(pages.length > 0, 'the built site has no HTML pages');
  const problems = [];
  let checked = 0;
  // axe is compiled once per page as an init script (much faster than a script tag).
  await forEachPage(browser, pages, {viewport, initScript: AXE_SOURCE}, async (page, urlPath) => {
    const response = await page.goto(server.origin + urlPath, {waitUntil: 'load'});
    if (!urlPath.endsWith('404.html') && response.status() !== 200) {
      problems.push(`${urlPath}: HTTP ${response.status()}`);
      return;
    }
    const violations = await page.evaluate((options) =>
      window.axe.run(document, options).then((r) => r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
        summary: v.nodes[0]?.failureSummary || '',
      }))), AXE_OPTIONS);
    for (const v of violations) {
      for (const target of v.targets) {
        problems.push(`${urlPath} [${viewport.width}px]: ${v.id} (${v.impact}) at ${target}: ` +
          `${v.help}\n    ${v.summary.replace(/\n/g, '\n    ')}` +
          (hint(v.id, target) ? `\n    Hint: ${hint(v.id, target)}` : ''));
      }
    }
    checked++;
  });
  return {problems, checked, total: pages.length};
}

test('axe finds no WCAG 2.2 AA or best-practice violations on any page (1280px wide)',
  async () => {
    const {problems, checked, total} = await axeEveryPage({width: 1280, height: 900});
    console.log(`axe at 1280px: ${checked} of ${total} pages checked, ` +
      `${problems.length} violation(s)`);
    assert.equal(checked, total, 'some pages were not checked:\n' + problems.join('\n'));
    assert.deepEqual(problems, [], `axe violations:\n${problems.join('\n')}`);
  });

test('axe finds no WCAG 2.2 AA or best-practice violations on any page (320px wide)',
  async () => {
    const {problems, checked, total} = await axeEveryPage({width: 320, height: 640});
    console.log(`axe at 320px: ${checked} of ${total} pages checked, ` +
      `${problems.length} violation(s)`);
    assert.equal(checked, total, 'some pages were not checked:\n' + problems.join('\n'));
    assert.deepEqual(problems, [], `axe violations:\n${problems.join('\n')}`);
  });
