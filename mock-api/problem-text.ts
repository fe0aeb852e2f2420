// Problem texts are written with $localize, as in the app: the API's modules take them from
// here, so $localize is set up before any of them is read, whichever is imported first.
import '@angular/localize/init';

export { problemText } from '../src/app/domain/problem-text';
