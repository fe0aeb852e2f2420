/// <reference lib="webworker" />
// Checks API responses off the main thread: with tens of thousands of records the schema
// checks would otherwise freeze the page while the data loads.
import { validate, ValidationRequest } from './validation';

addEventListener('message', ({ data }: MessageEvent<ValidationRequest>) => {
  postMessage(validate(data));
});
