// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
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
