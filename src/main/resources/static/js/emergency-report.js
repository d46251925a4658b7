// The report form works without this: it only offers to fill in the map point from the phone's
// position, when the browser has geolocation and the reporter asks for it.
(function () {
  var button = document.getElementById('locate');
  if (!button || !navigator.geolocation) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.geolocation.getCurrentPosition(function (position) {
      document.getElementById('latitude').value = position.coords.latitude.toFixed(6);
      document.getElementById('longitude').value = position.coords.longitude.toFixed(6);
    });
  });
})();
