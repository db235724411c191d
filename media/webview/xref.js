// Script of the cross-reference panel (bundled by esbuild into dist/webview.js). Builds the page
// from the model the extension posts, with createElement/textContent only: article text is never
// parsed as HTML, so "<script>" or "<img onerror>" in an article shows as text and runs nothing.
// Keyboard: Tab reaches the list, arrow keys/Home/End move between rows, Enter or Space reveals.
// The model and the focused row are saved with setState, so hiding and showing the panel (or
// reloading the window) brings back the same view.
import './xref.css';

const vscode = acquireVsCodeApi();
const app = document.getElementById('app');

const KIND_LABEL = { mention: 'mention', quote: 'quote', claim: 'claim' };

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Every row of an article, in reading order. */
function rowsOf(article) {
  const rows = [
    ...article.mentions.map((m) => ({ kind: 'mention', line: m.line, start: m.start, end: m.end, text: m.context })),
    ...article.quotes.map((q) => ({ kind: 'quote', line: q.line, start: q.start, end: q.end, text: q.text, extra: q.speaker ? `— ${q.speaker.text} (${q.role})` : q.role })),
    ...article.claims.map((c) => ({ kind: 'claim', line: c.line, start: c.start, end: c.end, text: c.text, extra: `${c.status}${c.state === 'orphaned' ? ', orphaned' : ''} (${c.role})`, orphaned: c.state === 'orphaned' })),
  ];
  return rows.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}

function render(model, focusIndex) {
  const { xref, articles } = model;
  const target = xref.target;
  app.replaceChildren();
  const title = target.kind === 'entity' ? target.name : `Claim: ${target.text}`;
  app.append(el('h1', 'title', title));
  const meta = target.kind === 'entity'
    ? `${target.type} · variants: ${target.variants.map((v) => `${v.text} (${v.count})`).join(', ')}`
    : `${target.status} · ${target.speaker ? `speaker: ${target.speaker} · ` : ''}anchor: ${target.state}`;
  app.append(el('p', 'meta', meta));
  const counts = el('div', 'counts');
  counts.setAttribute('role', 'status');
  for (const text of [plural(xref.counts.articles, 'article'), plural(xref.counts.mentions, 'mention'), plural(xref.counts.quotes, 'quote'), plural(xref.counts.claims, 'claim')]) {
    counts.append(el('span', 'count', text));
  }
  app.append(counts);
  app.append(el('p', 'help', 'Arrow keys move between rows; Enter reveals the row in the editor.'));
  if (xref.articles.length === 0) app.append(el('p', 'empty', 'No article mentions it.'));

  const uriOf = new Map(articles.map((a) => [a.path, a]));
  let rowIndex = 0;
  for (const article of xref.articles) {
    const info = uriOf.get(article.path);
    const section = el('section', 'article');
    const heading = el('h2', 'heading', info ? info.name : article.path);
    heading.append(el('span', 'n', ` — ${plural(article.counts.mentions, 'mention')}, ${plural(article.counts.quotes, 'quote')}, ${plural(article.counts.claims, 'claim')}`));
    heading.title = article.path;
    section.append(heading);
    const list = el('ul', 'rows');
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', info ? info.name : article.path);
    for (const row of rowsOf(article)) {
      const item = el('li', 'row');
      item.setAttribute('role', 'option');
      item.tabIndex = rowIndex === (focusIndex ?? 0) ? 0 : -1;
      item.dataset.index = String(rowIndex++);
      item.dataset.uri = info ? info.uri : '';
      item.dataset.start = String(row.start);
      item.dataset.end = String(row.end);
      item.append(el('span', 'kind', KIND_LABEL[row.kind]), el('span', 'line', `line ${row.line + 1}`));
      const text = el('span', 'text', row.text);
      if (row.extra) text.append(el('span', row.kind === 'claim' ? 'status' : 'role', row.extra));
      item.append(text);
      list.append(item);
    }
    section.append(list);
    app.append(section);
  }
  report(target.id, title);
}

function rows() {
  return [...app.querySelectorAll('li.row')];
}

function focusRow(index) {
  const all = rows();
  if (all.length === 0) return;
  const i = Math.max(0, Math.min(all.length - 1, index));
  for (const r of all) r.tabIndex = -1;
  all[i].tabIndex = 0;
  all[i].focus();
  const state = vscode.getState() ?? {};
  vscode.setState({ ...state, focusIndex: i });
}

function revealRow(row) {
  if (!row || !row.dataset.uri) return;
  focusRow(Number(row.dataset.index));
  vscode.postMessage({ type: 'reveal', uri: row.dataset.uri, start: Number(row.dataset.start), end: Number(row.dataset.end) });
}

/** Tells the extension what is on the page (tests read it; they cannot look inside the frame). */
function report(targetId, title) {
  vscode.postMessage({
    type: 'rendered',
    summary: {
      targetId,
      title,
      articleHeadings: [...app.querySelectorAll('section.article > h2')].map((h) => h.firstChild.textContent),
      rows: rows().length,
      // Elements that article text would have created if it were parsed as HTML, and the marks
      // the test fixture's payloads leave when they run.
      scriptElements: app.querySelectorAll('script').length,
      imgElements: document.querySelectorAll('img').length,
      markupShownAsText: app.textContent.includes('<script>') || app.textContent.includes('<b>'),
      payloadRan: document.title === 'pwned' || document.body.dataset.pwned === 'yes',
    },
  });
}

app.addEventListener('click', (event) => revealRow(event.target.closest('li.row')));
app.addEventListener('keydown', (event) => {
  const row = event.target.closest('li.row');
  if (!row) return;
  const index = Number(row.dataset.index);
  const moves = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows().length - 1 };
  if (event.key in moves) {
    event.preventDefault();
    focusRow(moves[event.key]);
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    revealRow(row);
  }
});

window.addEventListener('message', (event) => {
  const message = event.data;
  if (message?.type !== 'show') return;
  const previous = vscode.getState();
  const sameTarget = previous?.targetId === message.model.xref.target.id;
  const focusIndex = sameTarget ? previous.focusIndex ?? 0 : 0;
  vscode.setState({ targetId: message.model.xref.target.id, model: message.model, focusIndex });
  render(message.model, focusIndex);
});

const saved = vscode.getState();
if (saved?.model) render(saved.model, saved.focusIndex);
vscode.postMessage({ type: 'ready' });
