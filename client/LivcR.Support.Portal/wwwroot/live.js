// Live updates of the portal's pages, for pages that ask for them:
//   [data-live-ticket="<number>"][data-version="<n>"]  the thread of a ticket (its id names the part to swap in)
//   [data-live-presence]                               on that element: announce "I am on this ticket" (staff)
//   [data-live-queue]                                   a list of tickets
// The page works without this script; with it, what changed is fetched again and swapped in, and #live-status tells it.
(() => {
  'use strict';
  // What the current page opened; closed again when enhanced navigation brings another page.
  let opened = [];
  const status = () => document.getElementById('live-status');
  const text = (name, who) => (status()?.dataset[name] ?? '').replace('{0}', who ?? '');
  const say = (message) => { const region = status(); if (region && message) { region.textContent = message; } };

  async function refresh(part) {
    const response = await fetch(location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
    if (!response.ok || response.redirected) { return; }
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = page.getElementById(part.id);
    if (!fresh) { return; }
    // What the person ticked or typed inside the part (a selection for a bulk action) survives the swap.
    const ticked = new Set([...part.querySelectorAll('input[type=checkbox]:checked')].map((box) => box.name + '=' + box.value));
    part.innerHTML = fresh.innerHTML;
    part.querySelectorAll('input[type=checkbox]').forEach((box) => { if (ticked.has(box.name + '=' + box.value)) { box.checked = true; } });
    if (fresh.dataset.version) { part.dataset.version = fresh.dataset.version; }
    document.querySelectorAll('[data-live-part]').forEach((other) => {
      const replacement = page.getElementById(other.id);
      if (replacement) { other.innerHTML = replacement.innerHTML; }
    });
  }

  function typing() {
    return [...document.querySelectorAll('textarea')].some((area) => area.value.trim().length > 0);
  }

  const present = new Map();
  function showPresence() {
    const presence = document.getElementById('live-presence');
    if (!presence) { return; }
    const now = Date.now();
    const lines = [];
    for (const [who, seen] of present) {
      if (now - seen.at > 45000) { present.delete(who); continue; }
      lines.push(text(seen.composing ? 'composing' : 'viewing', who));
    }
    presence.textContent = lines.join(' · ');
    presence.hidden = lines.length === 0;
  }

  function watchTicket(part) {
    const number = part.dataset.liveTicket;
    const events = new EventSource('/live/tickets/' + encodeURIComponent(number));
    opened.push(() => events.close());
    events.addEventListener('change', async (event) => {
      const change = JSON.parse(event.data);
      if (change.kind === 'Viewing' || change.kind === 'Composing') {
        present.set(change.actorName, { at: Date.now(), composing: change.kind === 'Composing' });
        showPresence();
        return;
      }

      const behind = change.kind === 'Resync' || change.version > Number(part.dataset.version ?? 0);
      if (!behind) { return; }
      if (!change.mine && change.kind !== 'Current' && change.kind !== 'Resync') {
        present.delete(change.actorName);
        showPresence();
        say(text(typing() ? (change.kind === 'Message' ? 'answeredMeanwhile' : 'changedMeanwhile') : (change.kind === 'Message' ? 'newMessage' : 'changed'), change.actorName));
      }

      await refresh(part);
    });

    if (part.hasAttribute('data-live-presence')) {
      let lastTyped = 0;
      let lastSent = 0;
      let composingSent = false;
      const announce = (composing) => {
        lastSent = Date.now();
        composingSent = composing;
        fetch('/live/tickets/' + encodeURIComponent(number) + '/presence' + (composing ? '?composing=true' : ''),
          { method: 'POST', headers: { 'X-Livcr-Live': '1' }, credentials: 'same-origin' }).catch(() => {});
      };
      const typed = (event) => {
        if (event.target instanceof HTMLTextAreaElement) {
          lastTyped = Date.now();
          if (!composingSent || Date.now() - lastSent > 10000) { announce(true); }
        }
      };
      document.addEventListener('input', typed);
      announce(false);
      const beat = setInterval(() => announce(Date.now() - lastTyped < 30000), 30000);
      const fade = setInterval(showPresence, 5000);
      opened.push(() => { document.removeEventListener('input', typed); clearInterval(beat); clearInterval(fade); });
    }
  }

  function watchQueue(part) {
    const events = new EventSource('/live/queue');
    opened.push(() => events.close());
    let first = true;
    let pending = null;
    events.addEventListener('change', (event) => {
      const change = JSON.parse(event.data);
      if (change.kind === 'Current' && first) { first = false; return; }
      if (change.kind === 'Created' && change.number) { say(text('newTicket', change.number)); }
      clearTimeout(pending);
      pending = setTimeout(() => refresh(part), 400);
    });
  }

  function start() {
    opened.forEach((close) => close());
    opened = [];
    present.clear();
    document.querySelectorAll('[data-live-ticket]').forEach(watchTicket);
    document.querySelectorAll('[data-live-queue]').forEach(watchQueue);
  }

  start();
  window.Blazor?.addEventListener?.('enhancedload', start);
})();
