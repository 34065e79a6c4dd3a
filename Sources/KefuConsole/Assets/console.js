// Kefu console: the pages work without this script; it only saves steps. Kept small and free of
// inline handlers, so the Content-Security-Policy can forbid every script but this file.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // The chat shows its latest reply and is ready for the next message.
  const last = document.getElementById("last");
  if (last) last.scrollIntoView({ block: "nearest" });
  const message = document.getElementById("message");
  if (message) message.focus();
  // The knowledge table's filters apply as soon as one is picked.
  const filters = document.getElementById("filters");
  if (filters) {
    for (const select of filters.querySelectorAll("select")) {
      select.addEventListener("change", () => filters.requestSubmit());
    }
  }
});
