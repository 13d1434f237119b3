// Draws the approval's process with bpmn-js and marks where it stands (no inline script: the pages' CSP forbids it)
(function () {
  var el = document.getElementById('diagram');
  var current = (el.dataset.current || '').split(',').filter(Boolean);
  fetch('/dashboard/processes/' + el.dataset.process + '.bpmn').then(function (r) { return r.text(); }).then(function (xml) {
    var viewer = new BpmnJS({ container: el });
    return viewer.importXML(xml).then(function () {
      viewer.get('canvas').zoom('fit-viewport');
      current.forEach(function (id) { viewer.get('canvas').addMarker(id, 'current-step'); });
      el.setAttribute('data-rendered', 'true');
    });
  }).catch(function (e) { el.textContent = 'The diagram could not be drawn: ' + e; });
})();
