// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
    // On a narrow screen the search, the account link and the menu fold behind a button.
    const header = document.querySelector(".site-header");
    const menuButton = header && header.querySelector(".menu-button");
    if (menuButton) {
        const setOpen = (open) => {
            menuButton.setAttribute("aria-expanded", String(open));
            header.classList.toggle("site-header--open", open);
        };
        header.classList.add("site-header--collapsible");
        menuButton.hidden = false;
        menuButton.addEventListener("click", () => setOpen(menuButton.getAttribute("aria-expanded") !== "true"));
        header.addEventListener("keydown", (event) => {
            if (event.key === "Escape" && menuButton.getAttribute("aria-expanded") === "true") {
                setOpen(false);
                menuButton.focus();
            }
        });
    }
    // A heading of the menu (a <details>) closes when the reader goes elsewhere or presses Escape.
    const groups = [...document.querySelectorAll(".site-nav__group details")];
    document.addEventListener("click", (event) => {
        for (const group of groups) {
            if (group.open && !group.contains(event.target)) group.open = false;
        }
    });
    document.addEventListener("keydown", (event) => {
        const open = groups.find((group) => group.open);
        if (event.key === "Escape" && open) {
            open.open = false;
            open.querySelector("summary").focus();
        }
    });
    for (const button of document.querySelectorAll("[data-print]")) {
        button.addEventListener("click", () => window.print());
    }
    for (const span of document.querySelectorAll(".protected-email")) {
        const reverse = (text) => [...text].reverse().join("");
        const address = `${reverse(span.dataset.user)}@${reverse(span.dataset.domain)}`;
        const link = document.createElement("a");
        link.href = `mailto:${address}`;
        link.textContent = address;
        span.replaceWith(link);
    }
});
