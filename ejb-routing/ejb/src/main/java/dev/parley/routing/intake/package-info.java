/**
 * Contacts entering routing ({@code ContactIntake}): checked, stored and routed in one writer
 * operation and acknowledged only once committed. Every channel (REST intake today; chat, calls,
 * e-mail and SMS through the routing API) comes in here.
 */
package dev.parley.routing.intake;
