/**
 * The call benchmarks (docs/benchmarks.md, "Call signaling load" and "Call set-up time"): {@link
 * dev.parley.load.call.CallSignalingLoadRun} drives a running Parley's call signaling without
 * browsers — visitor sockets calling, agents answering, SDP and ICE relayed, hold, hang-up — at
 * rising numbers of concurrent calls and prints how many it sustains and how fast frames are
 * relayed; {@link dev.parley.load.call.CallSetupTimes} places calls one after another between two
 * headless Chromiums with fake devices and prints how long ringing and media take. Not tests: run
 * them by hand against a server on the loopback interface.
 */
package dev.parley.load.call;
