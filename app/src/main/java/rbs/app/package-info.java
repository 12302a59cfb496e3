/**
 * The {@code rbs} command line (picocli): one command class per subcommand, the exit codes, and
 * everything printed to the terminal.
 */
package rbs.app;
