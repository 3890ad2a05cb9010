// Suggestions under the header's search box (ARIA 1.2 combobox with a list box): titles
// appear as one types; Up and Down move through them, Enter opens one, Escape closes the
// list. Without this file the box is a plain search form.
document.addEventListener("DOMContentLoaded", () => {
    // Facets: folded under the results' heading on a phone, open beside them on a wide screen.
    for (const details of document.querySelectorAll("details[data-open-wide]")) {
        details.open = window.matchMedia("(min-width: 60rem)").matches;
    }
    const form = document.querySelector("form[data-suggest]");
    if (!form) return;
    const input = form.querySelector("[role=combobox]");
    const list = form.querySelector("[role=listbox]");
    let options = [];
    let active = -1;
    let timer = null;
    let latest = 0;

    const close = () => {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    };
    const highlight = (index) => {
        options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
        active = index;
        if (index >= 0) {
            input.setAttribute("aria-activedescendant", options[index].id);
            options[index].scrollIntoView({ block: "nearest" });
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    };
    const show = (suggestions) => {
        list.replaceChildren();
        options = suggestions.map((suggestion, i) => {
            const option = document.createElement("li");
            option.id = `site-search-option-${i}`;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.dataset.url = suggestion.url;
            const title = document.createElement("span");
            title.textContent = suggestion.title;
            const kind = document.createElement("span");
            kind.className = "site-search__kind";
            kind.textContent = suggestion.kind;
            option.append(title, kind);
            option.addEventListener("mousedown", (event) => {
                event.preventDefault();
                window.location.href = suggestion.url;
            });
            list.append(option);
            return option;
        });
        active = -1;
        if (options.length) {
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        } else {
            close();
        }
    };
    const fetchSuggestions = async () => {
        const typed = input.value.trim();
        if (typed.length < 2) return close();
        const ticket = ++latest;
        const url = `${form.dataset.suggest}?q=${encodeURIComponent(typed)}`;
        try {
            const response = await fetch(url, { headers: { Accept: "application/json" } });
            if (!response.ok || ticket !== latest) return;
            show((await response.json()).suggestions);
        } catch {
            close();
        }
    };

    input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", (event) => {
        if (event.key === "ArrowDown" && options.length) {
            event.preventDefault();
            if (list.hidden) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
            highlight((active + 1) % options.length);
        } else if (event.key === "ArrowUp" && options.length) {
            event.preventDefault();
            highlight(active <= 0 ? options.length - 1 : active - 1);
        } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
            event.preventDefault();
            window.location.href = options[active].dataset.url;
        } else if (event.key === "Escape") {
            close();
        }
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
});
