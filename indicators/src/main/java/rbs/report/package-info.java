/**
 * The workbooks, one per unit, and their charts, in the programme's language; the only user of
 * POI's writing API and JFreeChart.
 */
package rbs.report;
