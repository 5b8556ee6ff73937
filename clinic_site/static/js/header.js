/*
 * The phone header's Search and Menu: links to their panels without JavaScript (CSS shows a
 * targeted panel), disclosure buttons with it. Each button says whether its panel is open
 * (aria-expanded), opening one closes the other, Escape closes it and returns focus to its
 * button, and Search puts the cursor in the search box. From 48em the buttons are hidden and
 * both panels always shown, so none of this matters there.
 */
(function () {
  "use strict";

  var OPEN = "is-open";
  var disclosures = [];

  function close(disclosure) {
    disclosure.button.setAttribute("aria-expanded", "false");
    disclosure.panel.classList.remove(OPEN);
  }

  function open(disclosure) {
    disclosures.forEach(function (other) {
      if (other !== disclosure) close(other);
    });
    disclosure.button.setAttribute("aria-expanded", "true");
    disclosure.panel.classList.add(OPEN);
    var field = disclosure.panel.querySelector("input[type=search]");
    if (field) field.focus();
  }

  function upgrade(link) {
    var panel = document.getElementById(link.getAttribute("href").slice(1));
    if (!panel) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.innerHTML = link.innerHTML;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", panel.id);
    link.replaceWith(button);
    var disclosure = { button: button, panel: panel };
    disclosures.push(disclosure);
    // Arrived at /#header-menu without JavaScript's help (a bookmark): CSS already shows it.
    if (window.location.hash === "#" + panel.id) {
      button.setAttribute("aria-expanded", "true");
      panel.classList.add(OPEN);
    }
    button.addEventListener("click", function () {
      if (button.getAttribute("aria-expanded") === "true") close(disclosure);
      else open(disclosure);
    });
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        // Let an open suggestions list take the first Escape (js/live-search.js).
        var list = panel.querySelector(".suggestions");
        if (list && !list.hidden) return;
        close(disclosure);
        button.focus();
      }
    });
  }

  document.querySelectorAll("a[data-disclosure]").forEach(upgrade);
})();
