// Applies the remembered theme before the first paint, so a dark-mode user never sees a light
// flash. A file, not an inline script: the Content-Security-Policy allows no inline script.
try {
  var t = localStorage.getItem('rso.theme');
  if (t === 'light' || t === 'dark') document.documentElement.classList.add('theme-' + t);
} catch (e) {}
// The page's language, before the first paint: the loading text below follows it.
try {
  if (localStorage.getItem('rso.language') === 'id') document.documentElement.lang = 'id';
} catch (e) {}
