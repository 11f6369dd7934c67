/**
 * The web chat load run of issue 13: {@link dev.parley.load.chat.ChatLoadRun} drives a running
 * Parley on the loopback interface from both ends at once — visitor sockets on {@code
 * /ws/visitor/{entryPoint}} and agents on {@code /ws/agent} with REST replies — and prints
 * messages/s, latencies both ways, the server's heap per open chat and a ledger proving that no
 * message was lost, doubled or reordered. Not a test: run it by hand (see docs/benchmarks.md).
 */
package dev.parley.load.chat;
