// explainer serve: reloads this page when a rebuild is in place, swaps stylesheets when only CSS
// changed, and shows a failed build's errors over the page until a good save. Only ever injected
// by the preview server, never written into the built site.
(function () {
  'use strict';
  var OVERLAY = 'explainer-build-error';
  function overlay(text) {
    var box = document.getElementById(OVERLAY);
    if (!box) {
      box = document.createElement('div');
      box.id = OVERLAY;
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;' +
        'background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;';
      var title = document.createElement('h2');
      title.textContent = 'Build failed: still showing the last good site';
      title.style.cssText = 'margin:0 0 1rem;font:bold 18px system-ui,sans-serif;color:#ff8a80;';
      var pre = document.createElement('pre');
      pre.style.cssText = 'margin:0;white-space:pre-wrap;';
      box.appendChild(title);
      box.appendChild(pre);
      document.body.appendChild(box);
    }
    box.querySelector('pre').textContent = text;
  }
  function swapStyles() {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].href, location.href);
      url.searchParams.set('explainer-reload', Date.now());
      links[i].href = url.toString();
    }
  }
  // the build this page was served with: the server tells at once of any put in place since
  var script = document.currentScript;
  var build = script && script.getAttribute('data-build');
  var events = new EventSource('/__explainer/events' + (build ? '?since=' + encodeURIComponent(build) : ''));
  events.addEventListener('reload', function (e) {
    var changed = e.data ? e.data.split('\n') : [];
    var cssOnly = changed.length > 0 && changed.every(function (p) { return /\.css$/.test(p); });
    if (cssOnly && !document.getElementById(OVERLAY)) {
      swapStyles();
    } else {
      location.reload();
    }
  });
  events.addEventListener('failed', function (e) {
    overlay(e.data);
  });
})();
