/**
 * The generator of the sample project (the kvinnofrid programme and its districts' extracts, with
 * deliberate flaws), deterministic per options: for {@code rbs sample}, the bundled sample and the
 * benchmarks' large inputs.
 */
package rbs.samples;
