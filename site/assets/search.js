/*
 * explainer offline search: reads the index the build wrote (window.explainerSearch) and lists the
 * pages whose title, story or snippet has every word of the query, best matches first. No server,
 * no network, no library; without JavaScript the search page is a list of links instead.
 */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var data = window.explainerSearch;
  if (!form || !data || !data.pages) {
    return;
  }
  var box = document.getElementById('search-box');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var root = form.getAttribute('data-root') || '';
  var MAX = 50;

  /* "2014-06-14" as the pages show dates: "14 June 2014" (the build writes English dates too) */
  function readable(iso) {
    var date = new Date(iso + 'T12:00:00Z');
    if (isNaN(date.getTime())) {
      return iso;
    }
    return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  /* lower case, accents off, so that "jose" finds "José" */
  function fold(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  var pages = data.pages.map(function (p) {
    return { page: p, title: words(p.t), story: words(p.s), text: words(p.x) };
  });

  /* a query word matches a word of the page that starts with it */
  function hits(list, word) {
    for (var i = 0; i < list.length; i++) {
      if (list[i].indexOf(word) === 0) {
        return true;
      }
    }
    return false;
  }

  function score(entry, query) {
    var total = 0;
    for (var i = 0; i < query.length; i++) {
      var w = query[i];
      var s = (hits(entry.title, w) ? 4 : 0) + (hits(entry.story, w) ? 2 : 0) + (hits(entry.text, w) ? 1 : 0);
      if (s === 0) {
        return 0;
      }
      total += s;
    }
    return total;
  }

  function item(p) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = root + p.u;
    a.textContent = p.t;
    li.appendChild(a);
    var meta = [p.s, p.d ? readable(p.d) : ''].filter(function (x) { return x; }).join(' · ');
    if (meta) {
      var span = document.createElement('span');
      span.className = 'meta';
      span.textContent = meta;
      li.appendChild(span);
    }
    if (p.x) {
      var snippet = document.createElement('p');
      snippet.className = 'snippet';
      snippet.textContent = p.x;
      li.appendChild(snippet);
    }
    return li;
  }

  function search(text) {
    var query = words(text);
    results.textContent = '';
    if (query.length === 0) {
      status.textContent = '';
      return;
    }
    var found = [];
    pages.forEach(function (entry) {
      var s = score(entry, query);
      if (s > 0) {
        found.push({ score: s, page: entry.page });
      }
    });
    found.sort(function (a, b) {
      return b.score - a.score || (b.page.d || '').localeCompare(a.page.d || '') || a.page.t.localeCompare(b.page.t);
    });
    found.slice(0, MAX).forEach(function (f) { results.appendChild(item(f.page)); });
    var n = found.length;
    status.textContent = (n === 0 ? 'No results' : n === 1 ? '1 result' : n + ' results') + ' for \u201c' + text.trim() + '\u201d'
      + (n > MAX ? ', the first ' + MAX + ' shown' : '');
  }

  form.hidden = false;
  var initial = new URLSearchParams(window.location.search).get('q') || '';
  box.value = initial;
  search(initial);
  box.addEventListener('input', function () { search(box.value); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    search(box.value);
    if (window.history && window.location.protocol !== 'file:') {
      window.history.replaceState(null, '', '?q=' + encodeURIComponent(box.value));
    }
  });
}());
