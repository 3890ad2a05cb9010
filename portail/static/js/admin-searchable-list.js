// A long list of checkboxes (countries, themes) filtered as the editor types, accents and
// case ignored: "senegal" finds "Sénégal". Ticked entries always stay in view.
(function () {
  "use strict";
  const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

  function enhance(list) {
    if (list.dataset.searchableListReady) return;
    list.dataset.searchableListReady = "1";
    const filter = list.querySelector("[data-searchable-list-filter]");
    const count = list.querySelector("[data-searchable-list-count]");
    const rows = [...list.querySelectorAll(".searchable-list__options label")].map((label) => ({
      row: label.closest(".searchable-list__options > div > div") || label,
      box: label.querySelector("input"),
      text: fold(label.textContent),
    }));
    filter.addEventListener("input", () => {
      const wanted = fold(filter.value.trim());
      let shown = 0;
      for (const { row, box, text } of rows) {
        const keep = !wanted || box.checked || text.includes(wanted);
        row.hidden = !keep;
        shown += keep ? 1 : 0;
      }
      count.textContent = wanted ? `${shown} / ${rows.length}` : "";
    });
    filter.addEventListener("keydown", (event) => {
      if (event.key === "Enter") event.preventDefault(); // Enter filters; it never submits the page
    });
  }

  const start = () => document.querySelectorAll("[data-searchable-list]").forEach(enhance);
  document.addEventListener("DOMContentLoaded", start);
  document.addEventListener("w-formset:added", start);
  start();
})();
