/**
 * One run, start to end, for the command line to call: a report (lock, staging, compute, disclosure
 * control, writing, publishing, warnings) or a validation.
 */
package rbs.job;
