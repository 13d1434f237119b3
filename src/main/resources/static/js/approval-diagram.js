// Draws the approval's process with bpmn-js (the navigated viewer: drag to pan, mouse wheel to zoom), marks where it
// stands and opens on the current step at a readable scale; the buttons zoom too. No inline script: the CSP forbids it.
(function () {
  var el = document.getElementById('diagram');
  if (!el) { return; }
  var current = (el.dataset.current || '').split(',').filter(Boolean);
  var READABLE = 0.9;
  fetch('/dashboard/processes/' + el.dataset.process + '.bpmn').then(function (r) { return r.text(); }).then(function (xml) {
    var viewer = new BpmnJS({ container: el });
    return viewer.importXML(xml).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      current.forEach(function (id) { if (registry.get(id)) { canvas.addMarker(id, 'current-step'); } });
      function showCurrent() {
        var shapes = current.map(function (id) { return registry.get(id); }).filter(Boolean);
        canvas.zoom('fit-viewport');
        var inner = canvas.viewbox().inner;
        if (canvas.zoom() >= READABLE) { return; }
        var target = shapes.length ? shapes[0] : registry.filter(function (e) { return e.type === 'bpmn:StartEvent'; })[0];
        if (!target) { return; }
        var outer = canvas.viewbox().outer;
        var w = outer.width / READABLE;
        var h = outer.height / READABLE;
        // the current step in the middle, but never more than a margin of empty space above or left of the model
        canvas.viewbox({ x: Math.max(target.x + target.width / 2 - w / 2, inner.x - 20),
                         y: Math.max(target.y + target.height / 2 - h / 2, inner.y - 20), width: w, height: h });
      }
      showCurrent();
      document.querySelectorAll('[data-zoom]').forEach(function (b) {
        b.addEventListener('click', function () {
          var how = b.getAttribute('data-zoom');
          if (how === 'fit') { canvas.zoom('fit-viewport'); }
          else if (how === 'current') { showCurrent(); }
          else { canvas.zoom(canvas.zoom() * (how === 'in' ? 1.25 : 0.8)); }
        });
      });
      el.setAttribute('data-rendered', 'true');
    });
  }).catch(function (e) { el.textContent = (el.dataset.failed || 'The diagram could not be drawn') + ': ' + e; });
})();
