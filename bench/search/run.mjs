// Annals search against Pagefind 1.6.0 on the same generated archive (issue 4, item 3).
//
//   cd bench/search && npm ci && node run.mjs [--posts 10000] [--runs 3] [--work /tmp/annals-search-bench] [--reuse]
//
// Builds the corpus (../../../shared/bench/gen_corpus.py) as our site and as Hugo's, times our Search pipeline inside a
// normal `annals build --verbose` and alone (IndexTime/, from the parsed site) and Pagefind indexing Hugo's output, then loads a fresh page in Debian's Chromium
// (/usr/bin/chromium) per query and tool and counts what it fetches: bytes on the wire (gzip where hosting would
// compress) and uncompressed, and the time until the results are on screen. Prints a Markdown table.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((a) => {
  const [k, v] = a.trim().split(/\s+/);
  return [k, v ?? true];
}));
const posts = Number(args.posts ?? 10000);
const runs = Number(args.runs ?? 3);
const work = resolve(args.work ?? '/tmp/annals-search-bench');
const ONE_WORD = ['trafficking', 'vaccination', 'ambulance'];
const THREE_WORDS = ['trafficking vienna mediation', 'vaccination refugees geneva', 'ambulance reconciliation health'];
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const log = (...m) => console.error('#', ...m);

function folderBytes(folder, skip = () => false) {
  let total = 0, files = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (skip(path)) continue;
    if (entry.isDirectory()) {
      const [t, f] = folderBytes(path, skip);
      total += t; files += f;
    } else {
      total += statSync(path).size; files++;
    }
  }
  return [total, files];
}

