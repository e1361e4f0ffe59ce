// The interactive map with web tiles. Nothing here runs until the reader
// opens its <details>: a report read offline makes no network request.
(function () {
  "use strict";
  var box = document.getElementById("tile-map-view");
  var holder = document.getElementById("tile-map");
  if (!box || !holder || typeof L === "undefined") { return; }
  var started = false;

  function popup(e) {
    // Built from text nodes: event fields come from news reports.
    var div = document.createElement("div");
    var head = document.createElement("strong");
    head.textContent = e.date + " · " + e.type;
    div.appendChild(head);
    [e.perpetrator, e.place, e.killed + " killed"].forEach(function (line) {
      div.appendChild(document.createElement("br"));
      div.appendChild(document.createTextNode(line));
    });
    div.appendChild(document.createElement("br"));
    var link = document.createElement("a");
    link.href = "#ev-" + e.id;
    link.textContent = "Event " + e.id + " in the event list";
    div.appendChild(link);
    return div;
  }

  function clipToUkraine(map, outlines) {
    // Oblast outlines are approximate cells that spill past the border (see
    // Methods); the SVG map clips them to Ukraine, and so does this one, by
    // moving the live Ukraine path into a <clipPath> Leaflet keeps redrawing.
    var ukraine = null;
    outlines.eachLayer(function (layer) {
      if (layer.feature.properties.kind === "ukraine") { ukraine = layer; }
    });
    var shape = ukraine.getElement().cloneNode(false);
    var svg = ukraine.getElement().ownerSVGElement;
    var clip = document.createElementNS("http://www.w3.org/2000/svg", "clipPath");
    clip.id = "tile-map-ukraine-clip";
    clip.appendChild(shape);
    svg.insertBefore(clip, svg.firstChild);
    function follow() { shape.setAttribute("d", ukraine.getElement().getAttribute("d")); }
    map.on("zoomend moveend viewreset", follow);
    follow();
    outlines.eachLayer(function (layer) {
      if (layer.feature.properties.kind === "admin1") {
        layer.getElement().setAttribute("clip-path", "url(#tile-map-ukraine-clip)");
      }
    });
  }

  function initTileMap() {
    var data = JSON.parse(document.getElementById("tile-map-data").textContent);
    var map = L.map(holder);
    // The view first: Leaflet draws no layer, and so makes no path to clip, before it has one.
    if (data.events.length) {
      map.fitBounds(data.events.map(function (e) { return [e.lat, e.lon]; }), {padding: [30, 30], maxZoom: 10});
    } else {
      map.fitBounds([[data.frame[1], data.frame[0]], [data.frame[3], data.frame[2]]]);
    }
    L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 19,
      attribution: "© <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors"
    }).addTo(map);
    var styles = {
      country: {color: "#b9b3a6", weight: 0.8, fill: false},
      admin1: {color: "#7d8894", weight: 0.8, fill: false},
      ukraine: {color: "#4a5560", weight: 1.5, fill: false}
    };
    var outlines = L.geoJSON(data.outlines, {
      renderer: L.svg({padding: 1}),
      interactive: false,
      style: function (f) { return styles[f.properties.kind]; }
    }).addTo(map);
    clipToUkraine(map, outlines);
    L.featureGroup(data.events.map(function (e) {
      return L.circleMarker([e.lat, e.lon], {
        radius: e.radius, color: "#ffffff", weight: 0.8, fillColor: e.colour, fillOpacity: 0.72
      }).bindPopup(popup(e));
    })).addTo(map);
  }

  function start() {
    if (!box.open || started) { return; }
    started = true;
    initTileMap();
  }
  box.addEventListener("toggle", start);
  // A link to #tile-map-view opens the view.
  if (location.hash === "#tile-map-view") { box.open = true; }
  start();
})();
