/**
 * The units' comment forms: written with each goal's and indicator's figures locked and open cells
 * for the unit's analysis, read back strictly into {@link rbs.model.Comments}; the only user of POI
 * outside the reports and the readers of extracts.
 */
package rbs.comments;
