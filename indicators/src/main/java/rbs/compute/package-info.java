/**
 * The aggregation plan of a report and the engine that runs it, one streaming pass per source, and
 * the outcomes, targets, fulfilment, trends and goals per unit and period that follow.
 */
package rbs.compute;
