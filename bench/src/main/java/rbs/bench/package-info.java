/** Benchmarks that print their figures ({@code bench/run CLASS}); never part of the jar. */
package rbs.bench;
