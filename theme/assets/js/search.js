// Annals search: runs the query in the URL against the index the build wrote under /search/ and shows ranked
// results in #search-results. No dependencies, no inline anything (the page's CSP is script-src 'self').
// The index format is described in src/Annals.Web/Search (ManifestWriter, ShardWriter, PostingCodec): this file
// must fold and split text exactly like TextFolding.cs and SearchTokenizer.cs, or words will not be found.

const PAGE = 10; // results shown at once
const PREFIX_MIN = 3; // the word being typed matches longer words from this many characters
const PREFIX_WEIGHT = 0.8; // a longer word found by prefix counts a little less than the word itself
const MAX_IMPACT = 63;
const DEBOUNCE_MS = 150;
const KEYS = ['q', 'year', 'topic', 'event'];

// ---- Folding and tokenizing (mirror of TextFolding.cs and SearchTokenizer.cs)

const SPELL = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'þ': 'th', 'ı': 'i', 'ħ': 'h', 'ς': 'σ' };
const APOSTROPHES = '\u2019\u2018\u02BC\u00B4\uFF07';
const HYPHENS = '\u2010\u2011\uFE63\uFF0D';

export function fold(text) {
  if (/^[\x00-\x7F]*$/.test(text)) return text.toLowerCase();
  return text
    .replace(/[\u2019\u2018\u02BC\u00B4\uFF07\u2010\u2011\uFE63\uFF0D\u00AD\u200B-\u200D\u2060\uFEFF]/g,
      (c) => (APOSTROPHES.includes(c) ? "'" : HYPHENS.includes(c) ? '-' : ''))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþıħς]/g, (c) => SPELL[c]);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
const OTHER = 0, WORD = 1, IDEOGRAPH = 2, APOSTROPHE = 3, HYPHEN = 4;

function kindOf(cp) {
  if (cp < 0x80) {
    if ((cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90)) return WORD;
    return cp === 39 ? APOSTROPHE : cp === 45 ? HYPHEN : OTHER;
  }
  if (cp >= 0xD800 && cp <= 0xDFFF) return OTHER; // a lone surrogate
  if (!LETTER_OR_DIGIT.test(String.fromCodePoint(cp))) return OTHER;
  const ideograph = (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
  return ideograph ? IDEOGRAPH : WORD;
}

// Returns [{ term, endsText }]: endsText marks the word still being typed.
export function tokenize(text) {
  const s = fold(text);
  const out = [];
  const add = (term, end) => { if (term.length <= 64) out.push({ term, endsText: end === s.length }); };
  let parts = []; // [start, end, apostropheAfter]
  let open = false;
  const emit = () => {
    let n = parts.length;
    if (n >= 2 && parts[n - 2][2] && parts[n - 1][1] - parts[n - 1][0] === 1 && s[parts[n - 1][0]] === 's') n--;
    for (let i = 0; i < n; i++) {
      const [start, end, apostrophe] = parts[i];
      if (!(i < n - 1 && apostrophe && end - start === 1)) add(s.slice(start, end), end);
    }
    if (n >= 2) {
      const joined = parts.slice(0, n).map(([start, end]) => s.slice(start, end)).join('');
      if (joined.length <= 64) out.push({ term: joined, endsText: parts[n - 1][1] === s.length });
    }
    parts = [];
  };
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i);
    const length = cp > 0xFFFF ? 2 : 1;
    const kind = kindOf(cp);
    if (kind === WORD) {
      if (!open) {
        if (parts.length === 16) emit();
        parts.push([i, i, false]);
        open = true;
      }
      parts[parts.length - 1][1] = i + length;
    } else if ((kind === APOSTROPHE || kind === HYPHEN) && open && i + length < s.length
      && kindOf(s.codePointAt(i + length)) === WORD) {
      parts[parts.length - 1][2] = kind === APOSTROPHE;
      open = false;
    } else {
      emit();
      open = false;
      if (kind === IDEOGRAPH) add(s.slice(i, i + length), i + length);
    }
    i += length;
  }
  emit();
  return out;
}

// ---- The index: manifest, shards and fragments, each fetched once

const CODE = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach((c, i) => { CODE[c.charCodeAt(0)] = i; });

