/**
 * Input and output shared by every part of Lagebild: reading delimited text files with their
 * encoding and delimiter detected ({@link de.lagebild.io.DelimitedReader},
 * {@link de.lagebild.io.Encodings}, {@link de.lagebild.io.Header}), parsing and formatting numbers
 * independently of the default locale ({@link de.lagebild.io.Numbers}), writing machine-readable
 * CSV ({@link de.lagebild.io.CsvWriter}) into an output folder that is replaced all at once
 * ({@link de.lagebild.io.OutputDir}), and reporting what is wrong with a user's input.
 *
 * <p>Problems with input are never thrown one at a time: a reader collects every
 * {@link de.lagebild.io.Problem} (file, line, column or key, value, message) in
 * {@link de.lagebild.io.Problems} and throws them together as an
 * {@link de.lagebild.io.InputException}, which the command line prints one per line. Every import
 * accounts for its rows in a {@link de.lagebild.io.RowAccount}: read = used + rejected.
 */
package de.lagebild.io;
