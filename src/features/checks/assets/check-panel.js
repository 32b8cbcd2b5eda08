/* global document, fetch, AbortController, setTimeout, clearTimeout -- runs in the browser */
// Progressive enhancement for the check pages: checks the text as you type (through the JSON
// API, with the page's CSRF token in a header) and redraws the same results the form shows.
// Built with textContent only: the text and findings are never parsed as HTML.
const form = document.querySelector('[data-check-form]');
const results = document.querySelector('[data-check-results]');

if (form && results) {
  const textarea = form.querySelector('textarea[name="text"]');
  const withImage = form.querySelector('input[name="withImage"]');
  // A checked photo the draft goes with: its tags join the check (a pupil in it must not be named).
  const photo = form.querySelector('input[name="photo"]')?.value;
  const csrf = form.querySelector('input[name="_csrf"]').value;
  const summary = results.querySelector('[data-check-summary]');
  const body = results.querySelector('[data-check-body]');
  let timer;
  let controller;
  let lastSent = null;

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    for (const c of children) node.append(c);
    return node;
  };

  const showSummary = (text) => {
    summary.replaceChildren(text ? el('h2', { class: 'govuk-heading-m', id: 'check-summary' }, text) : '');
  };

  const render = (text, data) => {
    showSummary(data.summary);
    const findings = [...data.findings].sort((a, b) => a.start - b.start || b.end - a.end);
    if (!findings.length) return body.replaceChildren();
    const preview = el('p', { class: 'govuk-body app-check-preview' });
    const list = el('ol', { class: 'govuk-list app-findings' });
    let at = 0;
    findings.forEach((f, i) => {
      const n = i + 1;
      const label = f.severity === 'block' ? 'Must fix' : 'Warning';
      // As the server draws it: marks never nest; an overlapping finding is marked from where the last one ends.
      if (f.end > at && f.end <= text.length) {
        const start = Math.max(f.start, at);
        preview.append(text.slice(at, start));
        preview.append(el('mark', { class: `app-finding app-finding--${f.severity}`, id: `finding-${n}-text` }, text.slice(start, f.end), el('sup', { class: 'app-finding__number' }, `[${n}]`)));
        at = f.end;
      }
      const item = el(
        'li',
        { class: 'app-finding-item', id: `finding-${n}` },
        el('p', { class: 'govuk-body govuk-!-margin-bottom-1' },
          el('strong', { class: `govuk-tag ${f.severity === 'block' ? 'govuk-tag--red' : 'govuk-tag--yellow'}` }, label), ' ',
          el('span', { class: 'govuk-!-font-weight-bold' }, `[${n}] ${f.label}: “${f.text}”`)),
        el('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, f.reason),
      );
      if (f.clause) {
        item.append(el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, `Your policy, clause ${f.clause.number}:`));
        item.append(el('blockquote', { class: 'govuk-inset-text govuk-!-margin-top-0' }, f.clause.text));
      } else {
        item.append(el('p', { class: 'govuk-body-s' }, `Rule: ${f.ruleSummary}`));
      }
      item.append(el('p', { class: 'govuk-body-s' }, el('a', { class: 'govuk-link', href: `#finding-${n}-text` }, `Show [${n}] in the text`)));
      list.append(item);
    });
    preview.append(text.slice(at));
    body.replaceChildren(el('h3', { class: 'govuk-heading-s' }, 'Your text, with each finding marked'), preview, list);
  };

  const run = async () => {
    const text = textarea.value;
    const payload = JSON.stringify({ kind: form.dataset.kind, text, withImage: Boolean(withImage?.checked || photo), ...(photo ? { photo } : {}) });
    if (payload === lastSent) return;
    lastSent = payload;
    controller?.abort();
    if (!text.trim()) {
      showSummary('');
      body.replaceChildren();
      return;
    }
    controller = new AbortController();
    try {
      const res = await fetch(form.dataset.api, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrf },
        body: payload,
        credentials: 'same-origin',
        signal: controller.signal,
      });
      const data = await res.json();
      if (!res.ok) {
        showSummary(data.error?.message ?? 'The check could not run. Use the button to check instead.');
        body.replaceChildren();
        return;
      }
      render(text, data);
    } catch (err) {
      if (err.name === 'AbortError') return;
      lastSent = null;
      showSummary('The check could not run. Use the button to check instead.');
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  };
  textarea.addEventListener('input', schedule);
  withImage?.addEventListener('change', schedule);
}

// Tagging faces: while a face's choice has focus, its box on the photo is drawn in black, so the
// number in the list and the face in the picture are seen together.
for (const select of document.querySelectorAll('[data-photo] select[id^="face-"]')) {
  const box = document.querySelector(`[data-photo] a[href="#${select.id}"] .app-face-box`);
  if (!box) continue;
  select.addEventListener('focus', () => box.classList.add('app-face-box--current'));
  select.addEventListener('blur', () => box.classList.remove('app-face-box--current'));
}
