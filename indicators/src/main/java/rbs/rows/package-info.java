/**
 * The row contract between the readers and everything that consumes rows: valid rows, rejected
 * rows, their sinks and the feed that reads a source (JDK and the model only).
 */
package rbs.rows;
