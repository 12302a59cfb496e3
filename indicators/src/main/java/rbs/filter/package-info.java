/**
 * Row filters in CEL: checked against a source's columns when the programme is read, compiled once,
 * evaluated per row, and put in words for readers; the only user of CEL.
 */
package rbs.filter;
