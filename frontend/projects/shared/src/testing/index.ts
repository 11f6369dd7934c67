/* @parley/shared/testing: fakes for specs; never imported by production code. */
export * from './fake-clock';
export * from './fake-web-socket';
