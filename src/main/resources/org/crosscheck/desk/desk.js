// The editor's desk: every piece of text from the server or the draft is put into the page as text
// (textContent, createTextNode), never as markup, so a quote cannot become part of the page.
'use strict';

(function () {
  const csrf = document.querySelector('meta[name="crosscheck-csrf"]').content;
  const $ = (id) => document.getElementById(id);
  const STATUSES = ['confirmed', 'corroborated', 'contradicted', 'disputed', 'uncorroborated'];

  /** The draft as the desk holds it: its sentences, and each claim with the editor's decision. */
  let draft = { sourceId: null, published: null, sentences: [], claims: [], yaml: null };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function say(text) { $('status').textContent = text; }

  function showError(answer) {
    const box = $('error');
    box.replaceChildren();
    box.append(el('p', { text: answer.error || 'the desk could not answer' }));
    if (answer.hint) box.append(el('p', { text: 'How to fix it: ' + answer.hint }));
    for (const p of answer.problems || []) {
      box.append(el('p', { text: (p.line ? 'line ' + p.line + ':' + p.column + ': ' : '') + p.message + (p.hint ? ' (' + p.hint + ')' : '') }));
    }
    box.hidden = false;
  }

  async function post(path, body, contentType) {
    $('error').hidden = true;
    const response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': contentType || 'application/json', 'X-Crosscheck-Csrf': csrf },
      body: contentType ? body : JSON.stringify(body),
    });
    let answer;
    try { answer = await response.json(); } catch (e) { answer = { error: 'the desk answered ' + response.status }; }
    if (!response.ok) { showError(answer); throw new Error(answer.error); }
    return answer;
  }

  function busy(on, text) {
    for (const id of ['analyze', 'recheck']) $(id).disabled = on || (id === 'recheck' && draft.claims.length === 0);
    $('draft-text').setAttribute('aria-busy', on ? 'true' : 'false');
    say(text || '');
  }

  async function analyze() {
    const text = $('draft-text').value;
    if (!text.trim()) { showError({ error: 'the draft is empty', hint: 'paste the draft\'s text, or upload it' }); return; }
    busy(true, 'Finding and checking the claims…');
    const started = performance.now();
    try {
      const answer = await post('/api/analyze', { text: text, published: $('published').value });
      draft = {
        sourceId: answer.sourceId, published: answer.published, sentences: answer.sentences, unfiled: answer.unfiled,
        claims: answer.claims.map((c) => ({ ...c, state: 'suggested', status: answer.outcome.statuses[c.id] })),
      };
      show(answer.outcome, draft.claims);
      busy(false, answer.claims.length + ' candidate claims in ' + answer.sentences.length + ' sentences, checked in '
        + Math.round(performance.now() - started) + ' ms. Accept, change or drop each, then check the accepted claims.');
    } catch (e) { busy(false, ''); }
  }

  function accepted() { return draft.claims.filter((c) => c.state === 'accepted'); }

  async function recheck() {
    const kept = accepted();
    busy(true, 'Checking ' + kept.length + ' accepted claims…');
    try {
      const outcome = await post('/api/check', {
        sourceId: draft.sourceId, published: draft.published || $('published').value,
        claims: kept.map((c) => ({ subject: c.subject, property: c.property, kind: c.kind, value: c.value, quote: c.quote })),
      });
      // the server numbers the kept claims in the order sent; their findings name them so
      const byNewId = new Map(kept.map((c, i) => [draft.sourceId + '-' + (i + 1), c]));
      for (const c of draft.claims) c.status = undefined;
      for (const [id, c] of byNewId) { c.status = outcome.statuses[id]; c.checkedAs = id; }
      show(outcome, kept, byNewId);
      $('download').disabled = false;
      busy(false, kept.length + ' accepted claims checked.');
    } catch (e) { busy(false, ''); }
  }

  function download() {
    if (!draft.yaml) return;
    const link = el('a', { href: URL.createObjectURL(new Blob([draft.yaml], { type: 'application/x-yaml' })), download: draft.sourceId + '.yaml' });
    document.body.append(link);
    link.click();
    link.remove();
  }

  async function upload(input) {
    const file = input.files[0];
    if (!file) return;
    busy(true, 'Reading ' + file.name + '…');
    try {
      const answer = await post('/api/upload?name=' + encodeURIComponent(file.name), await file.arrayBuffer(), 'application/octet-stream');
      $('draft-text').value = answer.text;
      busy(false, 'Read ' + answer.name + '.');
      await analyze();
    } catch (e) { busy(false, ''); }
    input.value = '';
  }

  async function loadDraft(input) {
    const file = input.files[0];
    if (!file) return;
    busy(true, 'Loading ' + file.name + '…');
    try {
      const answer = await post('/api/load-draft?name=' + encodeURIComponent(file.name), await file.arrayBuffer(), 'application/octet-stream');
      draft = {
        sourceId: answer.sourceId, published: answer.published, sentences: [], unfiled: [],
        claims: answer.claims.map((c) => ({ ...c, sentence: 0, state: 'accepted', runnersUp: [], status: answer.outcome.statuses[c.id] })),
      };
      if (answer.published) $('published').value = answer.published;
      show(answer.outcome, draft.claims);
      $('download').disabled = false;
      busy(false, 'Loaded ' + answer.claims.length + ' claims from ' + file.name + '.');
    } catch (e) { busy(false, ''); }
    input.value = '';
  }

  /** Draws the summary, the sentences with their claims, and the findings. */
  function show(outcome, checkedClaims, byId) {
    draft.yaml = outcome.draft;
    const lookup = byId || new Map(checkedClaims.map((c) => [c.id, c]));
    for (const c of draft.claims) c.findings = [];
    for (const f of outcome.findings) for (const id of f.draftClaims) if (lookup.has(id)) lookup.get(id).findings.push(f);
    const s = outcome.summary;
    $('facts-changed').hidden = !outcome.factsChanged;
    $('summary-empty').hidden = true;
    $('summary-counts').hidden = false;
    $('count-claims').textContent = s.claims;
    for (const name of STATUSES) $('count-' + name).textContent = s[name];
    $('count-rejected').textContent = s.rejected;
    drawSentences();
    drawFindings(outcome, lookup);
    $('accept-all').disabled = draft.claims.length === 0;
    $('recheck').disabled = draft.claims.length === 0;
  }

  function drawSentences() {
    const list = $('sentences');
    list.replaceChildren();
    const groups = draft.sentences.length ? draft.sentences : [{ index: 0, text: null }];
    for (const sentence of groups) {
      const claims = draft.claims.filter((c) => c.sentence === sentence.index);
      const unfiled = (draft.unfiled || []).filter((u) => u.sentence === sentence.index);
      const text = sentence.text === null ? el('p', { text: 'Claims of the loaded draft' }) : highlighted(sentence.text, claims);
      const cards = el('ul', { class: 'claims', 'aria-label': 'claims of sentence ' + sentence.index });
      for (const c of claims) cards.append(card(c));
      for (const u of unfiled) cards.append(el('li', { class: 'claim-card dropped', text: u.kind + ' "' + u.value + '" filed under no subject: ' + u.why }));
      list.append(el('li', { class: 'sentence', id: 'sentence-' + sentence.index }, text, cards));
    }
  }

  function highlighted(text, claims) {
    const p = el('p');
    let at = 0;
    for (const c of [...claims].sort((a, b) => a.start - b.start)) {
      if (c.start < at) continue;
      p.append(text.slice(at, c.start));
      p.append(el('mark', { class: 'claim ' + (c.state === 'dropped' ? 'dropped' : (c.status || '')), title: c.subject + ' / ' + c.property }, text.slice(c.start, c.end)));
      at = c.end;
    }
    p.append(text.slice(at));
    return p;
  }

  function card(c) {
    const li = el('li', { class: 'claim-card ' + c.state, 'data-claim': c.id });
    const head = el('p', {}, el('span', { class: 'key', text: c.subject + ' / ' + c.property }), ' ');
    if (c.proposed) head.append(el('span', { class: 'badge warning', text: 'new property' }), ' ');
    if (c.status) head.append(el('span', { class: 'badge ' + c.status, text: c.status }), ' ');
    head.append(el('span', { class: 'badge ' + c.state, text: c.state }));
    li.append(head);
    const fields = el('div', { class: 'fields' });
    const keyId = 'key-' + c.id;
    const select = el('select', { id: keyId });
    const options = [{ subject: c.subject, property: c.property }, ...(c.runnersUp || [])];
    const seen = new Set();
    for (const k of options) {
      const label = k.subject + ' / ' + k.property;
      if (seen.has(label)) continue;
      seen.add(label);
      select.append(el('option', { value: label, text: label + (k.score !== undefined ? ' (score ' + k.score + ')' : '') }));
    }
    select.addEventListener('change', () => { [c.subject, c.property] = select.value.split(' / '); c.status = undefined; drawSentences(); });
    fields.append(el('div', {}, el('label', { for: keyId, text: 'Key' }), select));
    const valueId = 'value-' + c.id;
    const value = el('input', { id: valueId, type: 'text', value: c.value });
    value.addEventListener('change', () => { c.value = value.value; c.status = undefined; });
    fields.append(el('div', {}, el('label', { for: valueId, text: 'Value (' + c.kind + ')' }), value));
    const subjectId = 'subject-' + c.id;
    const subject = el('input', { id: subjectId, type: 'text', value: c.subject + ' / ' + c.property });
    subject.addEventListener('change', () => {
      const parts = subject.value.split('/').map((s) => s.trim());
      if (parts.length === 2 && parts[0] && parts[1]) { [c.subject, c.property] = parts; c.status = undefined; drawSentences(); }
    });
    fields.append(el('div', {}, el('label', { for: subjectId, text: 'Or type a key (subject / property)' }), subject));
    li.append(fields);
    if (c.quote) li.append(el('p', { class: 'help', text: 'Quote: "' + c.quote + '"' }));
    const buttons = el('div', { class: 'buttons' });
    const accept = el('button', { type: 'button', class: c.state === 'accepted' ? 'secondary' : '', text: c.state === 'accepted' ? 'Accepted' : 'Accept' });
    accept.setAttribute('aria-pressed', c.state === 'accepted' ? 'true' : 'false');
    accept.addEventListener('click', () => { c.state = 'accepted'; drawSentences(); });
    const drop = el('button', { type: 'button', class: 'secondary', text: c.state === 'dropped' ? 'Dropped' : 'Drop' });
    drop.setAttribute('aria-pressed', c.state === 'dropped' ? 'true' : 'false');
    drop.addEventListener('click', () => { c.state = 'dropped'; drawSentences(); });
    buttons.append(accept, drop);
    li.append(buttons);
    if (c.findings && c.findings.length) {
      const list = el('ul', { class: 'claim-findings' });
      for (const f of c.findings) list.append(el('li', {}, el('span', { class: 'badge ' + f.severity, text: f.severity }), ' ' + f.rule + ': ' + f.message));
      li.append(list);
    }
    return li;
  }

  function drawFindings(outcome, lookup) {
    const list = $('findings');
    list.replaceChildren();
    const shown = outcome.findings.filter((f) => f.severity !== 'info' || f.draftClaims.length);
    $('findings-empty').hidden = shown.length > 0;
    $('findings-empty').textContent = outcome.problems.length ? 'No finding; some claims could not be checked (below).' : 'None.';
    for (const f of shown) {
      const item = el('li', { class: 'finding ' + f.severity });
      item.append(el('h3', {}, el('span', { class: 'badge ' + f.severity, text: f.severity }), ' ' + f.rule + ': ' + (f.subject || '') + ' / ' + (f.property || '')));
      item.append(el('p', { class: 'message', text: f.message }));
      for (const c of f.claims) item.append(quoted(c, c.draft ? 'the draft says' : 'wrong'));
      for (const c of f.support) item.append(quoted(c, 'support'));
      for (const r of f.references) {
        item.append(el('p', { text: 'Record: ' + (r.issuer || '') + (r.document ? ', ' + r.document : '') + (r.date ? ' (' + r.date + ')' : '') + ': ' + r.value }));
      }
      list.append(item);
    }
    for (const p of outcome.problems) {
      const c = p.claim && lookup.get(p.claim);
      list.append(el('li', { class: 'finding error' }, el('h3', { text: 'Not checked' + (c ? ': ' + c.subject + ' / ' + c.property : '') }),
        el('p', { text: p.message + (p.hint ? ' (' + p.hint + ')' : '') })));
    }
  }

  function quoted(c, role) {
    const block = el('div');
    block.append(el('p', { text: role + (c.draft ? '' : ' — ' + (c.source || c.id) + (c.outlet ? ', ' + c.outlet : '')) + ': ' + c.value + (c.status ? ' (' + c.status + ')' : '') }));
    if (c.quote) block.append(el('blockquote', { text: c.quote }));
    return block;
  }

  $('analyze').addEventListener('click', analyze);
  $('accept-all').addEventListener('click', () => { for (const c of draft.claims) if (c.state === 'suggested') c.state = 'accepted'; drawSentences(); });
  $('recheck').addEventListener('click', recheck);
  $('download').addEventListener('click', download);
  $('upload').addEventListener('change', (e) => upload(e.target));
  $('load-draft').addEventListener('change', (e) => loadDraft(e.target));
}());
