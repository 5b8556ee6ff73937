/*
 * As-you-type treatment suggestions for search boxes marked with data-suggest-url.
 * An ARIA 1.2 combobox (list autocomplete): arrow keys move through the suggestions,
 * Enter opens the highlighted one, Escape closes the list. Without JavaScript the
 * box is a plain search form, so nothing here is needed to search.
 * A query that describes an emergency ("numb groin", "can't breathe") gets the number to call
 * above the suggestions, announced at once (role="alert").
 */
(function () {
  "use strict";

  var DELAY_MS = 200;

  function setUp(input) {
    var form = input.form;
    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var alarm = document.createElement("div");
    var timer = null;
    var controller = null;
    var options = [];
    var active = -1;

    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    // The words come from the page (data-suggest-*), in its language.
    list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "Suggested treatments");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    alarm.className = "suggestions__emergency";
    alarm.setAttribute("role", "alert");
    alarm.hidden = true;
    form.classList.add("has-suggestions");
    form.appendChild(alarm);
    form.appendChild(list);
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(suggestions) {
      list.textContent = "";
      options = suggestions.map(function (suggestion, i) {
        var option = document.createElement("li");
        // Text, not a link: an option is already the control (a link inside it is a nested control).
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = suggestion.url;
        option.textContent = suggestion.title;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the box until the link is followed
          window.location.href = suggestion.url;
        });
        list.appendChild(option);
        return option;
      });
      active = -1;
      if (options.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        var one = input.getAttribute("data-suggest-one") || "1 suggestion, use the up and down arrows to choose.";
        var many = input.getAttribute("data-suggest-many") ||
          "{n} suggestions, use the up and down arrows to choose.";
        status.textContent = options.length === 1 ? one : many.replace("{n}", String(options.length));
      } else {
        close();
        status.textContent = "";
      }
    }

    function showEmergency(emergencies) {
      alarm.textContent = "";
      emergencies.forEach(function (emergency) {
        var message = document.createElement("p");
        var heading = document.createElement("strong");
        var call = document.createElement("a");
        heading.textContent = emergency.heading + ". ";
        call.href = emergency.href;
        call.className = "button button--emergency";
        call.textContent = emergency.call;
        message.appendChild(heading);
        message.appendChild(document.createTextNode(emergency.message + " "));
        message.appendChild(call);
        alarm.appendChild(message);
      });
      alarm.hidden = !emergencies.length;
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query.length < 2) {
        show([]);
        showEmergency([]);
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        signal: controller.signal
      })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) {
          if (input.value.trim() === query) {
            showEmergency(data.emergency || []);
            show(data.suggestions || []);
          }
        })
        .catch(function () { /* offline or aborted: the plain form still works */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && options.length) {
        event.preventDefault();
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        highlight((active + 1) % options.length);
      } else if (event.key === "ArrowUp" && options.length) {
        event.preventDefault();
        highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
        event.preventDefault();
        window.location.href = options[active].dataset.url;
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener("blur", function () {
      setTimeout(close, 150);
    });
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(setUp);
})();
