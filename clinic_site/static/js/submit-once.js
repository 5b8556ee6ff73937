// One click sends the appointment form once: the button is disabled while the request is on its way.
// Only a convenience: the server stores a form once however often it is sent (appointments/guard.py).
(function () {
  "use strict";

  document.querySelectorAll("form.form").forEach(function (form) {
    var button = form.querySelector("button[type=submit][data-sending-label]");
    if (!button) {
      return;
    }
    var label = button.textContent;

    form.addEventListener("submit", function (event) {
      if (button.disabled) {
        event.preventDefault();
        return;
      }
      // After this event, so the browser has already taken the form's data.
      window.setTimeout(function () {
        button.disabled = true;
        button.textContent = button.getAttribute("data-sending-label");
      }, 0);
    });

    // Back to this page from the browser's history: the button works again.
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) {
        button.disabled = false;
        button.textContent = label;
      }
    });
  });
})();
