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

    // The phrases come with the schedule, in the page's language (texts[i] belongs to periods[i]).
    var texts = schedule.texts;
    if (!texts || !schedule.open || !schedule.closed) return;
    var open = -1;
    var next = -1;
    schedule.periods.forEach(function (period, i) {
      if (period[0] <= now && now < period[1] && open < 0) open = i;
      if (period[0] > now && (next < 0 || period[0] < schedule.periods[next][0])) next = i;
    });

    var detail = "";
    if (open >= 0) {
      detail = " " + texts[open][0];
    } else if (next >= 0) {
      var ahead = dayIndex(schedule.periods[next][0]) - today;
      detail = ", " + texts[next][Math.min(ahead, 2) + 1];
    }
    element.classList.toggle("open-status--open", open >= 0);
    element.querySelector(".open-status__state").textContent = open >= 0 ? schedule.open : schedule.closed;
    element.querySelector(".open-status__detail").textContent = detail;
  }

  function updateAll() {
    document.querySelectorAll("[data-open-status]").forEach(update);
  }

  updateAll();
  // A page left open in a tab keeps telling the truth.
  setInterval(updateAll, 60 * 1000);
})();
