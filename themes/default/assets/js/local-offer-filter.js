// Filters the local offer index in place by age and care status. Progressive enhancement:
// without this script the form stays hidden and the "Show what I can get if I am ..." links
// go to a page for each age band and care status, which work everywhere. Each entry carries
// its ages (data-from, data-to) and care statuses (data-status) in the page.
(function () {
  "use strict";
  var form = document.querySelector("form.offer-filter");
  var count = document.getElementById("offer-count");
  if (!form || !count) return;
  var age = form.querySelector("#offer-age");
  var status = form.querySelector("#offer-status");
  var entries = document.querySelectorAll(".offer-list li[data-from]");
  var areas = document.querySelectorAll(".offer-list .offer-area");

  function things(n) {
    return n === 1 ? "1 thing" : n + " things";
  }

  function update() {
    var chosenAge = age.value === "" ? null : parseInt(age.value, 10);
    var chosenStatus = status.value;
    var shown = 0;
    entries.forEach(function (entry) {
      var from = parseInt(entry.getAttribute("data-from"), 10);
      var to = parseInt(entry.getAttribute("data-to"), 10);
      var statuses = entry.getAttribute("data-status").split(" ");
      var fits = (chosenAge === null || (chosenAge >= from && chosenAge <= to)) &&
          (chosenStatus === "" || statuses.indexOf(chosenStatus) !== -1);
      entry.hidden = !fits;
      if (fits) shown += 1;
    });
    // An area with nothing left to show is hidden with its heading.
    areas.forEach(function (area) {
      area.hidden = area.querySelector("li[data-from]:not([hidden])") === null;
    });
    if (chosenAge === null && chosenStatus === "") {
      count.textContent = things(entries.length) + " in the local offer.";
    } else {
      count.textContent = "Showing " + things(shown) + " of " + entries.length + " that you can get.";
    }
  }

  form.addEventListener("change", update);
  // The form does nothing on its own: the list changes as the choices do.
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  form.hidden = false;
})();