// Gaps between document numbers in big-endian groups of 5 bits (bit 6 says "more"), then one impact character.
export function decodePostings(text, withImpacts) {
  const docs = [];
  const impacts = [];
  let doc = -1;
  for (let i = 0; i < text.length;) {
    let gap = 0;
    let value;
    do {
      value = CODE[text.charCodeAt(i++)];
      gap = gap * 32 + (value & 31);
    } while (value & 32);
    doc += gap + 1;
    docs.push(doc);
    if (withImpacts) impacts.push(CODE[text.charCodeAt(i++)]);
  }
  return { docs, impacts };
}

class SearchIndex {
  constructor(manifestUrl, manifest) {
    this.base = new URL('.', manifestUrl);
    this.manifest = manifest;
    this.files = new Map(); // path -> Promise<parsed JSON>
    this.decoded = new Map(); // term -> { docs, impacts }
  }

  static async load(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return new SearchIndex(response.url, await response.json());
  }

  // Fetches once per page; a failed fetch is forgotten so the next search tries again.
  json(path) {
    if (!this.files.has(path)) {
      this.files.set(path, fetch(new URL(path, this.base)).then((r) => {
        if (!r.ok) throw new Error(`${path}: ${r.status}`);
        return r.json();
      }).catch((error) => {
        this.files.delete(path);
        throw error;
      }));
    }
    return this.files.get(path);
  }

  // The shard holding `term`: the last whose separator is not above it (JS and C# ordinal order agree).
  shardOf(term) {
    const separators = this.manifest.shards;
    let low = 0, high = separators.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (separators[middle] <= term) low = middle; else high = middle - 1;
    }
    return low;
  }

  // A shard is [[term, postings], ...] in term order.
  shard(number) {
    return this.json(`terms/${this.manifest.shardFiles[number]}.json`);
  }

  // Every indexed term equal to `term` or, with `prefix`, starting with it: [{ term, docs, impacts }].
  async expand(term, prefix) {
    const first = this.shardOf(term);
    const last = prefix ? this.shardOf(term + '\uFFFF') : first;
    const found = [];
    const shards = await Promise.all(Array.from({ length: last - first + 1 }, (_, i) => this.shard(first + i)));
    for (const shard of shards) {
      for (let at = lowerBound(shard, term); at < shard.length; at++) {
        const [t, postings] = shard[at];
        if (prefix ? !t.startsWith(term) : t !== term) break;
        if (!this.decoded.has(t)) this.decoded.set(t, decodePostings(postings, t[0] !== '#'));
        found.push({ term: t, ...this.decoded.get(t) });
      }
    }
    return found;
  }

  fragment(doc) {
    const size = this.manifest.chunkSize;
    const number = Math.floor(doc / size);
    return this.json(`fragments/${this.manifest.fragmentFiles[number]}.json`).then((chunk) => chunk[doc % size]);
  }

  events() {
    return this.json(`events.${this.manifest.events}.json`);
  }
}

// The first entry of a shard whose term is not below `value`.
function lowerBound(shard, value) {
  let low = 0, high = shard.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (shard[middle][0] < value) low = middle + 1; else high = middle;
  }
  return low;
}

// ---- Ranking: BM25 with the field weights folded into the impacts at build time; every word must match

export function queryWords(q) {
  const seen = new Map();
  for (const { term, endsText } of tokenize(q)) {
    const prefix = endsText && term.length >= PREFIX_MIN;
    seen.set(term, (seen.get(term) || false) || prefix);
  }
  return [...seen].map(([term, prefix]) => ({ term, prefix }));
}

export async function rank(index, words, filters) {
  const total = index.manifest.documents;
  // Fetch every shard the query needs at once, then score.
  const lists = await Promise.all([
    ...words.map((w) => index.expand(w.term, w.prefix)),
    ...filters.map((f) => index.expand(f, false)),
  ]);
  let scores = null; // doc -> score, documents matching every word so far
  for (let w = 0; w < words.length; w++) {
    const word = new Map();
    for (const { term, docs, impacts } of lists[w]) {
      const idf = Math.log(1 + (total - docs.length + 0.5) / (docs.length + 0.5));
      const weight = (term === words[w].term ? 1 : PREFIX_WEIGHT) * idf / MAX_IMPACT;
      for (let i = 0; i < docs.length; i++) {
        const s = impacts[i] * weight;
        if (!(word.get(docs[i]) >= s)) word.set(docs[i], s);
      }
    }
    if (scores) {
      for (const [doc, s] of scores) {
        if (word.has(doc)) scores.set(doc, s + word.get(doc)); else scores.delete(doc);
      }
    } else {
      scores = word;
    }
  }
  for (let f = 0; f < filters.length; f++) {
    const docs = lists[words.length + f][0]?.docs || [];
    if (scores) {
      const keep = new Set(docs);
      for (const doc of scores.keys()) if (!keep.has(doc)) scores.delete(doc);
    } else {
      scores = new Map(docs.map((d) => [d, 0]));
    }
  }
  // Equal scores: documents are numbered oldest first, so the higher number is the newer.
  return [...(scores || [])].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([doc]) => doc);
}

