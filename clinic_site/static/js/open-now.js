// "Open now" / "Closed now", recomputed in the browser. The server renders the same text
// (core/hours.py, includes/open_status.html); this only matters when a page comes from a
// cache or stays open for a while. data-schedule holds the coming week as absolute times with
// labels already formatted (core.hours.upcoming_schedule), so no time zone work happens here.
(function () {
  "use strict";

  function update(element) {
    var schedule;
    try {
      schedule = JSON.parse(element.getAttribute("data-schedule"));
    } catch (error) {
      return; // Bad data: the server's text stands.
    }
    var now = Date.now();
    var days = schedule.days;
    // Which of the clinic's days is it? Outside the schedule (a page cached for over a week,
    // or a wrong clock) the server's text stands.
    function dayIndex(time) {
      for (var i = days.length - 2; i >= 0; i--) {
        if (days[i][0] <= time) return time < days[i + 1][0] ? i : -1;
      }
      return -1;
    }
    var today = dayIndex(now);
    if (today < 0) return;

    var open = null;
    var next = null;
    schedule.periods.forEach(function (period) {
      if (period[0] <= now && now < period[1]) open = open || period;
      if (period[0] > now && (!next || period[0] < next[0])) next = period;
    });

    var detail = "";
    if (open) {
      detail = " until " + open[3];
    } else if (next) {
      var ahead = dayIndex(next[0]) - today;
      var day = ahead === 0 ? "today" : ahead === 1 ? "tomorrow" : days[dayIndex(next[0])][1];
      detail = ", opens " + day + " at " + next[2];
    }
    element.classList.toggle("open-status--open", Boolean(open));
    element.querySelector(".open-status__state").textContent = open ? "Open now" : "Closed now";
    element.querySelector(".open-status__detail").textContent = detail;
  }

  function updateAll() {
    document.querySelectorAll("[data-open-status]").forEach(update);
  }

  updateAll();
  // A page left open in a tab keeps telling the truth.
  setInterval(updateAll, 60 * 1000);
})();
