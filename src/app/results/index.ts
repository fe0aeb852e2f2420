/** The results engine: pure functions from records + filter + today to figures. */
export * from '../domain/dates';
export * from './disaggregate';
export * from './figure';
export * from './filter';
export * from './headline';
export * from './indicators';
export * from './measures';
export * from './monthly';
export * from './order';
export * from './periods';
export * from './quality';
export * from './status';
