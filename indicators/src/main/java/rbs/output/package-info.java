/**
 * The run's files beside the workbooks: results.csv, manifest.json, rejects.csv, the Stratsys
 * export, the run log and the publication records.
 */
package rbs.output;
