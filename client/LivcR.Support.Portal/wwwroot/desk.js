// Keyboard shortcuts of the staff desk. Everything they do is also a link, a field or a button on the page, so the desk
// works without this file. Listeners sit on the document and read the page at the moment of the key press, so they keep
// working after Blazor's enhanced navigation swaps the page's content.
(() => {
    "use strict";

    const queueKey = "livcr.desk.queue";

    const typing = (target) =>
        target instanceof HTMLElement &&
        (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

    const queueLinks = () => Array.from(document.querySelectorAll("#queue a[data-ticket]"));

    // Remember the queue's order when a ticket is opened from it, so j and k on a ticket page walk that queue.
    const rememberQueue = () => {
        const numbers = queueLinks().map((a) => a.dataset.ticket);
        if (numbers.length > 0) {
            try {
                sessionStorage.setItem(queueKey, JSON.stringify(numbers));
            } catch {
                // Storage refused (private mode): j and k then only work within the queue page.
            }
        }
    };

    const storedQueue = () => {
        try {
            return JSON.parse(sessionStorage.getItem(queueKey) || "[]");
        } catch {
            return [];
        }
    };

    const moveInQueue = (step) => {
        const links = queueLinks();
        if (links.length > 0) {
            const at = links.indexOf(document.activeElement);
            const next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
            links[next].focus();
            return true;
        }

        const thread = document.querySelector("[data-live-ticket]");
        if (!thread) {
            return false;
        }

        const numbers = storedQueue();
        const at = numbers.indexOf(thread.dataset.liveTicket);
        const next = numbers[at + step];
        if (at >= 0 && next) {
            location.assign("/werkbak/tickets/" + encodeURIComponent(next));
        }

        return true;
    };

    const focusField = (id) => {
        const field = document.getElementById(id);
        if (!field) {
            return false;
        }

        field.scrollIntoView({ block: "center" });
        field.focus();
        return true;
    };

    const toggleSelection = () => {
        const row = document.activeElement instanceof HTMLElement ? document.activeElement.closest("[data-ticket-row]") : null;
        const box = row ? row.querySelector("input[type=checkbox]") : null;
        if (!box) {
            return false;
        }

        box.checked = !box.checked;
        return true;
    };

    const showHelp = () => {
        const help = document.getElementById("shortcuts");
        if (!help || typeof help.showPopover !== "function") {
            return false;
        }

        if (!help.matches(":popover-open")) {
            help.showPopover();
        }

        const close = help.querySelector("button");
        if (close) {
            close.focus();
        }

        return true;
    };

    const actions = {
        j: () => moveInQueue(1),
        k: () => moveInQueue(-1),
        x: toggleSelection,
        "/": () => focusField("zoek"),
        r: () => focusField("body"),
        n: () => focusField("note"),
        a: () => {
            const assign = document.querySelector("[data-shortcut=assign-me]:not([disabled])");
            if (assign) {
                assign.click();
            }

            return !!assign;
        },
        "?": showHelp,
    };

    document.addEventListener("keydown", (event) => {
        if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
            return;
        }

        if (!document.querySelector(".desk-head")) {
            return;
        }

        const action = actions[event.key];
        if (action && action()) {
            event.preventDefault();
        }
    });

    document.addEventListener("click", (event) => {
        if (event.target instanceof Element && event.target.closest("#queue a[data-ticket]")) {
            rememberQueue();
        }
    });
})();
