/*
 * @parley/shared: code that both the workstation and the visitor widget use. Plain TypeScript
 * with no framework (no Angular, no RxJS), so that the widget's bundle stays small;
 * `framework-free.spec.ts` keeps it so.
 */
export * from './realtime/frame';
export * from './realtime/reconnecting-socket';
export * from './realtime/web-socket';
export * from './time/clock';
export * from './call/call-frames';
export * from './call/call-mesh';
export * from './call/call-stats';