export { SearchIndex };

// ---- The page

const $ = (id) => document.getElementById(id);

function readState(search) {
  const params = new URLSearchParams(search);
  return Object.fromEntries(KEYS.map((k) => [k, (params.get(k) || '').trim()]));
}

function urlOf(state) {
  const params = new URLSearchParams();
  for (const k of KEYS) if (state[k]) params.set(k, state[k]);
  const query = params.toString();
  return location.pathname + (query ? `?${query}` : '');
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// Wraps each word of `text` that a query word finds in <mark>; builds nodes, never HTML from strings.
function highlight(text, words) {
  const out = document.createDocumentFragment();
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{Nd}]+/gu)) {
    const folded = fold(m[0]);
    if (words.some((w) => (w.prefix ? folded.startsWith(w.term) : folded === w.term))) {
      out.append(text.slice(last, m.index), element('mark', '', m[0]));
      last = m.index + m[0].length;
    }
  }
  out.append(text.slice(last));
  return out;
}

function option(value, label) {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = label;
  return node;
}

function fillSelect(select, groups, selected) {
  const keep = select.options[0];
  select.replaceChildren(keep);
  for (const [label, options] of groups) {
    const parent = label ? select.appendChild(Object.assign(document.createElement('optgroup'), { label })) : select;
    for (const [value, text] of options) parent.append(option(value, text));
  }
  select.value = [...select.options].some((o) => o.value === selected) ? selected : '';
}

class SearchPage {
  constructor(form, index) {
    this.form = form;
    this.index = index;
    this.input = $('search-q');
    this.year = $('search-year');
    this.topic = $('search-topic');
    this.event = $('search-event');
    this.status = $('search-status');
    this.results = $('search-results');
    this.more = $('search-more');
    this.run = 0;
    this.ranked = [];
    this.shown = 0;
    const { years, topics } = index.manifest;
    fillSelect(this.year, [['', years.map(([y]) => [String(y), String(y)])]], '');
    fillSelect(this.topic, [['', topics.map(([slug, name]) => [slug, name])]], '');
    this.topicNames = new Map(topics.map(([slug, name]) => [slug, name]));
  }

