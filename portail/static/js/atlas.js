// The atlas: show a country's name and count while it is hovered or focused.
(function () {
  "use strict";
  var map = document.querySelector("[data-atlas]");
  var tooltip = document.querySelector("[data-atlas-tooltip]");
  if (!map || !tooltip) return;

  function show(event) {
    var country = event.target.closest("[data-code][data-count]");
    if (!country) return;
    tooltip.textContent = country.getAttribute("aria-label");
    tooltip.hidden = false;
    var row = document.querySelector('[data-atlas-table] tr[data-code="' + country.dataset.code + '"]');
    document.querySelectorAll("[data-atlas-table] tr.is-highlighted").forEach(function (other) {
      other.classList.remove("is-highlighted");
    });
    if (row) row.classList.add("is-highlighted");
  }

  function hide(event) {
    if (event.target.closest("[data-code][data-count]")) tooltip.hidden = true;
  }

  map.addEventListener("mouseover", show);
  map.addEventListener("focusin", show);
  map.addEventListener("mouseout", hide);
  map.addEventListener("focusout", hide);
})();
