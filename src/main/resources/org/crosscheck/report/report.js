(function () {
  'use strict';
  // a printed report shows everything: the collapsed sections open before printing
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  var form = document.getElementById('filters');
  if (!form) { return; }
  form.hidden = false;
  var cards = Array.prototype.slice.call(document.querySelectorAll('article.card'));
  var counter = document.getElementById('shown-count');
  function apply() {
    var severity = form.elements.severity.value;
    var verdict = form.elements.verdict.value;
    var rule = form.elements.rule.value;
    var source = form.elements.source.value;
    var query = form.elements.q.value.trim().toLowerCase();
    var shown = 0;
    cards.forEach(function (card) {
      var visible = (!severity || card.dataset.severity === severity)
        && (!verdict || card.dataset.verdict === verdict)
        && (!rule || card.dataset.rule === rule)
        && (!source || (' ' + card.dataset.sources + ' ').indexOf(' ' + source + ' ') >= 0)
        && (!query || card.textContent.toLowerCase().indexOf(query) >= 0);
      card.hidden = !visible;
      if (visible) { shown += 1; }
    });
    counter.textContent = shown + ' of ' + cards.length + ' findings shown';
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  apply();
}());