// Runs a command under GNU time; returns wall seconds, peak memory in MiB and the command's stderr.
function timed(command, commandArgs, options = {}) {
  const result = spawnSync('/usr/bin/time', ['-v', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stdout}\n${result.stderr}`);
  const wall = result.stderr.match(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const rss = Number(result.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)[1]) / 1024;
  return { seconds, rss, output: result.stdout + result.stderr };
}

function prepare() {
  const corpus = join(work, 'corpus');
  if (args.reuse && existsSync(join(work, 'ours', 'search', 'manifest.json')) && existsSync(join(work, 'hugo-public', 'pagefind'))) return;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  log(`generating ${posts} items`);
  execFileSync('python3', [join(repo, '..', 'shared', 'bench', 'gen_corpus.py'), '--posts', String(posts), '--seed', '42',
    '--out', corpus, '--hugo', join(work, 'hugo')], { stdio: 'ignore' });
  log('building Annals (Release)');
  execFileSync('dotnet', ['build', join(repo, 'src', 'Annals.Cli'), '-c', 'Release', '--nologo', '-v', 'q'], { stdio: 'ignore' });
  execFileSync('dotnet', ['build', join(here, 'IndexTime'), '-c', 'Release', '--nologo', '-v', 'q'], { stdio: 'ignore' });
  log('building the Hugo site');
  execFileSync('hugo', ['--quiet', '--source', join(work, 'hugo'), '--destination', join(work, 'hugo-public')], { stdio: 'ignore' });
}

function buildTimes() {
  const ours = [], pagefind = [];
  for (let run = 0; run < runs; run++) {
    // Alternate the two tools: the machines are shared and noisy.
    const build = timed('dotnet', ['run', '--project', join(repo, 'src', 'Annals.Cli'), '-c', 'Release', '--no-build', '--',
      'build', '--input', join(work, 'corpus', 'input'), '--theme', join(repo, 'theme'), '--output', join(work, 'ours'), '--verbose']);
    const line = build.output.split('\n').find((l) => /^\s*Search\b/.test(l) && /Process \d+ ms/.test(l));
    const search = (Number(line.match(/Process (\d+) ms/)[1]) + Number(line.match(/Output (\d+) ms/)[1])) / 1000;
    const alone = execFileSync('dotnet', [join(here, 'IndexTime', 'bin', 'Release', 'net10.0', 'IndexTime.dll'),
      join(work, 'corpus', 'input'), join(repo, 'theme'), '2'], { encoding: 'utf8' }).trim().split('\n').at(-1);
    ours.push({ search, alone: Number(alone.match(/wall (\d+) ms/)[1]) / 1000, build: build.seconds, rss: build.rss });
    rmSync(join(work, 'hugo-public', 'pagefind'), { recursive: true, force: true });
    const index = timed(join(here, 'node_modules', '.bin', 'pagefind'), ['--site', join(work, 'hugo-public')]);
    pagefind.push({ seconds: index.seconds, rss: index.rss });
    log(`run ${run + 1}: Annals search ${ours.at(-1).search}s in the build (${ours.at(-1).alone}s alone; build ${build.seconds}s), Pagefind ${index.seconds}s`);
  }
  return { ours, pagefind };
}

// A page that searches with Pagefind's own API and shows the first ten results' titles, like ours does.
const PAGEFIND_PAGE = `<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>Pagefind</title><ol id="search-results"></ol>
<script type="module">
const q = new URLSearchParams(location.search).get('q');
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(q);
const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
document.getElementById('search-results').append(...data.map((d) => Object.assign(document.createElement('li'), { textContent: d.meta.title })));
window.__count = search.results.length;
</script></html>`;

async function measure(browser, base, path, isIndexFile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const results = document.getElementById('search-results');
      if (results && results.children.length) {
        window.__rendered = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const pending = [];
  page.on('requestfinished', (request) => pending.push((async () => {
    const sizes = await request.sizes();
    const body = await (await request.response()).body();
    return { url: request.url(), wire: sizes.responseBodySize + sizes.responseHeadersSize, raw: body.length };
  })()));
  await page.goto(base + path);
  await page.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 60000 });
  const timing = await page.evaluate(() => ({
    rendered: window.__rendered,
    lastFile: Math.max(...performance.getEntriesByType('resource').map((e) => e.responseEnd)),
  }));
  const files = (await Promise.all(pending)).filter((f) => isIndexFile(new URL(f.url).pathname));
  await context.close();
  return {
    wire: files.reduce((s, f) => s + f.wire, 0),
    raw: files.reduce((s, f) => s + f.raw, 0),
    requests: files.length,
    toResults: timing.rendered,
    afterFiles: timing.rendered - timing.lastFile,
  };
}

async function queries() {
  writeFileSync(join(work, 'hugo-public', 'pf-bench.html'), PAGEFIND_PAGE);
  const ours = await serve(join(work, 'ours'));
  const theirs = await serve(join(work, 'hugo-public'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rows = [];
  try {
    for (const [label, list] of [['one word', ONE_WORD], ['three words', THREE_WORDS]]) {
      for (const q of list) {
        const a = [], p = [];
        for (let run = 0; run < runs; run++) {
          a.push(await measure(browser, ours.url, `/search/?q=${encodeURIComponent(q)}`,
            (path) => path.startsWith('/search/') && path.endsWith('.json') || path.startsWith('/_theme/js/')));
          p.push(await measure(browser, theirs.url, `/pf-bench.html?q=${encodeURIComponent(q)}`, (path) => path.startsWith('/pagefind/')));
        }
        rows.push({ label, q, ours: a, pagefind: p });
        log(`${q}: Annals ${kb(median(a.map((x) => x.wire)))}, Pagefind ${kb(median(p.map((x) => x.wire)))}`);
      }
    }
  } finally {
    await browser.close();
    await ours.close();
    await theirs.close();
  }
  return rows;
}

// Whole builds with and without the Search pipeline: what search adds to the build's wall time.
function buildDelta() {
  const out = execFileSync('dotnet', [join(here, 'IndexTime', 'bin', 'Release', 'net10.0', 'IndexTime.dll'),
    join(work, 'corpus', 'input'), join(repo, 'theme'), String(Math.max(runs, 5)), '--build-delta'], { encoding: 'utf8' });
  const line = out.trim().split('\n').at(-1);
  log(line);
  return Number(line.match(/search adds (-?\d+) ms/)[1]) / 1000;
}

prepare();
const times = buildTimes();
const delta = buildDelta();
const rows = await queries();
const [oursBytes, oursFiles] = folderBytes(join(work, 'ours', 'search'), (p) => p.endsWith('index.html'));
const [pfBytes, pfFiles] = folderBytes(join(work, 'hugo-public', 'pagefind'));

const m = (list, key) => median(list.map((x) => x[key]));
console.log(`Corpus: ${posts} items (gen_corpus.py --seed 42); medians of ${runs} runs, tools alternated; Chromium ${execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim()}.\n`);
console.log('| | Annals | Pagefind 1.6.0 |');
console.log('| --- | --- | --- |');
console.log(`| index build time | ${m(times.ours, 'search').toFixed(2)} s (Search pipeline, sharing the cores with page rendering inside a ${m(times.ours, 'build').toFixed(1)} s build); ${m(times.ours, 'alone').toFixed(2)} s alone from the parsed site | ${m(times.pagefind, 'seconds').toFixed(1)} s (after Hugo) |`);
console.log(`| what search adds to a whole build (with and without the Search pipeline, in-process) | ${delta.toFixed(2)} s | — |`);
console.log(`| peak memory | ${m(times.ours, 'rss').toFixed(0)} MiB (whole build) | ${m(times.pagefind, 'rss').toFixed(0)} MiB |`);
console.log(`| total index size | ${(oursBytes / 1048576).toFixed(1)} MiB in ${oursFiles} files | ${(pfBytes / 1048576).toFixed(1)} MiB in ${pfFiles} files |`);
for (const row of rows) {
  const o = row.ours, p = row.pagefind;
  console.log(`| ${row.label}: \`${row.q}\`, fetched (wire / uncompressed, requests) | ${kb(m(o, 'wire'))} / ${kb(m(o, 'raw'))}, ${m(o, 'requests')} | ${kb(m(p, 'wire'))} / ${kb(m(p, 'raw'))}, ${m(p, 'requests')} |`);
  console.log(`| ${row.label}: \`${row.q}\`, results on screen (from navigation / after the last file) | ${m(o, 'toResults').toFixed(0)} ms / ${m(o, 'afterFiles').toFixed(0)} ms | ${m(p, 'toResults').toFixed(0)} ms / ${m(p, 'afterFiles').toFixed(0)} ms |`);
}
