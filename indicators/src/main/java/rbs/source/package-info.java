/**
 * Reading extracts (CSV, xlsx, xls) into rows of the row contract: encodings, headers, typed
 * values, district names and pseudonymised persons; the only user of the CSV and spreadsheet
 * readers.
 */
package rbs.source;
