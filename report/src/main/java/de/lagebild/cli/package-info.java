/**
 * The {@code lagebild} command line, built with picocli: {@link de.lagebild.cli.Main} and one
 * command class per subcommand ({@code demo}, {@code analyze}, {@code batch}, {@code weight},
 * {@code estimate}, {@code crime}, {@code check}, {@code bench}). The commands parse their
 * arguments, call the library and write or print its results; the statistics live in the core
 * module and the report in {@code de.lagebild.report}. {@code lagebild check} validates single
 * input files through pluggable file checks, one per kind of file.
 *
 * <p>Exit status: 0 success, 1 a batch in which some municipalities failed, 2 bad input or
 * configuration (every problem on its own line of standard error, naming file, line, column or
 * key; no stack trace), 3 an internal error (with stack trace). Outputs are written all at once:
 * a run that fails leaves its output folder as it was.
 */
package de.lagebild.cli;
