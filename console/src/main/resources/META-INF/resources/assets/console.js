// Small enhancements; every page works without them.
// 1. After a page load, focus goes to the element marked data-autofocus (the call's heading, the error summary), so a
//    screen reader starts there and a keyboard user needs no extra Tab.
// 2. After htmx swapped new search results in, focus stays in the search field (typing goes on); the results'
//    status line is a live region and announces the count.
document.addEventListener("DOMContentLoaded", () => {
  const target = document.querySelector("[data-autofocus]");
  if (target) {
    target.focus();
  }
});
