// Engine and domain specs in Node: install the $localize global the app's polyfill provides.
import '@angular/localize/init';
