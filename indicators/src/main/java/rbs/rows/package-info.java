/**
 * The row contract between the readers and everything that consumes rows: valid rows, rejected
 * rows, their sinks, the feed that reads a source and the limit on rejects (the JDK, the model and
 * the problem types only).
 */
package rbs.rows;
