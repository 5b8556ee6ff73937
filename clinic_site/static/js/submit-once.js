// One click sends the appointment form once: after the first submit the button is disabled and further
// submits are ignored. Only a convenience: the server stores a form once however often it is sent
// (appointments/guard.py). The button has no name, so disabling it changes nothing in the data sent.
(function () {
  "use strict";

  document.querySelectorAll("form.form").forEach(function (form) {
    var button = form.querySelector("button[type=submit][data-sending-label]");
    if (!button) {
      return;
    }
    var label = button.textContent;
    var sending = false;

    form.addEventListener("submit", function (event) {
      if (sending) {
        event.preventDefault();
        return;
      }
      sending = true;
      button.disabled = true;
      button.textContent = button.getAttribute("data-sending-label");
    });

    // Back to this page from the browser's history: the button works again.
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) {
        sending = false;
        button.disabled = false;
        button.textContent = label;
      }
    });
  });
})();
