// "Open now" / "Closed now", recomputed in the browser. The server renders the same text
// (core/hours.py, includes/open_status.html); this only matters when a page comes from a
// cache or stays open for a while. Keep the rules and wording in step with core/hours.py.
(function () {
  "use strict";

  var DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  var SHORT_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

  function minutes(hhmm) {
    var parts = hhmm.split(":");
    return Number(parts[0]) * 60 + Number(parts[1]);
  }

  // The same "7:30 a.m." as Django's time:"g:i a" in English.
  function clockLabel(total) {
    var hour = Math.floor(total / 60);
    var minute = total % 60;
    return (hour % 12 || 12) + ":" + (minute < 10 ? "0" : "") + minute + (hour < 12 ? " a.m." : " p.m.");
  }

  // Weekday (0 = Monday) and minutes since midnight at the clinic, whatever the visitor's zone.
  function clinicNow(timeZone) {
    var parts = {};
    new Intl.DateTimeFormat("en-US", {
      timeZone: timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(new Date()).forEach(function (part) { parts[part.type] = part.value; });
    return { day: SHORT_DAYS.indexOf(parts.weekday), time: Number(parts.hour) * 60 + Number(parts.minute) };
  }

  function status(periods, now) {
    var i, day, ahead, starts;
    for (i = 0; i < periods.length; i++) {
      if (periods[i][0] === now.day && minutes(periods[i][1]) <= now.time && now.time < minutes(periods[i][2])) {
        return { open: true, detail: " until " + clockLabel(minutes(periods[i][2])) };
      }
    }
    for (ahead = 0; ahead < 8; ahead++) {
      day = (now.day + ahead) % 7;
      starts = periods.filter(function (p) {
        return p[0] === day && (ahead > 0 || minutes(p[1]) > now.time);
      }).map(function (p) { return minutes(p[1]); }).sort(function (a, b) { return a - b; });
      if (starts.length) {
        var when = ahead === 0 ? "today" : ahead === 1 ? "tomorrow" : DAYS[day];
        return { open: false, detail: ", opens " + when + " at " + clockLabel(starts[0]) };
      }
    }
    return { open: false, detail: "" };
  }

  function update() {
    document.querySelectorAll("[data-open-status]").forEach(function (element) {
      var periods, now;
      try {
        periods = JSON.parse(element.getAttribute("data-hours"));
        now = clinicNow(element.getAttribute("data-time-zone"));
      } catch (error) {
        return; // Unknown time zone or bad data: the server's text stays.
      }
      var result = status(periods, now);
      element.classList.toggle("open-status--open", result.open);
      element.querySelector(".open-status__state").textContent = result.open ? "Open now" : "Closed now";
      element.querySelector(".open-status__detail").textContent = result.detail;
    });
  }

  update();
  // A page left open in a tab keeps telling the truth.
  setInterval(update, 60 * 1000);
})();