  start() {
    let timer = 0;
    this.input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.update('replace'), DEBOUNCE_MS);
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(timer);
      this.update('push');
    });
    this.year.addEventListener('change', () => {
      this.fillEvents();
      this.update('push');
    });
    this.topic.addEventListener('change', () => this.update('push'));
    this.event.addEventListener('change', () => this.update('push'));
    // The event list is the largest filter: fetch it only when a reader reaches for it.
    for (const type of ['focus', 'pointerdown']) this.event.addEventListener(type, () => this.loadEvents(), { once: true });
    this.more.addEventListener('click', () => this.showMore(true));
    addEventListener('popstate', () => this.restore());
    return this.restore();
  }

  async loadEvents() {
    if (!this.events) {
      this.events = (await this.index.events()).map(([id, name, year]) => ({ id, name, year: String(year) }));
      this.fillEvents();
    }
  }

  // Events of the chosen year, or all of them grouped by year.
  fillEvents() {
    if (!this.events) return;
    const year = this.year.value;
    const groups = new Map();
    for (const e of this.events) {
      if (year && e.year !== year) continue;
      if (!groups.has(e.year)) groups.set(e.year, []);
      groups.get(e.year).push([e.id, e.name]);
    }
    fillSelect(this.event, [...groups].map(([y, list]) => [year ? '' : y, list]), this.event.value);
  }

  async restore() {
    const state = readState(location.search);
    this.input.value = state.q;
    this.year.value = state.year;
    this.topic.value = state.topic;
    this.event.value = '';
    if (state.event) {
      await this.loadEvents();
      this.event.value = state.event;
    }
    // The controls drop values the index does not know, so a mistyped link searches what the page shows.
    return this.search({ ...this.state(), q: state.q });
  }

  state() {
    return { q: this.input.value.trim() ? this.input.value : '', year: this.year.value, topic: this.topic.value, event: this.event.value };
  }

  update(history) {
    const state = this.state();
    const url = urlOf(state);
    if (url !== location.pathname + location.search) {
      if (history === 'push') window.history.pushState(null, '', url); else window.history.replaceState(null, '', url);
    }
    return this.search(state);
  }

  async search(state) {
    const run = ++this.run;
    const words = queryWords(state.q);
    const filters = [];
    if (state.year) filters.push(`#y:${state.year}`);
    if (state.topic) filters.push(`#t:${state.topic}`);
    if (state.event) filters.push(`#e:${state.event}`);
    this.words = words;
    if (!words.length && !filters.length) {
      this.ranked = [];
      this.results.replaceChildren();
      this.more.hidden = true;
      this.status.textContent = '';
      return;
    }
    this.results.setAttribute('aria-busy', 'true');
    try {
      const ranked = await rank(this.index, words, filters);
      if (run !== this.run) return;
      this.ranked = ranked;
      this.shown = 0;
      this.results.replaceChildren();
      await this.showMore(false);
      if (run !== this.run) return;
      this.status.textContent = this.describe(state, ranked.length);
    } catch (error) {
      if (run !== this.run) return;
      this.status.textContent = 'Search is not available right now. You can browse the archive by year and topic instead.';
      showBrowsing();
      console.error(error);
    } finally {
      if (run === this.run) this.results.removeAttribute('aria-busy');
    }
  }

  describe(state, count) {
    const scope = [];
    if (state.year) scope.push(`in ${state.year}`);
    if (state.topic) scope.push(`about ${this.topicNames.get(state.topic) || state.topic}`);
    if (state.event) scope.push(`at ${this.events?.find((e) => e.id === state.event)?.name || state.event}`);
    const what = state.q.trim() ? ` for “${state.q.trim()}”` : '';
    const where = scope.length ? ` ${scope.join(', ')}` : '';
    if (!count) return `No results${what}${where}. Try fewer or shorter words, or remove a filter.`;
    return `${count} ${count === 1 ? 'result' : 'results'}${what}${where}.`;
  }

  async showMore(focus) {
    const run = this.run;
    const docs = this.ranked.slice(this.shown, this.shown + PAGE);
    const fragments = await Promise.all(docs.map((d) => this.index.fragment(d)));
    if (run !== this.run) return;
    const items = fragments.map((f) => this.render(f));
    this.results.append(...items);
    this.shown += docs.length;
    this.more.hidden = this.shown >= this.ranked.length;
    if (focus && items.length) items[0].querySelector('a').focus();
  }

  render(fragment) {
    const { topics } = this.index.manifest;
    const item = element('li', 'search-result');
    const link = element('a');
    link.href = fragment.u;
    link.append(highlight(fragment.t, this.words));
    item.appendChild(element('h2', 'search-result-title')).append(link);
    const meta = item.appendChild(element('p', 'search-result-meta'));
    const time = element('time', '', fragment.w);
    time.dateTime = fragment.d;
    const dot = () => element('span', '', ' · ');
    meta.append(element('span', 'search-result-kind', fragment.k), dot(), time);
    if (fragment.e) meta.append(dot(), element('span', 'search-result-event', fragment.e));
    meta.querySelectorAll('span:not([class])').forEach((d) => d.setAttribute('aria-hidden', 'true'));
    if (fragment.x) item.appendChild(element('p', 'search-result-excerpt')).append(highlight(fragment.x, this.words));
    if (fragment.p?.length) {
      item.append(element('p', 'search-result-topics', `Topics: ${fragment.p.map((n) => topics[n][1]).join(', ')}`));
    }
    return item;
  }
}

// Without the index, the page says how to browse instead (site.css hides this block wherever scripts run).
function showBrowsing() {
  const nojs = $('search-nojs');
  nojs.hidden = false;
  nojs.classList.add('search-nojs-needed');
}

async function main() {
  const form = $('search-form');
  if (!form) return;
  $('search-nojs').hidden = true;
  form.hidden = false;
  try {
    const index = await SearchIndex.load(new URL(form.dataset.index, location.href));
    await new SearchPage(form, index).start();
  } catch (error) {
    $('search-status').textContent = 'Search is not available right now. You can browse the archive by year and topic instead.';
    showBrowsing();
    console.error(error);
  }
}

if (typeof document !== 'undefined') main();
